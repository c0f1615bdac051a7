import { type RefObject, useEffect, useRef } from 'react'

/** Every row's Remove button carries it (bookmark-list.tsx). */
const REMOVE = '[data-remove-bookmark]'

interface Kept {
  element: HTMLElement
  /** Which Remove button takes focus if the element goes: its row's, or the next row's. */
  at: number
}

/**
 * Keeps keyboard focus in the list when what holds it goes: a Remove pressed
 * here, or another tab that removed that bookmark (or all of them) or
 * imported over it. Focus fell to <body>, and the next Tab started from the
 * top of the page. It moves to the row that took the place of the one gone,
 * else to `fallback` (the page's heading).
 */
export function useFocusKeptInList(
  list: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
): void {
  const kept = useRef<Kept | null>(null)
  // After every render: a render from another tab's change has no handler of its own.
  useEffect(() => {
    const last = kept.current
    if (!last || last.element.isConnected) return
    kept.current = null
    if (document.activeElement !== document.body && document.activeElement !== null) return
    const buttons = document.querySelectorAll<HTMLElement>(REMOVE)
    const next = buttons[Math.min(last.at, buttons.length - 1)] ?? fallback.current
    next?.focus()
  })
  // Where focus is, kept up to date as it moves (focusin bubbles; capture sees it first).
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const element = event.target
      if (!(element instanceof HTMLElement) || !list.current?.contains(element)) {
        kept.current = null
        return
      }
      const buttons = [...document.querySelectorAll<HTMLElement>(REMOVE)]
      const own = element.closest('li')?.querySelector<HTMLElement>(REMOVE)
      // A heading's link: the first row after it.
      const at = buttons.findIndex(
        (button) =>
          button === own ||
          (own == null &&
            element.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING),
      )
      kept.current = { element, at: at === -1 ? buttons.length : at }
    }
    document.addEventListener('focusin', onFocusIn, true)
    return () => document.removeEventListener('focusin', onFocusIn, true)
  }, [list])
}
