import { type ReactNode, useEffect, useId, useRef } from 'react'
import { formatMonth } from '../../lib/format-month'

interface ArchiveMonthSectionProps {
  month: string
  /** Move focus to the heading when it appears: the reader asked for this month. */
  focus?: boolean
  children: ReactNode
}

/** One month of the archive under a heading that stays in view while its days scroll by. */
export function ArchiveMonthSection({ month, focus = false, children }: ArchiveMonthSectionProps) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focus) heading.current?.focus()
  }, [focus])
  return (
    <section aria-labelledby={headingId}>
      {/* Below the sticky site header from `sm` up (h-14); on phones the header scrolls away.
          Focused, it lands where it sticks: its margin takes back what the page's scroll
          padding (styles.css) leaves for this heading itself. */}
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="sticky top-0 z-20 -mx-1 mb-2 -scroll-mt-12 bg-stone-50/95 px-1 py-2 text-sm font-semibold tracking-wide text-stone-600 uppercase sm:top-14 dark:bg-stone-950/95 dark:text-stone-300"
      >
        {formatMonth(month)}
      </h2>
      {children}
    </section>
  )
}
