// Test support: fast-check arbitraries of valid Digests, for the round-trip
// property (parseDocument(renderDigest(d)) equals d) and for generating large
// archives. Content is generated; everything derived (slugs, ids, topics,
// Top Podcast matching) comes from assembleDigest, as in a real parse.
import fc from 'fast-check'
import type { Digest } from '../schema/digest'
import { assembleDigest } from './assemble-digest'
import { isoDate } from './parse-date'
import type { RawDigest, RawEpisode, RawSection, RawSubsection, RawTopPodcast } from './raw-digest'
import { slugify } from './slug'
import { topicKey } from './topics'

// No word that is a label of the format (Key, Points, Details, Top, Podcast,
// Previous, Digests) or a month name, so generated lines stay what they are.
const NAMES = [
  'Alpha',
  'Bravo',
  'Cedar',
  'Delta',
  'Ember',
  'Falcon',
  'Granite',
  'Harbor',
  'Indigo',
  'Juniper',
  'Kestrel',
  'Lumen',
  'DeepSeek',
  'OpenAI',
  'China',
  'Nvidia',
  'Reeves',
]
const WORDS = [
  'model',
  'cost',
  'growth',
  'talk',
  'men',
  'policy',
  'data',
  'chips',
  'market',
  'risk',
  'future',
  'labor',
  'story',
  'the',
  'of',
  'and',
  'with',
  '$6',
  '40%',
  '(e.g.',
  'million)',
  "it's",
  'H100s',
  'vs.',
]
const EMOJI = ['🌍', '💡', '🔥', '⚖️', '🇨🇳', '🏛️', '📚', '💰', '🧠', '👩‍💻']

const name = fc.constantFrom(...NAMES)
const word = fc.oneof(name, fc.constantFrom(...WORDS))

/** "Alpha Bravo" style: capitalised names, 1-3 words. */
const properName = fc.array(name, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '))

/** A one-line sentence: starts with a name, ends with a period. */
const sentence = fc
  .tuple(name, fc.array(word, { minLength: 1, maxLength: 12 }))
  .map(([first, rest]) => `${first} ${rest.join(' ')}.`)

const text = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '))

/** A title: words, sometimes with " - " inside ("Part 1 - The Start"). */
const title = fc
  .tuple(properName, fc.array(word, { maxLength: 5 }), fc.option(properName, { nil: undefined }))
  .map(([head, rest, tail]) => [head, ...rest].join(' ') + (tail ? ` - ${tail}` : ''))

const bullets = fc.array(text, { maxLength: 4 })
const emoji = fc.option(fc.constantFrom(...EMOJI), { nil: null })

const subsectionContent = fc.record({
  emoji,
  title: fc.oneof({ weight: 9, arbitrary: title }, { weight: 1, arbitrary: fc.constant('') }),
  bullets,
})

const sectionContent = fc.record({
  heading: subsectionContent,
  subsections: fc.array(subsectionContent, { maxLength: 2 }),
})

const episodeContent = fc.record({
  podcast: properName,
  summary: text,
  keyPoints: bullets,
  sections: fc.array(sectionContent, { maxLength: 5 }),
})

const date = fc
  .record({
    year: fc.integer({ min: 1990, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => isoDate(year, month, day))

/** Valid digests: unique episode titles, ASCII-safe text, sections numbered 1..N. */
export const digestArbitrary: fc.Arbitrary<Digest> = fc
  .record({
    site: fc.constantFrom('Digestly', 'Podsum', 'Brief'),
    date,
    title: fc
      .tuple(title, fc.option(fc.constantFrom('🎙️🌍', '🔥'), { nil: undefined }))
      .map(([t, e]) => (e ? `${t} ${e}` : t)),
    episodes: fc.array(episodeContent, { maxLength: 4 }),
    titles: fc.uniqueArray(title, { minLength: 4, maxLength: 4, selector: (t) => slugify(t) }),
    /** Which episodes have a Top Podcast line, and extra lines no episode matches. */
    listed: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    unmatched: fc.array(fc.tuple(fc.constantFrom('Solo Hour', 'Quiet Radio'), sentence), {
      maxLength: 1,
    }),
  })
  .map((c) => {
    const episodes: RawEpisode[] = c.episodes.map((e, i) => ({
      line: 1,
      podcast: e.podcast,
      title: c.titles[i] ?? `Episode ${i}`,
      summary: e.summary,
      keyPoints: e.keyPoints,
      sections: e.sections.map(
        (s, n): RawSection => ({
          ...raw(s.heading, `${n + 1}`),
          subsections: s.subsections.map((sub, m) => raw(sub, `${n + 1}.${m + 1}`)),
        }),
      ),
    }))
    const podcastKeys = new Set(episodes.map((e) => topicKey(e.podcast)))
    const topPodcasts: RawTopPodcast[] = [
      ...episodes
        .filter((_, i) => c.listed[i])
        .map((e) => ({ line: 1, podcast: e.podcast, oneLine: `About ${e.title}.` })),
      ...c.unmatched
        .filter(([p]) => !podcastKeys.has(topicKey(p)))
        .map(([podcast, oneLine]) => ({ line: 1, podcast, oneLine })),
    ]
    const rawDigest: RawDigest = {
      site: c.site,
      date: c.date,
      title: c.title,
      topPodcasts,
      episodes,
    }
    return assembleDigest(rawDigest, 'generated.txt').digest
  })

function raw(
  s: { emoji: string | null; title: string; bullets: string[] },
  number: string,
): RawSubsection {
  return { line: 1, number, emoji: s.emoji, title: s.title, bullets: s.bullets }
}
