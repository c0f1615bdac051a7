import fc from 'fast-check'
import MiniSearch, { type Query as MiniQuery } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import { describe, expect, it } from 'vitest'
import {
  compactIndex,
  expandIndexes,
  packIndex,
  type TermPostings,
} from '../../schema/search-codec'
import {
  indexTerms,
  indexTokens,
  queryTerm,
  SEARCH_FIELDS,
  tokenize,
} from '../../schema/search-text'
import { searchText as text } from '../../schema/search-text.arbitrary'
import { bestDocs, type Query, type ScoringIndex, scoreQuery, termsOf } from './score-query'

type Doc = { id: number; texts: [string, string, string] }

/** MiniSearch over the documents, indexed as the ingest indexes them. */
function reference(docs: readonly Doc[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>({
    fields: [...SEARCH_FIELDS],
    extractField: (doc, field) =>
      field === 'id' ? doc.id : (doc.texts[SEARCH_FIELDS.indexOf(field as 't')] ?? ''),
    tokenize: indexTokens,
    processTerm: indexTerms,
  })
  index.addAll(docs)
  return index
}

/** The same documents as the app loads them: published shards (halves here), joined. */
function scoring(docs: readonly Doc[], splitAt: number): ScoringIndex {
  const halves = [docs.slice(0, splitAt), docs.slice(splitAt)].map((part) =>
    packIndex(compactIndex(reference(part.map((doc, id) => ({ ...doc, id }))).toJSON())),
  )
  const expanded = expandIndexes(halves)
  return { ...expanded, terms: SearchableMap.from<TermPostings>(expanded.terms) }
}

const WORDS = ['DeepSeek', 'deep', 'Open', 'café', 'cafe', 'model', 'modle', 'mo', 'GPU', 'seek']
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 5 }))
const words = fc.array(word, { minLength: 1, maxLength: 3 })
const prefix = (term: string) => term.length >= 2
const fuzzy = (term: string) => (term.length >= 9 ? 2 : term.length >= 4 ? 1 : false)

/** The shapes the search engine builds: words with prefix and typos, and phrases. */
const query: fc.Arbitrary<Query> = fc.oneof(
  fc
    .tuple(words, fc.constantFrom('AND' as const, 'OR' as const))
    .map(([queries, combineWith]) => ({ queries, combineWith, prefix, fuzzy })),
  fc.tuple(words, word).map(([exact, last]) => ({
    queries: [
      { queries: exact, combineWith: 'AND' as const, prefix: false, fuzzy: false as const },
      { queries: [last], prefix: true, fuzzy: false as const },
    ],
    combineWith: 'AND' as const,
  })),
)

/**
 * `query` as scoreQuery takes it: each word read into its terms (what
 * MiniSearch does with a query's strings), a nested query of them, so a word
 * with no term is still an empty part, as it is for MiniSearch.
 */
function ofTerms(query: Query): Query {
  return {
    ...query,
    queries: query.queries.map((part) =>
      typeof part === 'string'
        ? { queries: tokenize(part).flatMap((token) => queryTerm(token) ?? []) }
        : ofTerms(part),
    ),
  }
}

const FIELD_BOOST = { t: 2, b: 1, p: 1.5 }
/** Some documents weigh more, and every fifth is left out, as a kind boost of 0 would. */
const boostOf = (id: number) => (id % 5 === 4 ? 0 : 1 + (id % 3))

describe('scoreQuery', () => {
  it('finds, scores and highlights what MiniSearch does, over shards joined into one index', () => {
    const documents = fc
      .array(fc.tuple(text, text, text), { minLength: 1, maxLength: 14 })
      .map((rows) => rows.map((texts, id): Doc => ({ id, texts })))
    fc.assert(
      fc.property(documents, query, fc.nat(), (docs, q, split) => {
        const expected = reference(docs).search(q as MiniQuery, {
          tokenize,
          processTerm: queryTerm,
          boost: FIELD_BOOST,
          boostDocument: (id) => boostOf(Number(id)),
        })
        const index = scoring(docs, split % (docs.length + 1))
        const actual = scoreQuery(index, ofTerms(q), {
          fieldBoost: SEARCH_FIELDS.map((field) => FIELD_BOOST[field]),
          documentBoost: docs.map((doc) => boostOf(doc.id)),
        })
        expect([...actual.docs].sort((a, b) => a - b)).toEqual(
          expected.map((result) => Number(result.id)).sort((a, b) => a - b),
        )
        for (const result of expected) {
          const id = Number(result.id)
          // The published average field lengths are rounded to 3 decimals.
          expect(actual.score[id] ?? 0).toBeCloseTo(result.score, 2)
          expect(termsOf(actual.expansions, id).sort()).toEqual([...result.terms].sort())
        }
        // Best first; equal scores in document order.
        const ranked = bestDocs(actual.docs, actual.score, actual.docs.length)
        for (let at = 1; at < ranked.length; at++) {
          const before = ranked[at - 1] ?? 0
          const after = ranked[at] ?? 0
          const order = (actual.score[before] ?? 0) - (actual.score[after] ?? 0) || after - before
          expect(order).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('leaves out what `keep` refuses', () => {
    const docs: Doc[] = [0, 1, 2, 3].map((id) => ({ id, texts: ['model', '', ''] }))
    const index = scoring(docs, 2)
    const options = {
      fieldBoost: [1, 1, 1],
      documentBoost: [1, 1, 1, 1],
    }
    const all = scoreQuery(index, { queries: ['model'] }, options)
    expect([...all.docs].sort()).toEqual([0, 1, 2, 3])
    const even = scoreQuery(index, { queries: ['model'] }, options, (id) => id % 2 === 0)
    expect([...even.docs].sort()).toEqual([0, 2])
  })
})

describe('bestDocs', () => {
  it('is the first n of the whole ranking: best first, equal scores in id order', () => {
    // Few distinct scores, so ties are common.
    const scored = fc
      .array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 })
      .chain((scores) =>
        fc.tuple(
          fc.constant(scores),
          fc.shuffledSubarray(scores.map((_, id) => id)),
          fc.integer({ min: 0, max: scores.length + 2 }),
        ),
      )
    fc.assert(
      fc.property(scored, ([scores, matched, n]) => {
        const score = Float64Array.from(scores)
        const docs = Int32Array.from(matched)
        const whole = [...matched].sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b)
        expect([...bestDocs(docs, score, n)]).toEqual(whole.slice(0, n))
      }),
      { numRuns: 500 },
    )
  })
})
