// Starts the app on a prerendered page once the browser has painted it
// (scripts/prerender/page-html.ts puts this in place of the entry's module
// script; docs/decisions/0008). Chromium compiles a module on the main thread
// as soon as it arrives, so an entry (or a modulepreload) named in the head
// held back the first paint of text already in the HTML. An external file
// because the CSP allows no inline script.
;(() => {
  const script = document.currentScript
  const entry = script?.dataset.entry
  if (!entry) return
  const chunks = (script.dataset.chunks ?? '').split(' ').filter(Boolean)
  const stylesheets = (script.dataset.stylesheets ?? '').split(' ').filter(Boolean)
  const fetches = (script.dataset.fetches ?? '').split(' ').filter(Boolean)
  // A button pressed before the app runs would do nothing: the press is kept
  // and made again once the app has taken the page over. Hydration adopts
  // the very elements on screen, so the kept element is the one the app now
  // listens on; one the app replaced instead (no longer in the page) is let
  // go. A toggle is pressed again only if it still shows what the reader saw
  // when pressing it: the reader's own data may have put it where they
  // wanted (an episode read in another session), and a second press of a
  // toggle that did nothing meant the same as the first.
  //
  // React listens from `hydrateRoot` (src/main.tsx) but adopts the page's
  // own part a moment later, once its chunks are in, and drops a press on an
  // element it has not adopted yet. So presses are kept
  // until the page says it is ready, except on elements React already holds:
  // hydration marks each element it adopts with a property of its own
  // (`__reactFiber$…`, React's internal name, the same since React 17).
  const adopted = (element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'))
  const state = (button) =>
    `${button.getAttribute('aria-pressed')} ${button.getAttribute('aria-expanded')}`
  const pressed = []
  // React marks an element while it renders the hydration, before it commits
  // it, and a press in between can reach no handler (the phone Menu spec, once
  // in a fresh-clone run). So a toggle (aria-pressed, aria-expanded) is kept
  // even when marked: made again only if it still shows what the reader saw,
  // it is never done twice. A button without such a state, once marked, is
  // left to React: pressed again, it could do its work twice (copy a link).
  // So is a button whose second press does what the first did ("Expand all",
  // marked `data-idempotent` by the app): made again, it changes nothing more.
  const isToggle = (button) =>
    button.hasAttribute('aria-pressed') || button.hasAttribute('aria-expanded')
  const safeAgain = (button) => isToggle(button) || button.hasAttribute('data-idempotent')
  const keepPress = (event) => {
    const button = event.target instanceof Element ? event.target.closest('#root button') : null
    if (!button || !event.isTrusted || (adopted(button) && !safeAgain(button))) return
    if (pressed.length === 0) watchMoves()
    pressed.push({ button, seen: state(button), changed: false })
  }
  // A kept toggle whose state has moved since the press was handled, by React
  // (it had the element after all) or by the reader's data, even if it shows
  // what the reader saw again by the time the page is ready (the reader
  // pressed it a second time): made again, it would undo that second press.
  const moved = new MutationObserver((changes) => {
    for (const { target } of changes) {
      for (const entry of pressed)
        if (entry.button === target && state(target) !== entry.seen) entry.changed = true
    }
  })
  // Only while a press is kept: most pages are read before anything is pressed.
  const watchMoves = () =>
    moved.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-pressed', 'aria-expanded'],
    })
  // A filter chosen (the podcast list, the "Unread only" box) is kept too.
  // Those controls carry their query parameter as `name`, as in a GET form
  // (src/components/url-filters.ts): the choice is written into the address
  // once the app is live, and the app follows the address (a popstate, as for
  // back/forward) whatever its controls show. Replayed as a click instead, a
  // box React adopted only at that click was read as already ticked.
  // Read at the `input` event, which comes before `change`, in the capture
  // phase, before React's own listener: a choice on a part React has not
  // adopted yet makes React hydrate that part there and then, and hydrating
  // sets the control back to what its HTML said, so at `change` the choice
  // was gone (the archive's filter spec, 1 run in 4). Kept on controls React
  // holds too: writing the address is the same whether or not the app saw
  // the choice.
  const chosen = new Map()
  const keepChoice = (event) => {
    const control = event.target
    if (!(control instanceof HTMLSelectElement || control instanceof HTMLInputElement)) return
    if (!control.name || !control.closest('#root')) return
    if (control instanceof HTMLSelectElement) chosen.set(control, control.value)
    else if (control.type === 'checkbox') chosen.set(control, control.checked ? control.value : '')
  }
  const writeChoices = () => {
    const url = new URL(window.location.href)
    for (const [control, value] of chosen) {
      if (value) url.searchParams.set(control.name, value)
      else url.searchParams.delete(control.name)
    }
    chosen.clear()
    // The app saw the choice itself: the address already says it.
    if (url.href === window.location.href) return
    // A new entry, as the app makes for a filter changed: Back undoes it.
    window.history.pushState(window.history.state, '', url)
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }))
  }
  // A link whose address follows this page's query is prerendered without it
  // (a page is made once for its path): "See them in the archive" on
  // `/podcasts/<slug>?year=2024` led to every year of the podcast when
  // followed before the app had set its address. Such a link names the
  // parameters it keeps (`data-carry-query`), and takes them along from this
  // page's address when it is followed, as the app's own address for it would.
  const carryQuery = (event) => {
    const link =
      event.target instanceof Element ? event.target.closest('#root a[data-carry-query]') : null
    if (!link) return
    const here = new URLSearchParams(window.location.search)
    const url = new URL(link.href)
    for (const name of link.dataset.carryQuery.split(' ')) {
      const value = here.get(name)
      if (value !== null) url.searchParams.set(name, value)
    }
    link.setAttribute('href', url.pathname + url.search + url.hash)
  }
  // The search shortcut ("/" or Ctrl/Cmd-K), as src/app/use-search-shortcut.ts
  // has it once the app runs: focus the search field on screen, or open the
  // search page where none is shown (phones). Never while the reader types.
  const searchShortcut = (event) => {
    if (event.altKey || event.isComposing || event.defaultPrevented) return
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey
    if (!slash && !k) return
    const target = event.target
    // TYPING_SELECTOR and NOT_TEXT of use-search-shortcut.ts (this file cannot import).
    const typing =
      target instanceof Element &&
      target.closest(
        'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"]',
      ) &&
      !(
        target instanceof HTMLInputElement &&
        [
          'button',
          'checkbox',
          'radio',
          'range',
          'color',
          'file',
          'submit',
          'reset',
          'image',
        ].includes(target.type)
      )
    if (typing) return
    event.preventDefault()
    const field = [...document.querySelectorAll('input[data-search-field]')]
      .reverse()
      .find((input) => input.getClientRects().length > 0)
    if (field) field.focus()
    else window.location.assign('/search')
  }
  document.addEventListener('click', keepPress, true)
  document.addEventListener('input', keepChoice, true)
  // Enter on a link is a click; a middle click, or a link's menu (a long
  // press on a phone), can open it in a new tab.
  const FOLLOWS = ['click', 'auxclick', 'contextmenu']
  for (const type of FOLLOWS) document.addEventListener(type, carryQuery, true)
  // On the window: once the app's own shortcut listens (on the document, so
  // before this one) it answers and marks the key handled, and this one
  // lets it be. Until the page says it is ready, not only until the app
  // starts: a key pressed between the two, before the header's effect had
  // added the app's listener, went unanswered.
  window.addEventListener('keydown', searchShortcut)
  // The page says it is ready once its own part is hydrated; React hydrates
  // the Suspense boundaries inside it (the lazily loaded parts) in a pass of
  // their own just after: a press is made again once its element is adopted
  // (at most about a second later).
  const whenAdopted = (element, then, tries = 60) => {
    if (adopted(element) || tries === 0) then()
    else setTimeout(() => whenAdopted(element, then, tries - 1), 16)
  }
  new MutationObserver((_changes, observer) => {
    if (!('appReady' in document.documentElement.dataset)) return
    observer.disconnect()
    window.removeEventListener('keydown', searchShortcut)
    document.removeEventListener('click', keepPress, true)
    document.removeEventListener('input', keepChoice, true)
    for (const type of FOLLOWS) document.removeEventListener(type, carryQuery, true)
    // After the app's first updates from the reader's data (they follow the
    // hydration that marked the page ready), so `state` compares with those.
    requestAnimationFrame(() =>
      setTimeout(() => {
        moved.disconnect()
        for (const { button, seen, changed } of pressed.splice(0)) {
          whenAdopted(button, () => {
            if (button.isConnected && !changed && state(button) === seen) button.click()
          })
        }
        if (chosen.size > 0) writeChoices()
      }, 0),
    )
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-app-ready'] })

  // The page's description and Open Graph tags are the prerender's; the app
  // puts the defaults back when the reader leaves the page, from an effect of
  // the page's own part (src/lib/use-page-meta.ts). A header link followed
  // before React has adopted that part leaves the page before that effect
  // has ever run, and the tags stayed on the next page. So they are put back
  // here at the first navigation to another address: the Navigation API
  // tells of the app's pushState as it is made, before the next page renders
  // and sets its own. (Where the API is missing, a link shared from that
  // next page may carry this page's summary.)
  const prerendered = document.getElementById('root')?.dataset.prerendered
  if (prerendered && window.navigation) {
    const leave = (event) => {
      if (new URL(event.destination.url).pathname === prerendered) return
      window.navigation.removeEventListener('navigate', leave)
      for (const tag of document.head.querySelectorAll('meta[property^="og:"]')) tag.remove()
      const description = document.head.querySelector('meta[name="description"][data-default]')
      if (description) description.content = description.dataset.default
    }
    window.navigation.addEventListener('navigate', leave)
  }

  let started = false
  const start = () => {
    if (started) return
    started = true
    // The entry and the page's own chunks are fetched in parallel, and the
    // entry runs once all have arrived, so the page hydrates in one pass, as
    // it did when the head preloaded them.
    const load = (rel, href, as) =>
      new Promise((resolve) => {
        const link = document.createElement('link')
        link.rel = rel
        if (as) link.as = as
        link.crossOrigin = ''
        link.href = href
        link.onload = link.onerror = resolve
        document.head.append(link)
      })
    // The data the app asks for first (the site index), fetched alongside
    // the app rather than after it has started; the app does not wait for it here.
    for (const href of fetches) load('preload', href, 'fetch')
    // The page carries only the rules its own markup uses (docs/decisions/0008,
    // fourth addendum): the whole stylesheet is in place before the app can
    // render anything else.
    const loads = [
      ...stylesheets.map((href) => load('stylesheet', href)),
      ...[entry, ...chunks].map((href) => load('modulepreload', href)),
    ]
    Promise.all(loads).then(() => import(entry))
  }
  // A hidden page paints nothing (and gets no animation frames): start at once.
  if (document.visibilityState === 'hidden') return start()
  // The callback runs just before the first frame is drawn; the task after it, once it is.
  requestAnimationFrame(() => setTimeout(start, 0))
})()
