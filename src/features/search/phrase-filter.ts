import type { SearchDoc, SearchShard } from '../../schema/search'
import type { Phrase } from './parse-query'
import { type PhraseMatcher, phraseMatcher, type TextKind, textKind } from './phrase-match'

/** What the filter reads of a loaded index (search-engine's LoadedIndex). */
export interface PhraseFilterIndex {
  shards: readonly SearchShard[]
  docs: readonly SearchDoc[]
  shardAt: Uint16Array
  /** Each document's textKinds mask (shardTextKinds), in the order of `docs`. */
  textKinds: Uint32Array
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
  const matchers = phrases.map(phraseMatcher)
  const kept: number[] = []
  for (const at of candidates) {
    const doc = index.docs[at]
    const shard = index.shards[index.shardAt[at] ?? 0]
    if (!doc || !shard) continue
    const mask = index.textKinds[at] ?? 0
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
 * Bits 2i and 2i + 1 of a document's mask: the TextKind of its text i, for
 * the first MASK_TEXTS texts (later ones, which no document has yet, are told
 * when read). Worked out when a shard is loaded (about 0.3 ms per shard of a
 * month's digests) rather than when a phrase is searched: telling a text's
 * kind reads all of it, and a phrase's first search over a deep archive spent
 * more time on that than on the phrase.
 */
const MASK_TEXTS = 16
const shardKinds = new WeakMap<SearchShard, Uint32Array>()

/** Each of the shard's documents' masks, in the order of `shard.d` (once per shard). */
export function shardTextKinds(shard: SearchShard): Uint32Array {
  let kinds = shardKinds.get(shard)
  if (!kinds) {
    kinds = Uint32Array.from(shard.d, (doc) => kindMask(shard, doc))
    shardKinds.set(shard, kinds)
  }
  return kinds
}

function kindMask(shard: SearchShard, doc: SearchDoc): number {
  let mask = 0
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
