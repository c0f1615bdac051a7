import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Digest } from '../schema/digest'
import { digestArbitrary } from './digest-arbitrary'
import { IngestError } from './ingest-error'
import { parseDocument } from './parse-document'
import { renderDigest } from './render-digest'

// Extends parse-document.property.test.ts (never an unlocated error; the
// round trip) to what a hostile or careless document does: other line
// endings and a BOM, markup and script URLs kept verbatim as text, hidden
// bidi and zero-width characters removed with a warning on the right line,
// and every warning pointing at a line that exists.

const OPTIONS = { today: '2100-12-31' }
const encode = (s: string): Uint8Array => new TextEncoder().encode(s)
const parseDigest = (text: string | Uint8Array) => {
  const parsed = parseDocument(
    typeof text === 'string' ? encode(text) : text,
    'hostile.txt',
    OPTIONS,
  )
  if (parsed.kind !== 'digest') throw new Error(`parsed as ${parsed.kind}`)
  return parsed
}

/** Every bullet of every section and sub-section, changed by `f` (bullets feed no derived field). */
function mapBullets(digest: Digest, f: (bullet: string) => string): Digest {
  return {
    ...digest,
    episodes: digest.episodes.map((episode) => ({
      ...episode,
      sections: episode.sections.map((section) => ({
        ...section,
        bullets: section.bullets.map(f),
        subsections: section.subsections.map((sub) => ({ ...sub, bullets: sub.bullets.map(f) })),
      })),
    })),
  }
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '&amp; &lt;b&gt; &#x41; &nbsp;',
  '{{constructor.constructor("alert(1)")()}}',
  `Pneumono${'ultramicroscopic'.repeat(200)}`,
]

describe('line endings and byte order marks', () => {
  it('CRLF, a BOM, or both: the same digest as LF, with no warning for CRLF', () => {
    fc.assert(
      fc.property(digestArbitrary, fc.boolean(), (digest, bom) => {
        const text = renderDigest(digest).replace(/\n/g, '\r\n')
        const parsed = parseDigest(bom ? `\uFEFF${text}` : text)
        expect(parsed.digest).toEqual(digest)
        expect(parsed.issues.filter((i) => i.code === 'line-endings')).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  it('lone CR (old Mac files): the same digest, with one located warning', () => {
    fc.assert(
      fc.property(digestArbitrary, (digest) => {
        const parsed = parseDigest(renderDigest(digest).replace(/\n/g, '\r'))
        expect(parsed.digest).toEqual(digest)
        expect(parsed.issues.filter((i) => i.code === 'line-endings')).toMatchObject([{ line: 1 }])
      }),
      { numRuns: 100 },
    )
  })
})

describe('hostile text', () => {
  it('markup, script and data URLs, entities and endless words are kept verbatim, as text', () => {
    const withBullets = digestArbitrary.filter((d) =>
      d.episodes.some((e) => e.sections.some((s) => s.bullets.length > 0)),
    )
    fc.assert(
      fc.property(withBullets, fc.constantFrom(...HOSTILE), (digest, token) => {
        const expected = mapBullets(digest, (bullet) => `${bullet} ${token}`)
        const parsed = parseDigest(renderDigest(expected))
        expect(parsed.digest).toEqual(expected)
      }),
      { numRuns: 150 },
    )
  })

  it('bidi overrides and zero-width characters anywhere are removed, with a warning on their line', () => {
    const hidden = fc.constantFrom('\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u2060')
    fc.assert(
      fc.property(digestArbitrary, hidden, fc.nat(), (digest, char, at) => {
        const text = renderDigest(digest)
        // Anywhere but the very start (there U+FEFF would be a BOM) and never
        // inside a surrogate pair (that would break the emoji for good).
        let i = 1 + (at % (text.length - 1))
        if (/[\uDC00-\uDFFF]/.test(text[i] ?? '')) i -= 1
        const dirty = `${text.slice(0, i)}${char}${text.slice(i)}`
        const parsed = parseDigest(dirty)
        expect(parsed.digest).toEqual(digest)
        const line = text.slice(0, i).split('\n').length
        expect(
          parsed.issues.filter((issue) => issue.code === 'invisible-characters'),
        ).toMatchObject([{ line, severity: 'warning', file: 'hostile.txt' }])
      }),
      { numRuns: 200 },
    )
  })
})

describe('locations', () => {
  const seed = readFileSync(
    new URL('../../content/000_56be99a494d8df3b.txt', import.meta.url),
    'utf8',
  ).split('\n')

  it('every warning and error of a damaged digest names this file and a line it has', () => {
    // The seed with lines dropped, repeated and swapped.
    const damaged = fc
      .array(fc.nat(seed.length - 1), { minLength: 1, maxLength: seed.length + 10 })
      .map((picks) => picks.map((n) => seed[n] ?? '').join('\n'))
    fc.assert(
      fc.property(damaged, (text) => {
        const lines = text.split('\n').length
        try {
          const parsed = parseDocument(encode(text), 'damaged.txt', OPTIONS)
          for (const issue of parsed.issues) {
            expect(issue.file).toBe('damaged.txt')
            expect(issue.line).toBeGreaterThanOrEqual(1)
            expect(issue.line).toBeLessThanOrEqual(lines)
          }
        } catch (error) {
          if (!(error instanceof IngestError)) throw error
          expect(error.code).not.toBe('internal')
          expect(error.file).toBe('damaged.txt')
          expect(error.line).toBeGreaterThanOrEqual(1)
          expect(error.line).toBeLessThanOrEqual(lines)
          expect(error.message.startsWith(`damaged.txt:${error.line}`)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
