import type { AsPlainObject } from 'minisearch'
import type { CompactIndex, SearchShard } from './search'
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
    packIndex(compact),
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
 * One shard's compact index as the app keeps it once the shard has arrived
 * (decodeShard, in the shard's query): typed arrays, not the parsed JSON's
 * nested number arrays. Those took half of what a loaded search held (in
 * Node, about 250 MB of a 490 MB heap with the whole 10,000-digest archive
 * loaded; in Chromium about 120 MB): each small number a slot of an array of
 * its own, all of them scanned by every full collection
 * (docs/decisions/0014-search.md, addendum of 2026-12-06).
 */
export interface PackedIndex {
  /** Average length of each field (in SEARCH_FIELDS order). */
  averages: readonly number[]
  /** Each document's field lengths: `lengths[doc * fieldCount + field]` (so its length says how many documents). */
  lengths: Uint32Array
  terms: readonly string[]
  /** Term i's lists are `termLists[i]` up to `termLists[i + 1]` (exclusive). */
  termLists: Uint32Array
  /** Each list's field id. */
  listField: Uint8Array
  /** How many [doc, freq] pairs each list holds. */
  listPairs: Uint32Array
  /**
   * Every list's pairs, one list after the other in term order: the document
   * id as its difference from the one before (from 0 at each list's start),
   * then the frequency, each an unsigned LEB128 varint. Nearly all are under
   * 128, so a number takes a byte here, against 4 in an Int32Array.
   */
  bytes: Uint8Array
}

/** A shard as the search page keeps it: its documents as published, its index packed. */
export type DecodedShard = Omit<SearchShard, 'x'> & { x: PackedIndex }

/** The shard as validated -> as kept; the parsed index becomes garbage at once. */
export function decodeShard(shard: SearchShard): DecodedShard {
  return { ...shard, x: packIndex(shard.x) }
}

/** The compact index (validated: lists of whole numbers under 2^32) -> its packed form. */
export function packIndex(compact: CompactIndex): PackedIndex {
  const fields = SEARCH_FIELDS.length
  const documentCount = compact.l.length
  const lengths = new Uint32Array(documentCount * fields)
  compact.l.forEach((row, id) => {
    for (let field = 0; field < fields; field++) lengths[id * fields + field] = row[field] ?? 0
  })
  let listCount = 0
  let numberCount = 0
  // Entries read by index: `[term, ...lists]` would copy each one.
  for (const entry of compact.t) {
    listCount += entry.length - 1
    for (let at = 1; at < entry.length; at++) numberCount += (entry[at] as number[]).length
  }
  // Written where no number can overrun (5 bytes each at most), then cut to
  // what was written: one pass over the numbers instead of a second one to
  // size them first, which was most of this function's time when cold.
  const scratch = new Uint8Array(numberCount * 5)
  const terms: string[] = []
  const termLists = new Uint32Array(compact.t.length + 1)
  const listField = new Uint8Array(listCount)
  const listPairs = new Uint32Array(listCount)
  let list = 0
  let cursor = 0
  const write = (value: number) => {
    let rest = value >>> 0
    while (rest >= 0x80) {
      scratch[cursor++] = (rest & 0x7f) | 0x80
      rest >>>= 7
    }
    scratch[cursor++] = rest
  }
  compact.t.forEach((entry, at) => {
    terms.push(entry[0])
    termLists[at] = list
    for (let next = 1; next < entry.length; next++) {
      const numbers = entry[next] as number[]
      listField[list] = numbers[0] ?? 0
      // Whole [doc, freq] pairs after the field id, as the join reads them.
      listPairs[list] = (numbers.length - 1) >> 1
      for (let i = 1; i + 1 < numbers.length; i += 2) {
        write(numbers[i] ?? 0)
        write(numbers[i + 1] ?? 0)
      }
      list++
    }
  })
  termLists[compact.t.length] = list
  return {
    averages: compact.a,
    lengths,
    terms,
    termLists,
    listField,
    listPairs,
    bytes: scratch.slice(0, cursor),
  }
}

/**
 * Several shards' packed indexes -> one index, the documents numbered on from
 * one shard to the next in the order given. Postings stay flat arrays (views
 * of one Int32Array): over hundreds of shards document ids run into the
 * hundreds of thousands, where objects keyed by id (MiniSearch's serialised
 * form) cost several times as much to build and read back (decision 0014).
 */
export function expandIndexes(packs: readonly PackedIndex[]): ExpandedIndex {
  const fields = SEARCH_FIELDS.length
  const documentsIn = (pack: PackedIndex) => pack.lengths.length / fields
  const documentCount = packs.reduce((sum, pack) => sum + documentsIn(pack), 0)
  const fieldLength = new Uint32Array(documentCount * fields)
  const lengthSums = SEARCH_FIELDS.map(() => 0)
  // Each term's postings are sized first and filled after: a typed array
  // the size of all its shards' lists, instead of a number array grown push
  // by push (over the whole archive, hundreds of thousands of arrays
  // reallocated as they grew, and then scanned by every full collection).
  const sizes = new Map<string, number[]>()
  for (const pack of packs) {
    pack.terms.forEach((term, at) => {
      let byField = sizes.get(term)
      if (!byField) {
        byField = []
        sizes.set(term, byField)
      }
      for (let list = pack.termLists[at] ?? 0; list < (pack.termLists[at + 1] ?? 0); list++) {
        const field = pack.listField[list] ?? 0
        byField[field] = (byField[field] ?? 0) + (pack.listPairs[list] ?? 0) * 2
      }
    })
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
  for (const pack of packs) {
    fieldLength.set(pack.lengths, start * fields)
    SEARCH_FIELDS.forEach((_, field) => {
      lengthSums[field] = (lengthSums[field] ?? 0) + (pack.averages[field] ?? 0) * documentsIn(pack)
    })
    const { bytes } = pack
    let cursor = 0
    const read = () => {
      let value = 0
      let shift = 0
      let byte = 0
      do {
        byte = bytes[cursor++] ?? 0
        value += (byte & 0x7f) * 2 ** shift
        shift += 7
      } while (byte >= 0x80)
      return value
    }
    pack.terms.forEach((term, at) => {
      // Where each of the term's lists takes its next pair (set from the sizes above).
      const cursors = sizes.get(term) ?? []
      for (let list = pack.termLists[at] ?? 0; list < (pack.termLists[at + 1] ?? 0); list++) {
        const field = pack.listField[list] ?? 0
        // Ids grow from shard to shard, so each field's postings stay in id order.
        let to = cursors[field] ?? 0
        let id = start
        for (let pair = pack.listPairs[list] ?? 0; pair > 0; pair--) {
          id += read()
          buffer[to++] = id
          buffer[to++] = read()
        }
        cursors[field] = to
      }
    })
    start += documentsIn(pack)
  }
  return {
    documentCount,
    fieldCount: fields,
    fieldLength,
    // A single shard's averages are kept as written (the ingest rounded them).
    averageFieldLength:
      packs.length === 1 && packs[0]
        ? [...packs[0].averages]
        : lengthSums.map((sum) => (documentCount > 0 ? sum / documentCount : 0)),
    terms,
  }
}
