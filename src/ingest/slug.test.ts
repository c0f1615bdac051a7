import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { slug as slugSchema } from '../schema/digest'
import { podcastSlug, SlugNamespace, slugify, slugText, uniqueSlug } from './slug'

describe('slugify', () => {
  it('memoises: the same as slugText, whichever fallback, however often', () => {
    const text = fc.oneof(
      fc.constantFrom('', '🔍', 'Café Ørsted', 'All-In Podcast', 'Key Points', '北京'),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom('section', 'podcast', 'x'))), (calls) => {
        for (const [t, fallback] of calls)
          expect(slugify(t, fallback)).toBe(slugText(t) || fallback)
      }),
      { numRuns: 3000 },
    )
  })

  it('makes lower-case ASCII words joined by dashes', () => {
    expect(slugify('AI Czar David Sacks Explains the DeepSeek Freak Out')).toBe(
      'ai-czar-david-sacks-explains-the-deepseek-freak-out',
    )
  })

  it('drops emoji, punctuation and apostrophes without splitting words', () => {
    expect(slugify('The $6 Million Myth Debunked 💰')).toBe('the-6-million-myth-debunked')
    expect(slugify('“Men Aren’t Seen As Having Problems”')).toBe(
      'men-arent-seen-as-having-problems',
    )
    expect(slugify("China's Leap")).toBe('chinas-leap')
  })

  it('transliterates accented letters', () => {
    expect(slugify('Café Ørsted Straße Łódź Æsir')).toBe('cafe-orsted-strasse-lodz-aesir')
  })

  it('is never empty', () => {
    expect(slugify('🇨🇳 💰')).toBe('section')
    expect(slugify('', 'episode')).toBe('episode')
    expect(slugify('北京')).toBe('section')
  })

  it('cuts long titles at a word boundary, at most 80 characters', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('word')).toBe(true)
    expect(slugify('x'.repeat(200))).toHaveLength(80)
  })
})

describe('uniqueSlug', () => {
  it('adds -2, -3... to taken slugs and claims the result', () => {
    const taken = new Set<string>()
    expect(uniqueSlug('intro', taken)).toBe('intro')
    expect(uniqueSlug('intro', taken)).toBe('intro-2')
    expect(uniqueSlug('intro', taken)).toBe('intro-3')
    expect(taken).toEqual(new Set(['intro', 'intro-2', 'intro-3']))
  })

  it('skips suffixes a real title already took', () => {
    const taken = new Set(['intro', 'intro-2'])
    expect(uniqueSlug('intro', taken)).toBe('intro-3')
  })

  it('numbers thousands of identical titles in order', () => {
    const ids = new SlugNamespace()
    let last = ''
    for (let i = 0; i < 20_000; i++) last = ids.claim('section')
    expect(last).toBe('section-20000')
  })
})

describe('podcastSlug', () => {
  it('is the name slug when it keeps a Latin letter', () => {
    expect(podcastSlug('All-In Podcast')).toBe('all-in-podcast')
    expect(podcastSlug('Café Ørsted')).toBe('cafe-orsted')
    expect(podcastSlug('')).toBe('podcast')
  })

  it('tells names without Latin letters apart, the same name always alike', () => {
    const names = ['Ελληνικά Νέα', '日本のニュース', '🎙️', 'Новости 24', 'Новости 25']
    const slugs = names.map(podcastSlug)
    expect(new Set(slugs).size).toBe(names.length)
    for (const s of slugs) expect(v.is(slugSchema, s)).toBe(true)
    expect(podcastSlug(' Ελληνικά  Νέα ')).toBe(slugs[0])
    expect(slugs[3]).toMatch(/^24-[a-z0-9]+$/)
  })
})
