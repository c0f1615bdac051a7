import { Link } from 'react-router'
import { formatDigestDate } from '../../lib/format-date'
import type { EpisodeLink } from './episode-neighbours'

interface EpisodePagerProps {
  previous: EpisodeLink | null
  next: EpisodeLink | null
}

/** Previous/next episode, naming the other day's digest when a link leaves this one. */
export function EpisodePager({ previous, next }: EpisodePagerProps) {
  if (!previous && !next) return null
  return (
    <nav
      aria-label="More episodes"
      className="mt-12 grid gap-3 print:hidden border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-800"
    >
      {previous ? <PagerLink link={previous} direction="previous" /> : <span aria-hidden="true" />}
      {next ? <PagerLink link={next} direction="next" /> : null}
    </nav>
  )
}

function PagerLink({ link, direction }: { link: EpisodeLink; direction: 'previous' | 'next' }) {
  const label = direction === 'previous' ? 'Previous episode' : 'Next episode'
  return (
    <Link
      to={`/digests/${link.date}/${link.slug}`}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={`group block rounded-xl border border-stone-200 p-4 hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-stone-800 dark:hover:border-teal-400 ${direction === 'next' ? 'sm:col-start-2 sm:text-right' : ''}`}
    >
      <span className="block text-sm text-stone-600 dark:text-stone-400">
        {direction === 'previous' ? '← ' : ''}
        {label}
        {link.otherDigest ? ` · ${formatDigestDate(link.date)}` : ''}
        {direction === 'next' ? ' →' : ''}
      </span>
      <span className="mt-1 block wrap-anywhere text-stone-900 group-hover:text-teal-800 dark:text-stone-100 dark:group-hover:text-teal-200">
        {link.title}
      </span>
      <span className="mt-0.5 block text-sm text-stone-600 dark:text-stone-400">
        {link.podcast}
      </span>
    </Link>
  )
}
