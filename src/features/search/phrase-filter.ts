import type { SearchDoc } from '../../schema/search'
import type { DecodedShard } from '../../schema/search-codec'
import type { Phrase } from './parse-query'
import {
  type PhraseMatcher,
  phraseMatcher,
  phraseWords,
  type TextKind,
  textKind,
} from './phrase-match'
import {
  hasSignature,
  phraseSignature,
  SIGNATURE_WORDS,
  writeSignature,
} from './word-pair-signature'

/** What the filter reads of a loaded index (search-engine's LoadedIndex). */
export interface PhraseFilterIndex {
  shards: readonly DecodedShard[]
  docs: readonly SearchDoc[]
  shardAt: Uint16Array
  /** For each shard, the index id of its first document. */
  starts: readonly number[]
  /** For each shard, its shardTextFacts. */
  textFacts: readonly TextFacts[]
}

/** One phrase as the filter checks it: its word-pair bits first, then its matcher. */
interface PhraseCheck {
  matches: PhraseMatcher
  need: Uint32Array
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
  const checks: PhraseCheck[] = phrases.map((phrase) => ({
    matches: phraseMatcher(phrase),
    need: phraseSignature(phraseWords(phrase), phrase.open),
  }))
  const kept: number[] = []
  for (const at of candidates) {
    const shardAt = index.shardAt[at] ?? 0
    const shardFacts = index.textFacts[shardAt]
    if (!shardFacts) continue
    const id = at - (index.starts[shardAt] ?? 0)
    // The signatures first, from typed arrays: most candidates end here,
    // without their document or its texts being read.
    if (!checks.every(({ need }) => someTextHas(shardFacts, id, need))) continue
    const doc = index.docs[at]
    const shard = index.shards[shardAt]
    if (!doc || !shard) continue
    if (checks.every((check) => holdsPhrase(shard, doc, check, shardFacts, id))) kept.push(at)
  }
  return Int32Array.from(kept)
}

function someTextHas(facts: TextFacts, id: number, need: Uint32Array): boolean {
  const end = facts.firstText[id + 1] ?? 0
  for (let text = facts.firstText[id] ?? 0; text < end; text++) {
    if (hasSignature(facts.signatures, text * SIGNATURE_WORDS, need)) return true
  }
  return false
}

function holdsPhrase(
  shard: DecodedShard,
  doc: SearchDoc,
  check: PhraseCheck,
  facts: TextFacts,
  id: number,
): boolean {
  const mask = facts.kinds[id] ?? 0
  const first = facts.firstText[id] ?? 0
  for (let i = 0; ; i++) {
    const text = textAt(shard, doc, i)
    if (text === undefined) return false
    if (!hasSignature(facts.signatures, (first + i) * SIGNATURE_WORDS, check.need)) continue
    const kind = i < MASK_TEXTS ? (((mask >>> (2 * i)) & 3) as TextKind) : textKind(text)
    if (check.matches(text, kind)) return true
  }
}

/** The document's texts a phrase may sit in: its title, an episode's podcast name, its body. */
function textAt(shard: DecodedShard, doc: SearchDoc, i: number): string | undefined {
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

/** How many texts textAt reads of the document. */
function textCount(shard: DecodedShard, doc: SearchDoc): number {
  let count = 0
  while (textAt(shard, doc, count) !== undefined) count++
  return count
}

/**
 * What a phrase search knows of a shard's documents' texts before reading
 * them, in the order of `shard.d`. Worked out when the shard is loaded
 * (shardTextFacts) rather than when a phrase is searched: both facts read all
 * of a text, and a phrase's first search over a deep archive spent more time
 * on that than on the phrase.
 */
export interface TextFacts {
  /**
   * Each document's mask: bits 2i and 2i + 1 hold the TextKind of its text i,
   * for the first MASK_TEXTS texts (later ones, which no document has yet,
   * are told when read).
   */
  kinds: Uint32Array
  /** Where each document's texts start, counted in texts; one more entry ends the last. */
  firstText: Uint32Array
  /** Each text's signature (word-pair-signature.ts), SIGNATURE_WORDS numbers a text. */
  signatures: Uint32Array
}

const MASK_TEXTS = 16
const factsByShard = new WeakMap<DecodedShard, TextFacts>()

/**
 * The shard's TextFacts, worked out once (about 1.6 ms for a month's
 * digests, three quarters of it the signatures). Kept by shard, not joined
 * per index: an index over a step of shards reads each shard's own.
 */
export function shardTextFacts(shard: DecodedShard): TextFacts {
  let facts = factsByShard.get(shard)
  if (facts) return facts
  const firstText = new Uint32Array(shard.d.length + 1)
  shard.d.forEach((doc, id) => {
    firstText[id + 1] = (firstText[id] ?? 0) + textCount(shard, doc)
  })
  const kinds = new Uint32Array(shard.d.length)
  const signatures = new Uint32Array((firstText[shard.d.length] ?? 0) * SIGNATURE_WORDS)
  shard.d.forEach((doc, id) => {
    let mask = 0
    const first = firstText[id] ?? 0
    for (let i = 0; ; i++) {
      const text = textAt(shard, doc, i)
      if (text === undefined) break
      const kind = textKind(text)
      if (i < MASK_TEXTS) mask |= kind << (2 * i)
      writeSignature(text, kind, signatures, (first + i) * SIGNATURE_WORDS)
    }
    kinds[id] = mask >>> 0
  })
  facts = { kinds, firstText, signatures }
  factsByShard.set(shard, facts)
  return facts
}

/** Facts worked out elsewhere (the shard's worker thread, load-shard.ts) for this copy of the shard. */
export function rememberTextFacts(shard: DecodedShard, facts: TextFacts): void {
  factsByShard.set(shard, facts)
}
