/**
 * Calls `write` once the frame showing a change has been painted: the next
 * animation frame, then a task after it. A record store (record-store.ts,
 * `writeLater`) writes through this when its record is too large to write
 * inside the press that changed it: a reader with years of reading history
 * (4,000 episodes, 1.4 MB of JSON) waited 220–300 ms at 4x CPU for "Mark as
 * read" to show, the write's cost in front of the paint.
 *
 * A hidden page paints nothing and may be discarded without notice, and a
 * page being left has no next frame: there, and when the page is hidden or
 * left before the frame comes, it writes at once.
 */
export function writeAfterPaint(write: () => void): void {
  if (leaving || document.visibilityState === 'hidden') {
    write()
    return
  }
  let done = false
  const run = () => {
    if (done) return
    done = true
    window.removeEventListener('pagehide', run)
    document.removeEventListener('visibilitychange', run)
    write()
  }
  window.addEventListener('pagehide', run)
  document.addEventListener('visibilitychange', run)
  requestAnimationFrame(() => setTimeout(run, 0))
}

/**
 * The page is being left (or put in the back-forward cache). Set in the
 * capture phase, before other `pagehide` listeners run: a change one of them
 * makes (the reading position, use-reading-position.ts) is written at once,
 * as a listener added during the event would not hear it.
 */
let leaving = false
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => (leaving = true), { capture: true })
  window.addEventListener('pageshow', () => (leaving = false), { capture: true })
}
