import { Link } from 'react-router'
import type { Section } from '../../schema/digest'
import { SectionEmoji } from './section-emoji'

/** The list's heading: what the missing-section notice links to while it shows. */
export const SECTION_TITLES_ID = 'section-titles'

/**
 * "Key points only" shows the Details as their titles: the episode's outline
 * at a glance. Each is the section's deep link, which brings the full page
 * back for this episode and opens it there.
 */
export function SectionTitleList({
  sections,
  standIn = false,
}: {
  sections: readonly Section[]
  /**
   * Rendered with the full page too, hidden, for the first paint of a reader
   * who chose "Key points only" (styles.css): the page is prerendered in full.
   */
  standIn?: boolean
}) {
  if (sections.length === 0) return null
  return (
    <section
      aria-labelledby={SECTION_TITLES_ID}
      data-skim-stand-in={standIn ? '' : undefined}
      className="mt-8"
    >
      {/* Focused when the missing-section notice's link leads here. */}
      <h2 id={SECTION_TITLES_ID} tabIndex={-1} className="text-lg font-semibold outline-none">
        Sections
      </h2>
      <ol className="mt-3 space-y-0.5">
        {sections.map((section) => (
          <li key={section.id}>
            <Link
              to={`#${section.id}`}
              className="flex min-h-10 items-baseline gap-2 rounded-md px-2 py-2 leading-snug hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 dark:hover:bg-stone-800"
            >
              <span className="shrink-0 tabular-nums text-stone-600 dark:text-stone-400">
                {section.number}.
              </span>{' '}
              <SectionEmoji emoji={section.emoji} label={section.emojiLabel} />{' '}
              <span className="min-w-0 break-words">{section.title}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  )
}
