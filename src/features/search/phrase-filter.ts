import type { SearchDoc, SearchShard } from '../../schema/search'
import type { Phrase } from './parse-query'
import { isPlainText, type PhraseMatcher, phraseMatcher } from './phrase-match'

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
  const plain = plainTextsOf(index)
  const matchers = phrases.map(phraseMatcher)
  const kept: number[] = []
  for (const at of candidates) {
    const doc = index.docs[at]
    const shard = index.shards[index.shardAt[at] ?? 0]
    if (!doc || !shard) continue
    let mask = plain[at] ?? 0
    if (!(mask & KNOWN)) {
      mask = plainMask(shard, doc)
      plain[at] = mask
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
 * Bit i of a document's mask: its text i is plain (isPlainText). Worked out
 * the first time a phrase reaches the document and kept with the index: the
 * test reads the whole text, a third of a phrase search over the archive,
 * and a phrase being typed is searched again at every key. Texts past the
 * last bit are tested each time (no document has that many yet).
 */
const KNOWN = 1 << 15
const MASK_TEXTS = 15
const plainMasks = new WeakMap<PhraseFilterIndex, Uint16Array>()

function plainTextsOf(index: PhraseFilterIndex): Uint16Array {
  let masks = plainMasks.get(index)
  if (!masks) {
    masks = new Uint16Array(index.docs.length)
    plainMasks.set(index, masks)
  }
  return masks
}

function plainMask(shard: SearchShard, doc: SearchDoc): number {
  let mask = KNOWN
  for (let i = 0; i < MASK_TEXTS; i++) {
    const text = textAt(shard, doc, i)
    if (text === undefined) break
    if (isPlainText(text)) mask |= 1 << i
  }
  return mask
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
    const plain = i < MASK_TEXTS ? (mask & (1 << i)) !== 0 : isPlainText(text)
    if (matches(text, plain)) return true
  }
}
