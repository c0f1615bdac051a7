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

/**
 * Term -> field id -> document id -> frequency: MiniSearch's own term table,
 * as `MiniSearch.loadJS` builds it from the serialised index.
 */
export type TermTable = Map<string, Map<number, Map<number, number>>>

/** The published compact form -> MiniSearch's serialised index (the inverse of `compactIndex`). */
export function expandIndex(compact: CompactIndex): AsPlainObject {
  const { plain, terms } = expandIndexes([compact])
  const index: AsPlainObject['index'] = []
  for (const [term, fields] of terms) {
    const entry: AsPlainObject['index'][number][1] = {}
    for (const [field, postings] of fields) entry[field] = Object.fromEntries(postings)
    index.push([term, entry])
  }
  return { ...plain, index }
}

/**
 * Several shards' compact indexes -> one index: MiniSearch's serialised form
 * without its terms (for `MiniSearch.loadJS`), and the terms as MiniSearch
 * holds them. Documents are numbered on from one shard to the next, in the
 * order given. The terms skip the serialised form: there each posting list
 * is an object keyed by document id, and over hundreds of shards those ids
 * run into the hundreds of thousands, where such objects cost several times
 * what Maps do to build and to read back (decision 0014).
 */
export function expandIndexes(compacts: readonly CompactIndex[]): {
  plain: AsPlainObject
  terms: TermTable
} {
  const documentIds: AsPlainObject['documentIds'] = {}
  const fieldLength: AsPlainObject['fieldLength'] = {}
  const fieldIds: AsPlainObject['fieldIds'] = {}
  SEARCH_FIELDS.forEach((field, id) => {
    fieldIds[field] = id
  })
  const lengthSums = SEARCH_FIELDS.map(() => 0)
  const terms: TermTable = new Map()
  let start = 0
  for (const compact of compacts) {
    const count = compact.l.length
    for (let id = 0; id < count; id++) {
      documentIds[start + id] = start + id
      fieldLength[start + id] = compact.l[id] ?? []
    }
    SEARCH_FIELDS.forEach((_, field) => {
      lengthSums[field] = (lengthSums[field] ?? 0) + (compact.a[field] ?? 0) * count
    })
    for (const [term, ...lists] of compact.t) {
      let fields = terms.get(term)
      if (!fields) {
        fields = new Map()
        terms.set(term, fields)
      }
      for (const list of lists) {
        const field = list[0] ?? 0
        let postings = fields.get(field)
        if (!postings) {
          postings = new Map()
          fields.set(field, postings)
        }
        let id = start
        for (let at = 1; at + 1 < list.length; at += 2) {
          id += list[at] ?? 0
          postings.set(id, list[at + 1] ?? 0)
        }
      }
    }
    start += count
  }
  const plain: AsPlainObject = {
    documentCount: start,
    nextId: start,
    documentIds,
    fieldIds,
    fieldLength,
    // A single shard's averages are kept as written (the ingest rounded them).
    averageFieldLength:
      compacts.length === 1 && compacts[0]
        ? compacts[0].a
        : lengthSums.map((sum) => (start > 0 ? sum / start : 0)),
    storedFields: {},
    dirtCount: 0,
    index: [],
    serializationVersion: 2,
  }
  return { plain, terms }
}
