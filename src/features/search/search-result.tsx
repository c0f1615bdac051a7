import { Link } from 'react-router'
import type { HitView } from './describe-hit'
import { HighlightedText } from './highlighted-text'

/**
 * One result: where it is (kind, date, podcast, episode), its title as the
 * link, and a snippet. The link goes to the exact place: a section's deep
 * link opens that section expanded.
 */
export function SearchResult({ hit }: { hit: HitView }) {
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-200">
          {hit.kind}
        </span>
        {hit.date && <time dateTime={hit.date.iso}>{hit.date.text}</time>}
        {hit.podcast && (
          <>
            <span aria-hidden="true">·</span>
            <span className="font-medium text-teal-800 dark:text-teal-300">{hit.podcast}</span>
          </>
        )}
      </p>
      <h2 className="mt-2 text-lg leading-snug font-semibold text-balance">
        <Link
          to={hit.href}
          className="rounded-sm hover:text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:hover:text-teal-300"
        >
          {hit.number && (
            <span className="tabular-nums text-stone-600 dark:text-stone-400">{hit.number} </span>
          )}
          {hit.emoji && <span aria-hidden="true">{hit.emoji} </span>}
          <HighlightedText segments={hit.title} />
        </Link>
      </h2>
      {hit.episode && (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          in{' '}
          <cite className="not-italic font-medium text-stone-800 dark:text-stone-200">
            {hit.episode}
          </cite>
        </p>
      )}
      {hit.snippet && hit.snippet.length > 0 && (
        <p className="mt-2 leading-relaxed break-words text-stone-700 dark:text-stone-300">
          <HighlightedText segments={hit.snippet} />
        </p>
      )}
    </article>
  )
}
