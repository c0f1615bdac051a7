/**
 * After an action takes away the element that had focus (a removed row, a
 * closed question): once React has rendered, focus `pick()` if focus fell to
 * <body>. Only then: a reader who has already moved on (a quick keyboard, or
 * a busy machine whose frames come late) keeps the focus they chose.
 */
export function refocusIfDropped(pick: () => HTMLElement | null | undefined): void {
  window.requestAnimationFrame(() => {
    if (document.activeElement !== document.body) return
    pick()?.focus()
  })
}
