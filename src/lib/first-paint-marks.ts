// public/theme-init.js draws some of what the reader's own data will show
// before the app runs, by marking <html> (styles.css reads the marks): the
// words of "Continue where you left off" (storage/continue-hint.ts) and the
// outline of "Key points only". The page that renders the real thing lets
// its mark go in the layout pass that shows it, so the two are never drawn
// in turn and nothing moves (decision 0019).

/** The marks theme-init.js sets, as `document.documentElement.dataset` names them. */
export type FirstPaintMark = 'continueCard' | 'continueOffer' | 'keyPointsFirst'

/** The page now shows what `mark` stood in for (or, the mark being out of step, nothing). */
export function releaseFirstPaintMark(
  mark: FirstPaintMark,
  root: HTMLElement = document.documentElement,
): void {
  delete root.dataset[mark]
}
