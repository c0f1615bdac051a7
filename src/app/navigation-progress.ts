// The sign that a click was taken while the next page loads and the one
// before it stays on screen (decision 0016): a bar along the top of the
// window (styles.css, `html[data-navigating]`), which shows only after
// 200 ms, so a page that opens at once never flashes it. Set on the document,
// not rendered by React: a render to show it came before every move to
// another page, and cost a loaded page ~50 ms at 4x CPU. Screen readers hear
// the new page when it comes (page-arrival.tsx moves focus to it).

/** A move to another page has started. */
export function showProgress(): void {
  document.documentElement.dataset.navigating = ''
}

/** The new page is on screen. */
export function hideProgress(): void {
  delete document.documentElement.dataset.navigating
}
