// Runs before first paint (see index.html): the saved theme, else the system's.
// Kept tiny and dependency-free; src/app/theme.ts owns the same storage key.
;(() => {
  let saved = null
  try {
    saved = localStorage.getItem('digest-reader:theme')
  } catch {
    // Storage may be blocked: follow the system.
  }
  const dark =
    saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.classList.toggle('dark', dark)
})()
