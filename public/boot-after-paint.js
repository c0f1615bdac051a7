// Starts the app on a prerendered page only after the browser has painted it
// (scripts/prerender/page-html.ts puts this in place of the entry's module
// script). Run at once, the app's JavaScript would hold the first paint of
// text that is already in the HTML until it had all been evaluated. An
// external file because the CSP allows no inline script.
;(() => {
  const entry = document.currentScript?.dataset.entry
  if (!entry) return
  const start = () => import(entry)
  // Two frames: the first is the one that paints; start right after it.
  requestAnimationFrame(() => requestAnimationFrame(start))
})()
