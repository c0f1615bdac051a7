import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { endsSentence } from './cut-short'
import { parseDocument } from './parse-document'

// The seed digest and post, cut where a failed download or copy would stop.
const seedDigest = readFileSync(
  new URL('../../content/000_56be99a494d8df3b.txt', import.meta.url),
  'utf8',
)
const seedPost = readFileSync(
  new URL('../../content/003_fc9397579f5605f8.txt', import.meta.url),
  'utf8',
)

function parse(text: string) {
  return parseDocument(new TextEncoder().encode(text), 'cut.txt', { today: '2100-01-01' })
}

/** The seed's text up to the end of the first line that starts with `line` (trimmed), or `cutAfter` characters into it. */
function cutAt(text: string, line: string, cutAfter?: number): string {
  const lines = text.split('\n')
  const at = lines.findIndex((l) => l.trim().startsWith(line))
  if (at < 0) throw new Error(`no line starts with ${line}`)
  const kept = lines.slice(0, at + 1)
  if (cutAfter !== undefined) {
    const last = kept[at] ?? ''
    kept[at] = last.slice(0, last.indexOf(line) + cutAfter)
  }
  return kept.join('\n')
}

const cutShortWarnings = (text: string) =>
  parse(text).issues.filter((issue) => issue.code === 'cut-short')

describe('endsSentence', () => {
  it.each([
    'Rates have risen by 40% since 2010.',
    'Pray for peace!',
    'Is it?',
    'And so on…',
    'He said “no.”',
    'A thought (in brackets.)',
    'Pray for peace! 🙏',
    'Flags too. 🇨🇳',
    'A family. 👩‍💻',
  ])('reads %j as the end of a sentence', (line) => {
    expect(endsSentence(line)).toBe(true)
  })

  it.each([
    'Male suicide rates are four times hig',
    'Details:',
    '7.2. AI Development Timelines',
    'Rates have risen by 40%',
    'in AI (2025)',
  ])('reads %j as not the end of one', (line) => {
    expect(endsSentence(line)).toBe(false)
  })
})

describe('a digest cut short', () => {
  it('takes the whole seed, and the seed without its trailer, as complete', () => {
    expect(cutShortWarnings(seedDigest)).toEqual([])
    const withoutTrailer = seedDigest.slice(0, seedDigest.indexOf('Previous Digests'))
    expect(cutShortWarnings(withoutTrailer)).toEqual([])
  })

  it('takes a trailer written with a no-break space as the trailer', () => {
    const text = seedDigest.replace('Previous Digests', 'Previous\u00a0Digests')
    expect(text).not.toBe(seedDigest)
    expect(cutShortWarnings(text.slice(0, text.indexOf('Previous') + 20))).toEqual([])
  })

  it('is refused when it ends under a section heading, naming that line', () => {
    const text = cutAt(seedDigest, '3. ', 2)
    const line = text.split('\n').length
    expect(() => parse(text)).toThrow(
      `cut.txt:${line}: the digest ends with the heading "3." and nothing under it: the file looks cut short.`,
    )
  })

  it('is refused when it ends under a heading with only its emoji, a byte cut and repaired', () => {
    // "3. πŸ": the first two bytes of an emoji, read as ISO-8859-7; the
    // repair finds some emoji there, and the heading reads "3. 🐏".
    const text = `${cutAt(seedDigest, '• Male suicide accounts')}\n\n3. πŸ`
    expect(() => parse(text)).toThrow(
      /the digest ends with the heading "3\. .+" and nothing under it/,
    )
  })

  it('is refused when it ends with a label: Details, Key Points, Top Podcast', () => {
    expect(() => parse(cutAt(seedDigest, 'Details'))).toThrow(/the label "Details:"/)
    expect(() => parse(cutAt(seedDigest, 'Key Points'))).toThrow(/the label "Key Points:"/)
    expect(() => parse(cutAt(seedDigest, 'Top Podcast'))).toThrow(/the label "Top Podcast"/)
  })

  it('is refused when it ends inside the Top Podcast list', () => {
    expect(() => parse(cutAt(seedDigest, 'Chris Williamson:', 20))).toThrow(
      /the digest ends before its first episode/,
    )
  })

  it('is refused when its last episode stops before the Details the first one has', () => {
    const text = cutAt(seedDigest, '• Men are less likely')
    expect(() => parse(text)).toThrow(
      /its last episode \("Chris Williamson - .*", line \d+\) ends without the Details/,
    )
  })

  it('is published with a warning on its last line when that line stops mid-sentence', () => {
    const text = cutAt(seedDigest, '• Male suicide rates are four', 39)
    const line = text.split('\n').length
    expect(cutShortWarnings(text)).toEqual([
      expect.objectContaining({
        line,
        message: `the digest ends with "• Male suicide rates are four times hig", not the end of a sentence, and without its "Previous Digests" list: is the file cut short?`,
      }),
    ])
  })

  it('is published with a warning when it ends under a sub-section heading, which the format may leave empty', () => {
    const text = cutAt(seedDigest, '7.2.')
    expect(cutShortWarnings(text)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^the digest ends with the sub-section heading "7\.2\. AI Development Timelines"/,
        ),
      }),
    ])
  })
})

describe('a post cut short', () => {
  it('takes the seed post as complete', () => {
    expect(cutShortWarnings(seedPost)).toEqual([])
  })

  it('is published with a warning when its last long line stops mid-sentence', () => {
    const lines = seedPost.trimEnd().split('\n')
    const long = lines.findIndex((l) => l.length > 120)
    const text = [...lines.slice(0, long), (lines[long] ?? '').slice(0, 100)].join('\n')
    expect(cutShortWarnings(text)).toEqual([
      expect.objectContaining({
        line: long + 1,
        message: expect.stringMatching(/mid-sentence: is the file cut short\?$/),
      }),
    ])
  })

  it('is not warned of for a signature or a link at its end', () => {
    expect(cutShortWarnings(`${seedPost}\n\nAlex`)).toEqual([])
    expect(
      cutShortWarnings(
        `${seedPost}\n\nThe whole thread, with every reply and the model's answer: https://example.org/a/very/long/address/for/the/thread`,
      ),
    ).toEqual([])
  })
})
