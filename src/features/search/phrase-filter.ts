import type { SearchDoc, SearchShard } from '../../schema/search'
import type { Phrase } from './parse-query'
import { type PhraseMatcher, phraseMatcher, type TextKind, textKind } from './phrase-match'

/** What the filter reads of a loaded index (search-engine's LoadedIndex). */
export interface PhraseFilterIndex {
  shards: readonly SearchShard[]
  docs: readonly SearchDoc[]
  shardAt: Uint16Array
}

/**
 * The candidates (index ids) with every phrase in one of their texts. The
 * index found the phrases' words in each; the stored text decides whether
 * they stand together. Every candidate is checked: the count needs them.
 */
export function keepPhraseMatches(
  index: PhraseFilterIndex,
  candidates: Int32Array,
  phrases: readonly Phrase[],
): Int32Array {
  const kinds = textKindsOf(index)
  const matchers = phrases.map(phraseMatcher)
  const kept: number[] = []
  for (const at of candidates) {
    const doc = index.docs[at]
    const shard = index.shards[index.shardAt[at] ?? 0]
    if (!doc || !shard) continue
    let mask = kinds[at] ?? 0
    if (!(mask & KNOWN)) {
      mask = kindMask(shard, doc)
      kinds[at] = mask
    }
    if (matchers.every((matches) => holdsPhrase(shard, doc, matches, mask))) kept.push(at)
  }
  return Int32Array.from(kept)
}

/** The document's texts a phrase may sit in: its title, an episode's podcast name, its body. */
function textAt(shard: SearchShard, doc: SearchDoc, i: number): string | undefined {
  if (i === 0) return doc.t
  switch (doc.k) {
    case 'd':
      return undefined
    case 'e':
      return i === 1 ? (shard.p[doc.p]?.n ?? '') : doc.b[i - 2]
    case 's':
    case 'c':
      return doc.b[i - 1]
  }
}

/**
 * Bits 2i and 2i + 1 of a document's mask: the TextKind of its text i. Worked
 * out the first time a phrase reaches the document and kept with the index:
 * telling the kind reads the whole text, a third of a phrase search over the
 * archive, and a phrase being typed is searched again at every key. Texts
 * past the last pair of bits are told each time (no document has that many yet).
 */
const KNOWN = 1 << 31
const MASK_TEXTS = 15
const kindMasks = new WeakMap<PhraseFilterIndex, Uint32Array>()

function textKindsOf(index: PhraseFilterIndex): Uint32Array {
  let masks = kindMasks.get(index)
  if (!masks) {
    masks = new Uint32Array(index.docs.length)
    kindMasks.set(index, masks)
  }
  return masks
}

function kindMask(shard: SearchShard, doc: SearchDoc): number {
  let mask = KNOWN
  for (let i = 0; i < MASK_TEXTS; i++) {
    const text = textAt(shard, doc, i)
    if (text === undefined) break
    mask |= textKind(text) << (2 * i)
  }
  return mask >>> 0
}

function holdsPhrase(
  shard: SearchShard,
  doc: SearchDoc,
  matches: PhraseMatcher,
  mask: number,
): boolean {
  for (let i = 0; ; i++) {
    const text = textAt(shard, doc, i)
    if (text === undefined) return false
    const kind = i < MASK_TEXTS ? (((mask >>> (2 * i)) & 3) as TextKind) : textKind(text)
    if (matches(text, kind)) return true
  }
}
