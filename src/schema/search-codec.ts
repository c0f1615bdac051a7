import type { AsPlainObject } from 'minisearch'
import type { CompactIndex } from './search'
import { SEARCH_FIELDS } from './search-text'

// MiniSearch's own JSON repeats what a shard already knows (an id map from
// 0..n-1 to 0..n-1, an empty stored-fields object per document) and writes
// postings as objects with quoted keys. The compact form drops the first two
// and writes postings as delta-coded number arrays: about half the bytes
// before compression. Both directions live here, beside the schema, because
// together they are the file format (the ingest encodes, the app decodes).

/** MiniSearch's serialised index -> the published compact form. */
export function compactIndex(plain: AsPlainObject): CompactIndex {
  const fieldCount = SEARCH_FIELDS.length
  const lengths: number[][] = []
  for (let id = 0; id < plain.nextId; id++) {
    const row = plain.fieldLength[String(id)] ?? []
    // A document without a field has a hole there: write 0, never null.
    lengths.push(Array.from({ length: fieldCount }, (_, field) => row[field] ?? 0))
  }
  const terms: CompactIndex['t'] = []
  for (const [term, fields] of plain.index) {
    const entry: CompactIndex['t'][number] = [term]
    for (const [fieldId, postings] of Object.entries(fields)) {
      const list = [Number(fieldId)]
      let previous = 0
      // Integer keys enumerate in ascending order (a language rule), so the deltas are never negative.
      for (const [key, freq] of Object.entries(postings)) {
        const id = Number(key)
        list.push(id - previous, freq)
        previous = id
      }
      entry.push(list)
    }
    terms.push(entry)
  }
  return {
    a: plain.averageFieldLength.map((value) => Math.round((value ?? 0) * 1000) / 1000),
    l: lengths,
    t: terms,
  }
}

/** One term's postings, by field id: `[doc, freq, doc, freq, …]`, documents ascending. */
export type TermPostings = (Int32Array | undefined)[]

/** An index as the app searches it (search-engine.ts): one or more shards' compact indexes, joined. */
export interface ExpandedIndex {
  documentCount: number
  /** Fields per document: SEARCH_FIELDS.length. */
  fieldCount: number
  /** Each document's field lengths, in SEARCH_FIELDS order: `fieldLength[doc * fieldCount + field]`. */
  fieldLength: Uint32Array
  averageFieldLength: number[]
  terms: Map<string, TermPostings>
}

/** The published compact form -> MiniSearch's serialised index (the inverse of `compactIndex`). */
export function expandIndex(compact: CompactIndex): AsPlainObject {
  const { documentCount, fieldCount, fieldLength, averageFieldLength, terms } = expandIndexes([
    compact,
  ])
  const documentIds: AsPlainObject['documentIds'] = {}
  const lengths: AsPlainObject['fieldLength'] = {}
  for (let id = 0; id < documentCount; id++) {
    documentIds[id] = id
    lengths[id] = Array.from(fieldLength.subarray(id * fieldCount, (id + 1) * fieldCount))
  }
  const fieldIds: AsPlainObject['fieldIds'] = {}
  SEARCH_FIELDS.forEach((field, id) => {
    fieldIds[field] = id
  })
  const index: AsPlainObject['index'] = []
  for (const [term, byField] of terms) {
    const entry: AsPlainObject['index'][number][1] = {}
    byField.forEach((list, field) => {
      if (!list) return
      const postings: Record<string, number> = {}
      for (let at = 0; at + 1 < list.length; at += 2) postings[list[at] ?? 0] = list[at + 1] ?? 0
      entry[field] = postings
    })
    index.push([term, entry])
  }
  return {
    documentCount,
    nextId: documentCount,
    documentIds,
    fieldIds,
    fieldLength: lengths,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  }
}

/**
 * Several shards' compact indexes -> one index, the documents numbered on from
 * one shard to the next in the order given. Postings stay flat arrays (views
 * of one Int32Array): over hundreds of shards document ids run into the
 * hundreds of thousands, where objects keyed by id (MiniSearch's serialised
 * form) cost several times as much to build and read back (decision 0014).
 */
export function expandIndexes(compacts: readonly CompactIndex[]): ExpandedIndex {
  const fields = SEARCH_FIELDS.length
  const documentCount = compacts.reduce((sum, compact) => sum + compact.l.length, 0)
  const fieldLength = new Uint32Array(documentCount * fields)
  const lengthSums = SEARCH_FIELDS.map(() => 0)
  // Each term's postings are sized first and filled after: a typed array
  // the size of all its shards' lists, instead of a number array grown push
  // by push (over the whole archive, hundreds of thousands of arrays
  // reallocated as they grew, and then scanned by every full collection).
  const sizes = new Map<string, number[]>()
  for (const compact of compacts) {
    for (const [term, ...lists] of compact.t) {
      let byField = sizes.get(term)
      if (!byField) {
        byField = []
        sizes.set(term, byField)
      }
      for (const list of lists) {
        const field = list[0] ?? 0
        // Whole [doc, freq] pairs after the field id (the fill below reads no other).
        byField[field] = (byField[field] ?? 0) + ((list.length - 1) >> 1) * 2
      }
    }
  }
  // One buffer for them all, each term's lists a view of it: one allocation,
  // not one per list. Each size then becomes where its list's next pair goes.
  let total = 0
  for (const byField of sizes.values()) for (const size of byField) total += size ?? 0
  const buffer = new Int32Array(total)
  const terms = new Map<string, TermPostings>()
  let offset = 0
  for (const [term, byField] of sizes) {
    const lists: TermPostings = []
    byField.forEach((size, field) => {
      lists[field] = buffer.subarray(offset, offset + size)
      byField[field] = offset
      offset += size
    })
    terms.set(term, lists)
  }
  let start = 0
  for (const compact of compacts) {
    const count = compact.l.length
    for (let id = 0; id < count; id++) {
      const row = compact.l[id] ?? []
      for (let field = 0; field < fields; field++) {
        fieldLength[(start + id) * fields + field] = row[field] ?? 0
      }
    }
    SEARCH_FIELDS.forEach((_, field) => {
      lengthSums[field] = (lengthSums[field] ?? 0) + (compact.a[field] ?? 0) * count
    })
    for (const [term, ...lists] of compact.t) {
      // Where each of the term's lists takes its next pair (set from the sizes above).
      const cursors = sizes.get(term) ?? []
      for (const list of lists) {
        const field = list[0] ?? 0
        // Ids grow from shard to shard, so each field's postings stay in id order.
        let at = cursors[field] ?? 0
        let id = start
        for (let from = 1; from + 1 < list.length; from += 2) {
          id += list[from] ?? 0
          buffer[at++] = id
          buffer[at++] = list[from + 1] ?? 0
        }
        cursors[field] = at
      }
    }
    start += count
  }
  return {
    documentCount,
    fieldCount: fields,
    fieldLength,
    // A single shard's averages are kept as written (the ingest rounded them).
    averageFieldLength:
      compacts.length === 1 && compacts[0]
        ? compacts[0].a
        : lengthSums.map((sum) => (documentCount > 0 ? sum / documentCount : 0)),
    terms,
  }
}
