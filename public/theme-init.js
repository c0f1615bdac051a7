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
  const episode = location.pathname.match(/^\/digests\/(\d{4}-\d\d-\d\d\/[^/]+)$/)
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
    // "Key points only": an episode is prerendered in full; its outline shows
    // from the first paint in place of the summary, contents and details, as
    // the page's own render will (styles.css, episode-view.tsx). Not at a
    // section's address: the page shows everything there.
    if (s.keyPointsOnly && episode && !location.hash) root.dataset.keyPointsFirst = ''
  }
  // Back to an episode, or the episode reloaded (as a phone brings back a tab
  // it had put away): the sections the reader had open, kept in the history
  // entry (src/features/episodes/expansion-in-history.ts), read open from the
  // first paint, as the page opens them once it runs, so that the place the
  // browser puts the reader back at is over a page of the same height.
  const open = episode && history.state?.openSections
  if (Array.isArray(open) && document.adoptedStyleSheets) {
    const ids = open.filter((id) => typeof id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    // Exactly those: a sub-section (open by default) the reader closed too.
    const body = 'html:not([data-app-ready]) section>'
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(
      `${body}[id$="-body"]{display:none}${ids.map((id) => `${body}[id="${id}-body"]{display:block}`).join('')}`,
    )
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  }
  // "Continue where you left off" comes with the reader's data, after the
  // first paint: the overview's card and an episode's offer are shown from
  // their words kept beside it, in a stand-in of the same boxes, until the
  // app's own replace them (src/lib/storage/continue-hint.ts; styles.css).
  // A JSON string is a CSS string, for `content: var(...)`.
  try {
    const hint = JSON.parse(localStorage.getItem('digest-reader:continue-hint'))
    const text = (name, value) => {
      if (typeof value !== 'string') return false
      root.style.setProperty(name, JSON.stringify(value))
      return true
    }
    if (text('--continue-title', hint?.card?.title) && text('--continue-meta', hint.card.meta))
      root.dataset.continueCard = ''
    if (episode && !location.hash && text('--continue-offer', hint?.offers?.[episode[1]]))
      root.dataset.continueOffer = ''
  } catch {
    // Blocked or unreadable: the card moves the page once when it comes.
  }
  // A page prerendered at build time is unfiltered; served for an address
  // that filters it (?year= on a podcast, ?podcast= or ?unread=1 on a day or
  // the archive, ?from= on the archive), its HTML lists rows the reader did
  // not ask for, and could click, until the app has filtered them. They are
  // hidden, "Loading…" in their place, until <html data-app-ready>; not when
  // the value reads as unfiltered (malformed, a year or month the page does
  // not offer, the month it shows): `:has()` asks the page's own choices.
  // Values are checked as the app reads them (url-filters.ts,
  // podcast-year-filter.tsx, archive-month-jump.tsx) before they go into a selector.
  const q = new URLSearchParams(location.search)
  const path = location.pathname
  const get = (name, valid) => (valid.test(q.get(name) ?? '') ? q.get(name) : null)
  const listing = /^\/(digests(\/[^/]+)?)?$/.test(path)
  const year = /^\/podcasts\/[^/]+$/.test(path) && get('year', /^\d{4}$/)
  const from = path === '/digests' && get('from', /^\d{4}-(0[1-9]|1[0-2])$/)
  const offered = (name, value) => `:has([name=${name}] [value="${value}"])`
  const unread = listing && q.get('unread') === '1'
  const podcast = listing && get('podcast', /^[a-z0-9]+(-[a-z0-9]+)*$/)
  const differs =
    unread || podcast
      ? ''
      : year
        ? offered('year', year)
        : from
          ? `${offered('from', from)}:not(:has([name=from] :checked[value="${from}"]))`
          : null
  if (differs !== null && document.adoptedStyleSheets) {
    const ready = `html:not([data-app-ready]) #root[data-prerendered]${differs}`
    // "Unread only" waits for the read marks too, which come after the app
    // (lib/storage/lazy-reading-state-store.ts): before them every row reads
    // as unread, on a page the app rendered too.
    const until = unread ? 'html:not([data-read-marks])' : ready
    const rows = `${until} [data-filtered-list]`
    // The controls the address sets show the page's own value ("All
    // podcasts", "All years", the newest month, an unticked box) until the
    // app sets theirs: the value is not painted, the box stays, so nothing
    // moves; opened (focused), a select shows its options as ever. The
    // archive's month jump, which one podcast's archive does not have, takes
    // no room either (it stood on a line of its own, and the list rose 48 px
    // when the app left it out). Hidden until the app is ready, even for
    // "Unread only": the app ticks the box at once.
    const names = [podcast && 'podcast', unread && 'unread', year && 'year', from && 'from']
    const controls = `${ready} :is(${names.filter(Boolean).map((name) => `[name=${name}]`)})`
    const gone = podcast && path === '/digests' ? `${ready} :has(>[name=from]){display:none}` : ''
    // What follows the list in the page (a day's previous / next links) stood
    // under "Loading…" on the first screen and moved when the rows, of a
    // height not known here, came. Invisible, it keeps its place in the flow
    // and moves unseen: not a layout shift. Only in <main>: the footer is off
    // the first screen, and the app's status notice must show.
    const after = `${rows}~*,${until} main :has([data-filtered-list])~*`
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(
      `${rows}>*{display:none}${rows}::before{content:"Loading…";display:block;padding:.5rem 0;opacity:.8}` +
        `${controls}:not(:focus){color:transparent}${controls}[type=checkbox],${after}{visibility:hidden}${gone}`,
    )
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    // An app that never runs (a script blocked, or failing) must not leave the page empty.
    setTimeout(() => sheet.replaceSync(''), 10_000)
  }
})()
