import type { OutlineEntry } from './section-outline'

/** What a URL fragment asks the episode page to do. */
export type HashTarget =
  | { kind: 'none' }
  /** Open `open` (outermost first: the parent section, then the target) and scroll to `id`. */
  | { kind: 'section'; id: string; open: string[] }
  /** The fragment names no section of this episode: say so, keep the page usable. */
  | { kind: 'unknown'; anchor: string }

/** `#7.1` or `#section-7.1`: a hand-typed link by the printed number. */
const NUMBER_ANCHOR = /^(?:section-)?(\d+(?:\.\d+)*)\.?$/

/**
 * Resolve `location.hash` against the episode's outline.
 * `isPageAnchor` recognises fragments that belong to the page around the
 * sections (a skip link's `#main`, the contents' `#contents`): those are left
 * to the browser, not reported as missing sections.
 */
export function resolveHash(
  hash: string,
  outline: readonly OutlineEntry[],
  isPageAnchor: (anchor: string) => boolean = () => false,
): HashTarget {
  const anchor = decodeFragment(hash.replace(/^#/, '')).trim()
  if (anchor === '') return { kind: 'none' }

  const lower = anchor.toLowerCase()
  const byNumber = NUMBER_ANCHOR.exec(anchor)?.[1]
  const entry =
    outline.find((candidate) => candidate.id === anchor) ??
    // Ids are lower-case slugs; a link retyped with capitals still means the same section.
    outline.find((candidate) => candidate.id === lower) ??
    (byNumber === undefined
      ? undefined
      : outline.find((candidate) => candidate.number === byNumber))

  if (entry) {
    return {
      kind: 'section',
      id: entry.id,
      open: entry.parentId === null ? [entry.id] : [entry.parentId, entry.id],
    }
  }
  if (isPageAnchor(anchor)) return { kind: 'none' }
  return { kind: 'unknown', anchor }
}

/** `%E2%80%99` -> `’`; a malformed escape is kept as typed rather than thrown. */
export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}
