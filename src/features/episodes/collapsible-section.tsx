import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react'
import type { Subsection } from '../../schema/digest'
import { sectionBodyId } from './section-body-id'
import { SectionEmoji } from './section-emoji'

interface CollapsibleSectionProps {
  /** A section or a sub-section: they share this shape (sub-sections are passed as children). */
  section: Subsection
  /** h2 for sections, h3 for sub-sections. */
  level: 2 | 3
  expanded: boolean
  onExpandedChange: (id: string, expanded: boolean) => void
  /** Controls beside the heading (copy link, bookmark); never inside the toggle button. */
  actions?: ReactNode
  /** Sub-sections, rendered inside this section's collapsible body. */
  children?: ReactNode
}

export const EMPTY_SECTION_MESSAGE = 'No details in this part of the digest.'

/**
 * One part of an episode's Details. The heading holds a disclosure button
 * (aria-expanded/aria-controls). A collapsed body is `hidden="until-found"`,
 * not removed: find-in-page still reaches its text and opens it (the
 * `beforematch` event), and so do deep links and the contents.
 */
export function CollapsibleSection({
  section,
  level,
  expanded,
  onExpandedChange,
  actions,
  children,
}: CollapsibleSectionProps) {
  const bodyRef = useRef<HTMLDivElement>(null)
  const bodyId = sectionBodyId(section.id)
  const Heading = level === 2 ? 'h2' : 'h3'
  const hasChildren = Boolean(children)
  const isEmpty = section.bullets.length === 0 && !hasChildren

  // React treats `hidden` as a boolean and would write hidden="" (display:
  // none, unreachable by find-in-page); the attribute is set by hand instead,
  // before paint so a collapsed section never flashes open.
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    if (expanded) body.removeAttribute('hidden')
    else body.setAttribute('hidden', 'until-found')
  }, [expanded])

  useEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const reveal = () => onExpandedChange(section.id, true)
    body.addEventListener('beforematch', reveal)
    return () => body.removeEventListener('beforematch', reveal)
  }, [onExpandedChange, section.id])

  return (
    <section
      id={section.id}
      data-section-level={level}
      className={
        level === 2
          ? 'border-t border-stone-200 first:border-t-0 dark:border-stone-800'
          : 'mt-2 rounded-lg bg-stone-100/80 px-2 dark:bg-stone-900/60'
      }
    >
      {/* The title keeps at least 11em (its own font's, so the reader's text
          size counts) beside the actions; narrower, the actions go under it.
          Squeezed between them at the largest size on a phone, titles broke
          mid-word ("Explaine/d"). */}
      <div className="flex flex-wrap items-start gap-x-1">
        <Heading
          className={
            level === 2
              ? 'min-w-0 flex-[1_1_11em] text-lg font-semibold leading-snug'
              : 'min-w-0 flex-[1_1_11em] text-base font-semibold leading-snug'
          }
        >
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={bodyId}
            onClick={() => onExpandedChange(section.id, !expanded)}
            className="group flex min-h-11 w-full items-start gap-2 rounded-md py-2.5 pr-1 text-left hover:text-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:hover:text-teal-200"
          >
            <Chevron expanded={expanded} />
            {/* The spaces keep the accessible name readable ("7. money bag The…");
                flex layout ignores them. */}
            <span className="shrink-0 tabular-nums text-stone-600 dark:text-stone-400">
              {level === 2 ? `${section.number}.` : section.number}
            </span>{' '}
            <SectionEmoji emoji={section.emoji} label={section.emojiLabel} />{' '}
            <span className="min-w-0 break-words">{section.title}</span>
          </button>
        </Heading>
        {actions ? (
          <div className="ml-auto flex shrink-0 items-center gap-0.5 pt-0.5 noscript:hidden">
            {actions}
          </div>
        ) : null}
      </div>
      {/* No padding on the hidden element itself: a hidden="until-found" box keeps its padding.
          data-collapsed hides it in HTML made at build time, before the effect above can run
          (styles.css); the effect's hidden="until-found" then takes over. */}
      <div id={bodyId} ref={bodyRef} data-collapsed={expanded ? undefined : ''}>
        <div className={level === 2 ? 'pb-5 pl-7 sm:pl-8' : 'pb-3 pl-7'}>
          {section.bullets.length > 0 ? (
            <ul className="list-disc space-y-2 pl-5 leading-relaxed marker:text-stone-400">
              {section.bullets.map((bullet, index) => (
                // Bullets are plain text without ids; their order is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                <li key={index} className="break-words pl-1">
                  {bullet}
                </li>
              ))}
            </ul>
          ) : null}
          {isEmpty ? (
            <p className="text-sm italic text-stone-600 dark:text-stone-400">
              {EMPTY_SECTION_MESSAGE}
            </p>
          ) : null}
          {children}
        </div>
      </div>
    </section>
  )
}

function Chevron({ expanded }: { expanded: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="currentColor"
      className={`mt-0.5 size-5 shrink-0 text-stone-400 noscript:hidden transition-transform motion-reduce:transition-none group-hover:text-teal-700 dark:group-hover:text-teal-300 ${expanded ? 'rotate-90' : ''}`}
    >
      <path
        fillRule="evenodd"
        d="M7.21 14.77a.75.75 0 0 1 .02-1.06L11.17 10 7.23 6.29a.75.75 0 1 1 1.04-1.08l4.5 4.25a.75.75 0 0 1 0 1.08l-4.5 4.25a.75.75 0 0 1-1.06-.02Z"
        clipRule="evenodd"
      />
    </svg>
  )
}
