// Stable, content-derived identities. Ids are anchors and URL segments that
// readers bookmark, so they come from the text (a re-ingest gives the same
// ids) and never from positions alone.

import { memoByText } from './memo-by-text'

const MAX_SLUG_LENGTH = 80

// Letters that NFKD does not decompose into ASCII plus a combining mark.
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

const NON_DECOMPOSING = /[ßæÆœŒøØđĐðÐþÞłŁı]/g

/**
 * `slugText`, remembered: slugify runs for every heading and podcast name of
 * the archive, and those repeat (a podcast's name in each of its episodes and
 * Top Podcast lines, recurring section titles). The benchmark archive (10,500
 * documents) makes ~385,000 calls with ~2,400 distinct texts.
 */
const slugOf = memoByText(20_000, (text) => slugText(text))

/**
 * `"DeepSeek’s $6 Million Myth 🔍"` → `"deepseeks-6-million-myth"`: lower-case
 * ASCII words joined by `-`, at most ~80 characters (cut at a word boundary),
 * never empty (`fallback` when nothing is left, e.g. an emoji-only title).
 */
export function slugify(text: string, fallback = 'section'): string {
  return slugOf(text) || fallback
}

/**
 * A podcast's slug: its page and the archive's podcast filter, shared by all
 * its episodes across digests, so unlike a title's slug it is never made
 * unique by a suffix. A name with no letter left in ASCII (Greek, Japanese,
 * emoji) used to fall back to one slug for all such podcasts, which merged
 * them into one page; it gets a short hash of the name instead, as stable as
 * the name itself.
 */
export function podcastSlug(name: string): string {
  const slug = slugify(name, '')
  if (/[a-z]/.test(slug) || name.trim() === '') return slug || 'podcast'
  return `${slug || 'podcast'}-${nameHash(name)}`
}

/** FNV-1a (32 bits) of the name as compared, in base 36: 6 or 7 characters. */
function nameHash(name: string): string {
  const text = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

/** `slugify` without memo or fallback: the slug, possibly empty. */
export function slugText(text: string): string {
  // Fast path: printable ASCII needs no transliteration or Unicode
  // normalisation (most titles).
  if (PRINTABLE_ASCII.test(text)) {
    const slug = text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
    return truncateAtWord(slug)
  }
  const ascii = text
    .replace(NON_DECOMPOSING, (c) => TRANSLITERATIONS[c] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "won’t" → "wont", not "won-t".
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return truncateAtWord(ascii)
}

function truncateAtWord(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastDash = cut.lastIndexOf('-')
  // A single 80+ character word has no boundary: cut it hard.
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH)
}

/**
 * `base`, or `base-2`, `base-3`... whichever is free in `taken`; the result is
 * added to `taken`. `next` (optional) remembers the next suffix to try per
 * base, so thousands of identical titles stay linear instead of quadratic.
 */
export function uniqueSlug(base: string, taken: Set<string>, next?: Map<string, number>): string {
  let slug = base
  if (taken.has(slug)) {
    let n = next?.get(base) ?? 2
    while (taken.has(`${base}-${n}`)) n++
    slug = `${base}-${n}`
    next?.set(base, n + 1)
  }
  taken.add(slug)
  return slug
}

/** One id namespace (e.g. all anchors on an episode page). */
export class SlugNamespace {
  private readonly taken = new Set<string>()
  private readonly next = new Map<string, number>()

  claim(base: string): string {
    return uniqueSlug(base, this.taken, this.next)
  }
}
