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

/** The published compact form -> what `MiniSearch.loadJS` reads. */
export function expandIndex(compact: CompactIndex): AsPlainObject {
  const count = compact.l.length
  const documentIds: AsPlainObject['documentIds'] = {}
  const fieldLength: AsPlainObject['fieldLength'] = {}
  const storedFields: AsPlainObject['storedFields'] = {}
  for (let id = 0; id < count; id++) {
    documentIds[id] = id
    fieldLength[id] = compact.l[id] ?? []
  }
  const fieldIds: AsPlainObject['fieldIds'] = {}
  SEARCH_FIELDS.forEach((field, id) => {
    fieldIds[field] = id
  })
  const index: AsPlainObject['index'] = []
  for (const [term, ...lists] of compact.t) {
    const fields: AsPlainObject['index'][number][1] = {}
    for (const list of lists) {
      const postings: Record<string, number> = {}
      let id = 0
      for (let at = 1; at + 1 < list.length; at += 2) {
        id += list[at] ?? 0
        postings[id] = list[at + 1] ?? 0
      }
      fields[String(list[0] ?? 0)] = postings
    }
    index.push([term, fields])
  }
  return {
    documentCount: count,
    nextId: count,
    documentIds,
    fieldIds,
    fieldLength,
    averageFieldLength: compact.a,
    storedFields,
    dirtCount: 0,
    index,
    serializationVersion: 2,
  }
}
