import { type RefObject, useLayoutEffect } from 'react'

/** Between the pinned bar and what focus brings into view below it (a row's top padding is 8 px). */
const GAP_PX = 12

/**
 * While `bar` is pinned at the top of the view (the bookmarks page's status
 * line with Undo, sticky), what focus or scrollIntoView brings into view lands
 * below it, not under it. The page's scroll padding (styles.css: 3rem on a
 * phone) is less than the bar once its message wraps: at 320 px "Removed the
 * bookmark for “…”." with a long title is three lines or more, so a row that
 * Tab reached just below the padding stayed half covered: a browser scrolls
 * focus into view only when it is outside the padding. The padding is raised
 * to the bar's bottom while it is pinned, and put back after.
 */
export function useRoomUnderPinnedBar(bar: RefObject<HTMLElement | null>, pinned: boolean): void {
  // A layout effect: before the page's passive effect moves focus to the row
  // that took a removed one's place, so that move lands below the bar too.
  useLayoutEffect(() => {
    const element = bar.current
    if (!pinned || !element) return
    const root = document.documentElement
    const makeRoom = () => {
      root.style.removeProperty('scroll-padding-top')
      const own = Number.parseFloat(getComputedStyle(root).scrollPaddingTop) || 0
      // Where the bar sits once stuck (0 on a phone, under the sticky header
      // from `sm`), not where it is now: it may not have stuck yet.
      const stuckAt = Number.parseFloat(getComputedStyle(element).top) || 0
      const room = stuckAt + element.offsetHeight + GAP_PX
      if (room > own) root.style.scrollPaddingTop = `${room}px`
    }
    makeRoom()
    // The message changes (and wraps) while pinned, and the reader's text size may.
    const observer = new ResizeObserver(makeRoom)
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty('scroll-padding-top')
    }
  }, [bar, pinned])
}
