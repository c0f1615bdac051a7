import type { Ref } from 'react'
import { Link } from 'react-router'
import { formatDigestDate } from '../../lib/format-date'
import { searchHref } from '../../lib/search-link'
import { numberedTitle, sectionName } from '../../lib/section-name'
import { type BookmarkRef, bookmarkKey } from '../../lib/storage/bookmark-schema'
import { quietButton } from './button-styles'
import { formatSavedAt } from './format-saved-at'
import type { BookmarkItem, DigestGroup } from './group-bookmarks'

interface BookmarkListProps {
  groups: readonly DigestGroup[]
  onRemove: (ref: BookmarkRef, title: string) => void
  /** The element holding a section per digest, for "Show older bookmarks" to focus the first it adds. */
  ref?: Ref<HTMLDivElement>
}

export const MISSING_SECTION_MESSAGE = 'This section is no longer in the digest'

/**
 * Why a saved section cannot be opened, from the top: a day whose digest is
 * no longer published said its section was "no longer in the digest", and
 * its date and episode linked to pages that said "not found".
 */
const GONE: Record<'digest' | 'episode' | 'section', string> = {
  digest: 'This digest is no longer published.',
  episode: 'This episode is no longer in the digest.',
  section: `${MISSING_SECTION_MESSAGE} (it may have been renamed or removed when the digest was updated).`,
}

const linkClass =
  'rounded-sm underline decoration-stone-300 underline-offset-4 hover:decoration-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:decoration-stone-600'

/** Digest (h2) > episode (h3) > saved sections, each a deep link. */
export function BookmarkList({ groups, onRemove, ref }: BookmarkListProps) {
  return (
    <div ref={ref} className="mt-8 space-y-10">
      {groups.map((digest) => (
        <section key={digest.date} aria-labelledby={`digest-${digest.date}`}>
          <h2 id={`digest-${digest.date}`} className="text-xl font-semibold">
            {/* Always a link, so focus on it (Show older) survives the digest's answer:
                to the archive, the digests there are, once this one is known to be gone. */}
            <Link
              to={digest.status === 'missing' ? '/digests' : `/digests/${digest.date}`}
              className={linkClass}
            >
              <time dateTime={digest.date}>{formatDigestDate(digest.date)}</time>
            </Link>
          </h2>
          {digest.digestTitle ? (
            <p className="mt-1 break-words text-stone-600 dark:text-stone-400">
              {digest.digestTitle}
            </p>
          ) : null}
          {digest.status === 'missing' ? (
            <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">
              {GONE.digest} Its date leads to the archive; the saved titles are kept below.
            </p>
          ) : null}
          <div className="mt-4 space-y-6">
            {digest.episodes.map((episode) => (
              <div key={episode.episodeSlug}>
                <h3 className="font-semibold leading-snug break-words">
                  {episode.podcast ? (
                    <span className="block text-sm font-medium uppercase tracking-wider text-teal-700 dark:text-teal-300">
                      {episode.podcast}
                    </span>
                  ) : null}
                  {/* Gone, the episode is looked for by its title: a digest published
                      again may have it under another date or address. */}
                  <Link
                    to={
                      episode.status === 'missing'
                        ? searchHref(episode.episodeTitle)
                        : `/digests/${digest.date}/${episode.episodeSlug}`
                    }
                    aria-describedby={
                      episode.status === 'missing'
                        ? `gone-${digest.date}-${episode.episodeSlug}`
                        : undefined
                    }
                    className={linkClass}
                  >
                    {episode.episodeTitle}
                  </Link>
                </h3>
                {episode.status === 'missing' ? (
                  <p
                    id={`gone-${digest.date}-${episode.episodeSlug}`}
                    className="mt-1 text-sm text-amber-800 dark:text-amber-300"
                  >
                    {digest.status === 'missing' ? '' : `${GONE.episode} `}Its title searches for
                    it.
                  </p>
                ) : null}
                <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900/40">
                  {episode.items.map((item) => (
                    <BookmarkRow
                      key={item.bookmark.sectionId}
                      item={item}
                      gone={
                        digest.status === 'missing'
                          ? 'digest'
                          : episode.status === 'missing'
                            ? 'episode'
                            : 'section'
                      }
                      onRemove={onRemove}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  )
}

function BookmarkRow({
  item,
  gone,
  onRemove,
}: {
  item: BookmarkItem
  /** What is gone when the section is missing: it, its episode or its digest. */
  gone: keyof typeof GONE
  onRemove: BookmarkListProps['onRemove']
}) {
  const { bookmark } = item
  const label = numberedTitle(item.number, item.title)
  const savedAt = formatSavedAt(bookmark.savedAt)
  return (
    <li className="flex items-start gap-2 py-2 pr-2 pl-4">
      <div className="min-w-0 flex-1">
        {item.status === 'missing' ? (
          <>
            <span className="block pt-2 break-words font-medium text-stone-600 dark:text-stone-400">
              {label}
            </span>
            <p className="mt-1 mb-1 text-sm text-amber-800 dark:text-amber-300">
              {GONE[gone]}{' '}
              <Link
                to={searchHref(item.title)}
                aria-label={`Search for ${sectionName(item.title, '')}`}
                className={linkClass}
              >
                Search for it
              </Link>
            </p>
          </>
        ) : (
          <Link
            to={`/digests/${bookmark.date}/${bookmark.episodeSlug}#${bookmark.sectionId}`}
            className={`${linkClass} block py-2 break-words font-medium text-stone-900 dark:text-stone-100`}
          >
            {label}
          </Link>
        )}
        {savedAt ? (
          <p className="pb-2 text-xs text-stone-600 dark:text-stone-400">Saved {savedAt}</p>
        ) : null}
      </div>
      <button
        type="button"
        data-remove-bookmark={bookmarkKey(bookmark)}
        className={`${quietButton} shrink-0`}
        aria-label={`Remove bookmark ${sectionName(item.title, item.number)}`}
        onClick={() => onRemove(bookmark, item.title)}
      >
        Remove
      </button>
    </li>
  )
}
