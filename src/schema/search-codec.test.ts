import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CompactIndex } from './search'
import { expandIndexes, packIndex } from './search-codec'
import { SEARCH_FIELDS } from './search-text'

const FIELDS = SEARCH_FIELDS.length

/** A compact index of `docs` documents: each term's lists, by field, as [doc, freq] pairs. */
function compact(docs: number, terms: [string, ...[number, [number, number][]][]][]): CompactIndex {
  return {
    a: SEARCH_FIELDS.map(() => 1),
    l: Array.from({ length: docs }, (_, id) => SEARCH_FIELDS.map((_, field) => id + field)),
    t: terms.map(([term, ...lists]) => [
      term,
      ...lists.map(([field, pairs]) => {
        const list = [field]
        let previous = 0
        for (const [doc, freq] of pairs) {
          list.push(doc - previous, freq)
          previous = doc
        }
        return list
      }),
    ]),
  }
}

/** A term's postings in one field, as [doc, freq] pairs. */
function pairsOf(list: Int32Array | undefined): [number, number][] {
  const pairs: [number, number][] = []
  for (let at = 0; list && at + 1 < list.length; at += 2)
    pairs.push([list[at] ?? 0, list[at + 1] ?? 0])
  return pairs
}

describe('packIndex and expandIndexes', () => {
  it('keep every document id and frequency, small or large', () => {
    // Differences of one, two, three and five bytes as varints.
    const index = compact(200_000, [
      [
        'word',
        [
          0,
          [
            [0, 1],
            [127, 2],
            [300, 128],
            [20_000, 1],
            [199_999, 70_000],
          ],
        ],
        [2, [[5, 3]]],
      ],
      ['other', [1, [[4, 2 ** 31 - 1]]]],
    ])
    const { terms, documentCount, fieldLength } = expandIndexes([packIndex(index)])
    expect(documentCount).toBe(200_000)
    expect(pairsOf(terms.get('word')?.[0])).toEqual([
      [0, 1],
      [127, 2],
      [300, 128],
      [20_000, 1],
      [199_999, 70_000],
    ])
    expect(pairsOf(terms.get('word')?.[2])).toEqual([[5, 3]])
    expect(terms.get('word')?.[1]).toBeUndefined()
    expect(pairsOf(terms.get('other')?.[1])).toEqual([[4, 2 ** 31 - 1]])
    expect(Array.from(fieldLength.subarray(7 * FIELDS, 8 * FIELDS))).toEqual([7, 8, 9])
  })

  it('number the documents on from one shard to the next', () => {
    const newer = compact(3, [['word', [0, [[2, 1]]]]])
    const older = compact(2, [
      ['word', [0, [[0, 4]]]],
      ['only', [1, [[1, 1]]]],
    ])
    const { terms, documentCount, fieldLength } = expandIndexes([
      packIndex(newer),
      packIndex(older),
    ])
    expect(documentCount).toBe(5)
    expect(pairsOf(terms.get('word')?.[0])).toEqual([
      [2, 1],
      [3, 4],
    ])
    expect(pairsOf(terms.get('only')?.[1])).toEqual([[4, 1]])
    // The older shard's first document is the fourth.
    expect(Array.from(fieldLength.subarray(3 * FIELDS, 4 * FIELDS))).toEqual([0, 1, 2])
  })

  it('agree with the compact lists they were packed from, for any ascending ids', () => {
    const list = fc
      .uniqueArray(fc.nat({ max: 2 ** 24 }), { minLength: 1, maxLength: 30 })
      .chain((ids) =>
        fc.tuple(
          fc.nat({ max: FIELDS - 1 }),
          fc.constant(ids.sort((a, b) => a - b)),
          fc.array(fc.integer({ min: 1, max: 2 ** 20 }), {
            minLength: ids.length,
            maxLength: ids.length,
          }),
        ),
      )
    const terms = fc.uniqueArray(fc.tuple(fc.string(), list), {
      selector: ([term]) => term,
      maxLength: 8,
    })
    fc.assert(
      fc.property(terms, (entries) => {
        const index = compact(
          0,
          entries.map(([term, [field, ids, freqs]]) => [
            term,
            [field, ids.map((id, at): [number, number] => [id, freqs[at] ?? 1])],
          ]),
        )
        const { terms: expanded } = expandIndexes([packIndex(index)])
        for (const [term, [field, ids, freqs]] of entries) {
          expect(pairsOf(expanded.get(term)?.[field])).toEqual(
            ids.map((id, at) => [id, freqs[at] ?? 1]),
          )
        }
      }),
    )
  })
})
