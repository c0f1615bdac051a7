import fc from 'fast-check'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { compactIndex } from '../schema/search-codec'
import { indexTerms, indexTokens, SEARCH_FIELDS } from '../schema/search-text'
import { searchText as text } from '../schema/search-text.arbitrary'
import { CompactIndexBuilder } from './compact-index-builder'

const documents = fc.array(fc.tuple(text, text, text), { maxLength: 12 })

describe('CompactIndexBuilder', () => {
  it('writes what MiniSearch builds from the same texts, terms in sorted order', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const builder = new CompactIndexBuilder()
        for (const texts of docs) builder.add(texts)
        const reference = new MiniSearch<{ id: number; texts: string[] }>({
          fields: [...SEARCH_FIELDS],
          extractField: (doc, field) =>
            field === 'id' ? doc.id : (doc.texts[SEARCH_FIELDS.indexOf(field as 't')] ?? ''),
          tokenize: indexTokens,
          processTerm: indexTerms,
        })
        reference.addAll(docs.map((texts, id) => ({ id, texts })))
        const expected = compactIndex(reference.toJSON())
        expected.t.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        expect(builder.build()).toEqual(expected)
      }),
      { numRuns: 150 },
    )
  })

  it('indexes a field given as lines as it indexes their join with "\n"', () => {
    const lines = fc.array(text, { maxLength: 4 })
    fc.assert(
      fc.property(fc.array(fc.tuple(text, lines, text), { maxLength: 8 }), (docs) => {
        const joined = new CompactIndexBuilder()
        const split = new CompactIndexBuilder()
        for (const [t, b, p] of docs) {
          joined.add([t, b.join('\n'), p])
          split.add([t, b, p])
        }
        expect(split.build()).toEqual(joined.build())
      }),
      { numRuns: 300 },
    )
  })
})
