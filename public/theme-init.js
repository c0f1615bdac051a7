// Runs before first paint (see index.html): the saved theme, else the system's,
// and the saved text size and line width. Kept tiny and dependency-free;
// src/app/theme.ts owns the theme key, src/lib/storage/apply-reading-settings.ts
// the settings (its test runs this file against it). Without them here, every
// page painted at the default size and jumped when the app applied the reader's.
;(() => {
  let saved = null
  let settings = null
  try {
    saved = localStorage.getItem('digest-reader:theme')
    settings = JSON.parse(localStorage.getItem('digest-reader:reading-settings'))
  } catch {
    // Storage may be blocked, or the settings unreadable: the defaults.
  }
  const root = document.documentElement
  const dark =
    saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)
  root.classList.toggle('dark', dark)
  const scale = { s: 0.9375, m: 1, l: 1.125, xl: 1.25 }
  const measure = { narrow: '32rem', medium: '38rem', wide: '46rem' }
  // Only a record the app would accept; anything else keeps the defaults, as the app does.
  const s = settings
  if (
    s?.version === 1 &&
    typeof s.markReadAtEnd === 'boolean' &&
    typeof s.keyPointsOnly === 'boolean' &&
    Object.hasOwn(scale, s.textSize) &&
    Object.hasOwn(measure, s.lineWidth)
  ) {
    root.style.setProperty('--reading-text-scale', String(scale[s.textSize]))
    root.style.setProperty('--reading-measure', measure[s.lineWidth])
    root.dataset.textSize = s.textSize
    root.dataset.lineWidth = s.lineWidth
  }
})()
