import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digestArbitrary } from './digest-arbitrary'
import { IngestError } from './ingest-error'
import { parseDocument } from './parse-document'
import { renderDigest } from './render-digest'

const OPTIONS = { today: '2100-12-31' }
const SEED_LINES = readFileSync(
  new URL('../../content/000_56be99a494d8df3b.txt', import.meta.url),
  'utf8',
).split('\n')
const POST_LINES = readFileSync(
  new URL('../../content/003_fc9397579f5605f8.txt', import.meta.url),
  'utf8',
).split('\n')

/** Parses, and lets only a well-formed IngestError escape. */
function parseOrIngestError(bytes: Uint8Array): void {
  try {
    parseDocument(bytes, 'fuzz.txt', OPTIONS)
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError)
    if (!(error instanceof IngestError)) return
    expect(error.file).toBe('fuzz.txt')
    expect(error.line).toBeGreaterThanOrEqual(1)
    expect(Number.isInteger(error.line)).toBe(true)
    expect(error.code).not.toBe('internal')
  }
}

const encode = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('parseDocument on arbitrary input', () => {
  it('throws nothing but IngestError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) =>
        parseOrIngestError(encode(s)),
      ),
      {
        numRuns: 400,
      },
    )
  })

  it('throws nothing but IngestError on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), parseOrIngestError), { numRuns: 400 })
  })

  it('throws nothing but IngestError on mangled digests and posts', () => {
    const lines = fc.oneof(fc.constant(SEED_LINES), fc.constant(POST_LINES))
    const mangled = lines.chain((source) =>
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...source) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              '',
              'Details:',
              'Key Points:',
              'Top Podcast',
              '7.1.',
              '3. 🌍',
              '• ',
              'Feb 30, 2025',
              'Previous Digests',
            ),
          },
          { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
        ),
        { maxLength: 60 },
      ),
    )
    fc.assert(
      fc.property(mangled, (l) => parseOrIngestError(encode(l.join('\n')))),
      { numRuns: 300 },
    )
  })
})

describe('renderDigest round trip', () => {
  it('parseDocument(renderDigest(d)) equals d for valid digests', () => {
    fc.assert(
      fc.property(digestArbitrary, (digest) => {
        const parsed = parseDocument(encode(renderDigest(digest)), 'rendered.txt', OPTIONS)
        expect(parsed.kind).toBe('digest')
        if (parsed.kind === 'digest') expect(parsed.digest).toEqual(digest)
      }),
      { numRuns: 300 },
    )
  })
})
