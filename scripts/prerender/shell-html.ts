// The app shell (index.html) serves every address without a page of its own:
// digests older than the prerendered days, the search, the bookmarks. It
// carries the app's frame (header, a loading placeholder, footer) in its
// HTML, so those addresses paint as soon as the stylesheet is in, not only
// once the app's JavaScript has run (docs/decisions/0011). Pure helpers, unit-tested.

/** #root as Vite builds it, and as pageHtml expects it in its template. */
export const ROOT = '<div id="root"></div>'

// The frame sits between markers, so a later run can take it out again.
const PAINTED = /<div id="root"><!--shell-->[\s\S]*?<!--\/shell--><\/div>/

/**
 * Without JavaScript the frame never turns into a page, and its links are
 * inert: this says so, and links to the pages that read without it (they
 * are HTML of their own). The classes are the app's own notice's, so the
 * stylesheet has them.
 */
const NO_SCRIPT = `<noscript><p class="border-b border-amber-300 bg-amber-50 px-4 py-3 text-center text-sm leading-relaxed text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">This page needs JavaScript, which is off. These read without it: <a class="underline" href="/">the latest digest</a>, <a class="underline" href="/digests">the archive</a>, <a class="underline" href="/podcasts">the podcasts</a> and <a class="underline" href="/commentary">the commentary</a>.</p></noscript>`

/** index.html with #root empty again, whatever an earlier prerender put in it. */
export function emptyShell(html: string): string {
  return html.replace(PAINTED, ROOT)
}

/**
 * index.html with `frame` (the app's markup around a loading placeholder)
 * in #root. The frame is `inert`: its buttons and field are not the app's
 * until it has rendered, and text typed there would be lost when it does. It
 * stays on screen until then: React clears #root at its first commit
 * (createRoot), with the same frame in it.
 */
export function paintedShell(html: string, frame: string): string {
  const empty = emptyShell(html)
  if (!empty.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT}`)
  return empty.replace(
    ROOT,
    () => `<div id="root"><!--shell-->${NO_SCRIPT}<div inert>${frame}</div><!--/shell--></div>`,
  )
}
