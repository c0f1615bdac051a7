import { Link } from 'react-router'
import { formatDigestDate } from '../../lib/format-date'
import type { PostSummary } from '../../schema/site-index'

/** Topics beyond this many are counted, not listed: a card stays a few lines tall. */
const TOPICS_SHOWN = 6

/** One post in the commentary list: date, title (opening the post), excerpt and topics. */
export function PostCard({ post }: { post: PostSummary }) {
  const more = post.topics.length - TOPICS_SHOWN
  return (
    <article className="relative rounded-xl border border-stone-200 bg-white p-4 focus-within:border-teal-600 hover:border-teal-600 sm:p-5 dark:border-stone-800 dark:bg-stone-900 dark:focus-within:border-teal-400 dark:hover:border-teal-400">
      {post.date && (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          <time dateTime={post.date}>{formatDigestDate(post.date)}</time>
        </p>
      )}
      <h2 className="font-serif text-xl leading-snug font-bold break-words">
        {/* The link covers the card (a large touch target); its name stays the title. */}
        <Link
          to={`/commentary/${post.slug}`}
          className="after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:text-teal-800 dark:hover:text-teal-300"
        >
          {post.title}
        </Link>
      </h2>
      <p className="mt-2 max-w-[70ch] break-words text-stone-700 dark:text-stone-300">
        {post.excerpt}
      </p>
      {post.topics.length > 0 && (
        <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-1.5">
          {post.topics.slice(0, TOPICS_SHOWN).map((topic) => (
            <li
              key={topic}
              className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-200"
            >
              {topic}
            </li>
          ))}
          {more > 0 && (
            <li className="px-1 py-0.5 text-xs text-stone-600 dark:text-stone-400">
              and {more} more
            </li>
          )}
        </ul>
      )}
    </article>
  )
}
