import { formatDigestDate } from '../../lib/format-date'
import type { SearchDoc } from '../../schema/search'
import type { DecodedShard } from '../../schema/search-codec'
import { highlight, matchRanges, type Segment, snippet } from './highlight'
import type { ParsedQuery } from './parse-query'
import type { SearchHit } from './search-engine'

/** What a result shows: where it is, its title and a snippet, with the matches marked. */
export interface HitView {
  key: string
  href: string
  /** "Section 2", "Sub-section 7.1", "Episode", "Digest", "Commentary". */
  kind: string
  /** The section's number and emoji, shown before the title. */
  number: string | null
  emoji: string | null
  title: Segment[]
  /** ISO date (for <time>) and the date written for people; null for an undated post. */
  date: { iso: string; text: string } | null
  podcast: string | null
  /** The episode a section belongs to. */
  episode: string | null
  snippet: Segment[] | null
}

type Range = ReturnType<typeof matchRanges>[number]

/** The body line with the most marked words, cut to a snippet around its first match. */
function bestSnippet(lines: readonly string[], rangesOf: (text: string) => Range[]) {
  let best: { line: string; ranges: Range[] } | null = null
  for (const line of lines) {
    const ranges = rangesOf(line)
    if (!best || ranges.length > best.ranges.length) best = { line, ranges }
  }
  return best ? snippet(best.line, best.ranges) : null
}

function dated(iso: string) {
  return { iso, text: formatDigestDate(iso) }
}

function parents(shard: DecodedShard, doc: SearchDoc) {
  const episode = doc.k === 's' ? shard.d[doc.e] : doc
  if (episode?.k !== 'e') return null
  const digest = shard.d[episode.g]
  if (digest?.k !== 'd') return null
  return { episode, digest, podcast: shard.p[episode.p] ?? null }
}

export function describeHit(hit: SearchHit, query: ParsedQuery): HitView | null {
  const terms = new Set(hit.terms)
  const rangesOf = (text: string) => matchRanges(text, terms, query.phrases)
  const title = (text: string) => highlight(text, rangesOf(text))
  const { doc, shard } = hit
  const key = `${shard.id}:${hit.id}`
  switch (doc.k) {
    case 'd':
      return {
        key,
        href: `/digests/${doc.d}`,
        kind: 'Digest',
        number: null,
        emoji: null,
        title: title(doc.t),
        date: dated(doc.d),
        podcast: null,
        episode: null,
        snippet: null,
      }
    case 'c':
      return {
        key,
        href: `/commentary/${doc.s}`,
        kind: 'Commentary',
        number: null,
        emoji: null,
        title: title(doc.t),
        date: doc.d ? dated(doc.d) : null,
        podcast: null,
        episode: null,
        snippet: bestSnippet(doc.b, rangesOf),
      }
    case 'e': {
      const found = parents(shard, doc)
      if (!found) return null
      return {
        key,
        href: `/digests/${found.digest.d}/${doc.s}`,
        kind: 'Episode',
        number: null,
        emoji: null,
        title: title(doc.t),
        date: dated(found.digest.d),
        podcast: found.podcast?.n ?? null,
        episode: null,
        snippet: bestSnippet(doc.b, rangesOf),
      }
    }
    case 's': {
      const found = parents(shard, doc)
      if (!found) return null
      const sub = doc.n.includes('.')
      return {
        key,
        href: `/digests/${found.digest.d}/${found.episode.s}#${doc.i}`,
        kind: sub ? `Sub-section ${doc.n}` : `Section ${doc.n}`,
        number: sub ? doc.n : `${doc.n}.`,
        emoji: doc.m,
        title: title(doc.t),
        date: dated(found.digest.d),
        podcast: found.podcast?.n ?? null,
        episode: found.episode.t,
        snippet: bestSnippet(doc.b, rangesOf),
      }
    }
  }
}
