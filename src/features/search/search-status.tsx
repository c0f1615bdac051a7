import { countOf } from '../../lib/format-count'
import type { CloseSpelling } from './close-spellings'
import { type AcronymReading, QUOTES } from './parse-query'

interface SearchStatusProps {
  query: string
  /** Nothing typed: nothing to say. */
  empty: boolean
  /** False when the query has no word at all (only emoji or punctuation: "🚀", "%"). */
  hasWords: boolean
  /** False when every word is too common to be indexed ("the", "of"). */
  searchable: boolean
  loading: boolean
  /** Nothing could be searched: the manifest or every shard asked for failed to load. */
  unavailable: boolean
  count: number
  /** False when the hits have some, not all, of the words. */
  allWords: boolean
  /** The podcast filter's name, or null. */
  podcast: string | null
  /** The podcast filter names no podcast of the site (an old or mistyped address). */
  unknownPodcast?: boolean
  /** Words found only by close spelling, and what was found instead. */
  closeSpellings?: readonly CloseSpelling[]
  /** A word typed in lower case that was searched as an acronym ("us" as "US"). */
  acronym?: AcronymReading
}

export function statusText({
  query,
  empty,
  hasWords,
  searchable,
  loading,
  unavailable,
  count: n,
  allWords,
  podcast,
  unknownPodcast = false,
  closeSpellings = [],
  acronym,
}: SearchStatusProps): string {
  if (empty) return ''
  // "No results for … in nope" read as if the podcast existed and lacked the words.
  if (unknownPodcast) return `No digest has covered a podcast called “${podcast}”.`
  const quoted = quoteQuery(query)
  // Said before loading anything: the index holds words, and silence (the
  // page showed only its tips) read as if the search had not happened.
  if (!hasWords) return `${quoted} has no words to search for. Search finds words and numbers.`
  if (loading) return 'Loading the search index…'
  // Not "No results": that would say the archive has none.
  if (unavailable) return `Could not search for ${quoted}: the search index did not load.`
  if (!searchable) return `${quoted} has only very common words. Try a more specific word.`
  const where = podcast ? ` in ${podcast}` : ''
  // The query stays quoted as typed, and a sentence after the count says how
  // it was read, as for a close spelling: the count's sentence is the same
  // for every query, and a screen reader says “US” and “us” alike, so the
  // word "acronym" is what tells the two apart.
  const readAs = acronym ? readAsAcronym(acronym) : ''
  if (n === 0)
    return readAs
      ? `No results for ${quoted}${where}. ${readAs}`
      : `No results for ${quoted}${where}`
  const results = countOf(n, 'result')
  const notes = [readAs, ...closeSpellings.map(insteadOf)].filter((note) => note !== '').join(' ')
  const said = allWords
    ? `${results} for ${quoted}${where}`
    : `No result has every word of ${quoted}${where}; ${results} ${n === 1 ? 'has' : 'have'} some of them`
  return notes ? `${said}. ${notes}` : said
}

/** "Read as the acronym “US”: the word “us” is too common to search." */
function readAsAcronym({ typed, acronym }: AcronymReading): string {
  // Typed with dots ("u.s."), the acronym is what the reader wrote, in lower
  // case: "8 results for “u.s.”" says what was searched, and "the word “u.s.”
  // is too common" would not be true of what they typed.
  if (typed.includes('.')) return ''
  return `Read as the acronym “${acronym}”: the word “${typed}” is too common to search.`
}

/** "The digests do not have “date”; these results have “data”." */
function insteadOf({ word, found }: CloseSpelling): string {
  const words = found.map((term) => `“${term}”`)
  const listed =
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
  return `The digests do not have “${word}”; these results have ${listed}.`
}

/**
 * The query in curly quotes. A quoted phrase is shown once quoted, not as
 * “"freak out"”; quotes inside a longer query become single ones
 * (“tariffs ‘freak out’”), as quotes within quotes are written. Quotes are
 * what parseQuery takes for them: odd parts of the split are phrases.
 */
export function quoteQuery(query: string): string {
  const parts = query.trim().split(QUOTES)
  const [before, phrase, after = ''] = parts
  if (parts.length <= 3 && before === '' && after === '' && phrase !== undefined)
    return `“${phrase}”`
  const inner = parts.map((part, at) => {
    if (at % 2 === 0) return part
    // A phrase whose closing quote is not typed yet stays open.
    return at === parts.length - 1 ? `‘${part}` : `‘${part}’`
  })
  return `“${inner.join('')}”`
}

/**
 * The result count in a polite live region, so a screen reader hears it once
 * typing settles (the query is debounced before it gets here). The region is
 * always rendered: one that appears with its text is often not announced.
 */
export function SearchStatus(props: SearchStatusProps) {
  return (
    <p
      role="status"
      aria-live="polite"
      className="min-h-6 text-sm font-medium text-stone-700 dark:text-stone-300"
    >
      {statusText(props)}
    </p>
  )
}
