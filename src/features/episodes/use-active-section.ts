import { useEffect, useState } from 'react'

/**
 * A heading counts as "being read" once its top passes this line: where a
 * section lands when scrolled to (the page's scroll-padding-top, below the
 * sticky header from `sm` up) and 2.25 rem more. A fixed 140 px was right
 * under the desktop's sticky header only: on a phone a section chosen from
 * the contents lands at 48 px, and its first sub-section, 80 px below it,
 * was marked as the one being read.
 */
function readingLine(): number {
  const style = getComputedStyle(document.documentElement)
  const landing = Number.parseFloat(style.scrollPaddingTop)
  const rem = Number.parseFloat(style.fontSize)
  return (Number.isFinite(landing) ? landing : 0) + 2.25 * (Number.isFinite(rem) ? rem : 16)
}

/**
 * The section in view, for the contents' `aria-current`: the last heading
 * (of `ids`, in document order) whose top has scrolled above the reading
 * line. At the very bottom of the page, where the last short sections can
 * never reach that line, the section the reader asked for (`preferredId`)
 * wins if it is on screen.
 */
export function useActiveSection(
  ids: readonly string[],
  preferredId: string | null,
): string | null {
  const [active, setActive] = useState<string | null>(null)

  useEffect(() => {
    let frame = 0
    function measure() {
      frame = 0
      let current: string | null = null
      const line = readingLine()
      for (const id of ids) {
        const element = document.getElementById(id)
        if (!element) continue
        if (element.getBoundingClientRect().top <= line) current = id
        else break
      }
      const atBottom =
        window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2
      if (atBottom && preferredId && ids.includes(preferredId)) {
        const top = document.getElementById(preferredId)?.getBoundingClientRect().top
        if (top !== undefined && top >= 0 && top < window.innerHeight) current = preferredId
      }
      setActive(current)
    }
    function schedule() {
      if (frame === 0) frame = window.requestAnimationFrame(measure)
    }
    schedule()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
      if (frame !== 0) window.cancelAnimationFrame(frame)
    }
  }, [ids, preferredId])

  return active
}
