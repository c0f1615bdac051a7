import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { digestSchema } from '../schema/digest'
import type { Issue } from '../schema/report'
import { IngestError } from './ingest-error'
import { parseDigest } from './parse-digest'

const FILE = 'd.txt'
const parse = (text: string, today = '2030-01-01') => parseDigest(text, { file: FILE, today })

function episode(podcast: string, title: string, details = SECTIONS): string {
  return `${podcast} - ${title}

A summary of ${title}.

Key Points:

  • First point.
  • Second point.

Details:

${details}`
}

const SECTIONS = `1. 🌍 One

  • Bullet one.

2. 💡 Two

  • Bullet two.
`

/**
 * A digest's text, ended by its "Previous Digests" trailer as the newsletter
 * is unless `cut` (a file cut short: cut-short.ts checks its end).
 */
function digestText(
  body: string,
  top = 'Top Podcast\nAlpha Show: About alpha.\nBeta Cast: About beta.\n',
  { cut = false } = {},
): string {
  return `Digestly

Feb 3, 2025

A Day of Talks 🎙️

${top}
${body}${cut ? '' : '\nPrevious Digests\n'}`
}

const TWO = `${episode('Alpha Show', 'First Episode')}\n${episode('Beta Cast', 'Second Episode')}`

/** [code, line] of each issue, in order. */
const codes = (issues: Issue[]): [string, number][] => issues.map((i) => [i.code, i.line])

function thrown(fn: () => unknown): IngestError {
  try {
    fn()
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
  throw new Error('expected an IngestError')
}

/** Line number (1-based) of the first line equal to `line`, trimmed. */
const lineOf = (text: string, line: string): number =>
  text.split('\n').findIndex((l) => l.trim() === line) + 1

describe('parseDigest: a well-formed digest', () => {
  const { digest, issues } = parse(digestText(TWO))

  it('reads the header, episodes and sections without warnings', () => {
    expect(issues).toEqual([])
    expect(v.parse(digestSchema, digest)).toEqual(digest)
    expect(digest).toMatchObject({
      site: 'Digestly',
      date: '2025-02-03',
      title: 'A Day of Talks 🎙️',
    })
    expect(digest.episodes.map((e) => [e.podcast, e.title, e.slug])).toEqual([
      ['Alpha Show', 'First Episode', 'first-episode'],
      ['Beta Cast', 'Second Episode', 'second-episode'],
    ])
    expect(
      digest.episodes[0]?.sections.map((s) => [s.number, s.emoji, s.title, s.id, s.bullets]),
    ).toEqual([
      ['1', '🌍', 'One', 'one', ['Bullet one.']],
      ['2', '💡', 'Two', 'two', ['Bullet two.']],
    ])
  })

  it('matches each Top Podcast line to its episode', () => {
    expect(digest.topPodcasts).toEqual([
      {
        podcast: 'Alpha Show',
        podcastSlug: 'alpha-show',
        oneLine: 'About alpha.',
        episodeSlug: 'first-episode',
      },
      {
        podcast: 'Beta Cast',
        podcastSlug: 'beta-cast',
        oneLine: 'About beta.',
        episodeSlug: 'second-episode',
      },
    ])
    expect(digest.episodes.map((e) => e.oneLine)).toEqual(['About alpha.', 'About beta.'])
  })
})

describe('parseDigest: header', () => {
  it('accepts "February 3, 2025" and "2025-02-03"', () => {
    expect(parse(digestText(TWO).replace('Feb 3, 2025', 'February 3, 2025')).digest.date).toBe(
      '2025-02-03',
    )
    expect(parse(digestText(TWO).replace('Feb 3, 2025', '2025-02-03')).digest.date).toBe(
      '2025-02-03',
    )
  })

  it('fails without a date, naming the line where it was expected', () => {
    const error = thrown(() => parse(digestText(TWO).replace('Feb 3, 2025\n\n', '')))
    expect(error).toMatchObject({ code: 'missing-date', file: FILE, line: 3 })
    expect(error.message).toContain('A Day of Talks')
  })

  it('fails on an impossible date, naming its line', () => {
    const error = thrown(() => parse(digestText(TWO).replace('Feb 3', 'Feb 30')))
    expect(error).toMatchObject({ code: 'invalid-date', line: 3 })
    expect(error.message).toContain('no day 30')
  })

  it('warns about a date after today', () => {
    const { digest, issues } = parse(digestText(TWO), '2025-02-02')
    expect(digest.date).toBe('2025-02-03')
    expect(codes(issues)).toEqual([['future-date', 3]])
  })

  it('names a line the text has when it ends right after the date', () => {
    // A property test found the missing title reported on line 3 of a 2-line text.
    const { issues } = parse('Digestly\nFeb 3, 2025')
    expect(codes(issues)).toContainEqual(['missing-title', 2])
    for (const issue of issues) expect(issue.line).toBeLessThanOrEqual(2)
  })
})

describe('parseDigest: Top Podcast and episode headers', () => {
  it('splits a header whose title contains " - " at the Top Podcast name', () => {
    const text = digestText(
      episode('Alpha Show', 'Part 1 - The Beginning'),
      'Top Podcast\nAlpha Show: About alpha.\n',
    )
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.episodes[0]).toMatchObject({
      podcast: 'Alpha Show',
      title: 'Part 1 - The Beginning',
    })
  })

  it('reads Top Podcast entries separated by blank lines, and a header with a colon after them', () => {
    const text = digestText(
      `${episode('Alpha Show', 'Sam: On Models')}\n${episode('Beta Cast', 'Second Episode')}`,
      'Top Podcast\n\nAlpha Show: About alpha.\n\nBeta Cast: About beta.\n',
    )
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.topPodcasts.map((t) => t.episodeSlug)).toEqual([
      'sam-on-models',
      'second-episode',
    ])
  })

  it('joins a Top Podcast line wrapped onto the next line, flush or indented', () => {
    for (const wrap of ['\n', '\n    ']) {
      const text = digestText(
        TWO,
        `Top Podcast\nAlpha Show: About alpha, at some${wrap}length.\nBeta Cast: About beta, also${wrap}wrapped.\n`,
      )
      const { digest, issues } = parse(text)
      expect(issues).toEqual([])
      expect(digest.topPodcasts.map((t) => [t.podcast, t.oneLine, t.episodeSlug])).toEqual([
        ['Alpha Show', 'About alpha, at some length.', 'first-episode'],
        ['Beta Cast', 'About beta, also wrapped.', 'second-episode'],
      ])
      expect(digest.episodes.map((e) => e.title)).toEqual(['First Episode', 'Second Episode'])
    }
  })

  it('joins an episode header wrapped onto the next line, and keeps a summary that follows at once', () => {
    const wrapped = digestText(TWO).replace(
      'Beta Cast - Second Episode\n',
      'Beta Cast - Second Episode: A Title Long Enough\nTo Wrap Onto Two Lines\n',
    )
    const { digest, issues } = parse(wrapped)
    expect(issues).toEqual([])
    expect(digest.episodes[1]).toMatchObject({
      title: 'Second Episode: A Title Long Enough To Wrap Onto Two Lines',
      summary: 'A summary of Second Episode.',
    })
    // No blank line between header and summary: the summary is not a title.
    const tight = digestText(TWO).replace(
      'Beta Cast - Second Episode\n\nA summary',
      'Beta Cast - Second Episode\nA summary',
    )
    expect(parse(tight).digest.episodes[1]).toMatchObject({
      title: 'Second Episode',
      summary: 'A summary of Second Episode.',
    })
  })

  it('warns about a Top Podcast line no episode matches', () => {
    const text = digestText(
      TWO,
      'Top Podcast\nAlpha Show: About alpha.\nBeta Cast: About beta.\nGamma Hour: Nobody.\n',
    )
    const { digest, issues } = parse(text)
    expect(codes(issues)).toEqual([['unmatched-top-podcast', 10]])
    expect(digest.topPodcasts[2]).toMatchObject({ podcast: 'Gamma Hour', episodeSlug: null })
  })

  it('warns about an episode without a Top Podcast line, splitting at the first " - "', () => {
    const text = digestText(TWO, 'Top Podcast\nAlpha Show: About alpha.\n')
    const { digest, issues } = parse(text)
    const header = lineOf(text, 'Beta Cast - Second Episode')
    expect(codes(issues)).toEqual([
      ['episode-header-split', header],
      ['missing-top-podcast', header],
    ])
    expect(digest.episodes[1]).toMatchObject({
      podcast: 'Beta Cast',
      title: 'Second Episode',
      oneLine: null,
    })
  })

  it('gives podcasts named without Latin letters slugs of their own', () => {
    // One slug for every such name ("podcast") put two podcasts on one
    // podcast page under one of their names, and dropped the other from the list.
    const text = digestText(
      `${episode('Ελληνικά Νέα', 'First Episode')}\n${episode('日本のニュース', 'Second Episode')}`,
      'Top Podcast\nΕλληνικά Νέα: Greek news.\n日本のニュース: Japanese news.\n',
    )
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    const [greek, japanese] = digest.episodes.map((e) => e.podcastSlug)
    expect(greek).not.toBe(japanese)
    expect(digest.topPodcasts.map((t) => t.podcastSlug)).toEqual([greek, japanese])
    // Derived from the name, so the same podcast keeps its page across digests.
    const again = parse(
      digestText(episode('Ελληνικά Νέα', 'Other'), 'Top Podcast\nΕλληνικά Νέα: x\n'),
    )
    expect(again.digest.episodes[0]?.podcastSlug).toBe(greek)
  })

  it('gives duplicate episode titles distinct slugs, with a warning', () => {
    const text = digestText(
      `${episode('Alpha Show', 'Same Title')}\n${episode('Beta Cast', 'Same Title')}`,
    )
    const { digest, issues } = parse(text)
    expect(digest.episodes.map((e) => e.slug)).toEqual(['same-title', 'same-title-2'])
    expect(digest.topPodcasts.map((t) => t.episodeSlug)).toEqual(['same-title', 'same-title-2'])
    expect(codes(issues)).toEqual([
      ['duplicate-episode-title', lineOf(text, 'Beta Cast - Same Title')],
    ])
  })
})

describe('parseDigest: sections', () => {
  it('takes a keycap emoji (with or without U+FE0F) as the heading emoji, always with it', () => {
    const details = `1. 1️⃣ First Steps

  • One.

2. #️⃣ Hashtags Explained

  • Two.

3. 3⃣ Without the Selector

  • Three.

4. 10 Ways to Start

  • Four.
`
    const text = digestText(
      episode('Alpha Show', 'First Episode', details),
      'Top Podcast\nAlpha Show: About alpha.\n',
    )
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.episodes[0]?.sections.map((s) => [s.emoji, s.emojiLabel, s.title, s.id])).toEqual(
      [
        ['1️⃣', 'keycap: 1', 'First Steps', 'first-steps'],
        ['#️⃣', 'keycap: #', 'Hashtags Explained', 'hashtags-explained'],
        ['3️⃣', 'keycap: 3', 'Without the Selector', 'without-the-selector'],
        // A number that starts a title is no keycap.
        [null, null, '10 Ways to Start', '10-ways-to-start'],
      ],
    )
  })

  it('reads sub-sections, and warns about empty ones and empty sections', () => {
    const details = `1. 💰 Money

1.1. Funding and Training Costs

  • Funded.

1.2. AI Development Timelines

2. Nothing Here
`
    const text = digestText(
      episode('Alpha Show', 'First Episode', details),
      'Top Podcast\nAlpha Show: About alpha.\n',
    )
    const { digest, issues } = parse(text)
    const [section, empty] = digest.episodes[0]?.sections ?? []
    expect(section?.bullets).toEqual([])
    expect(section?.subsections.map((s) => [s.number, s.id, s.title, s.emoji, s.bullets])).toEqual([
      ['1.1', 'funding-and-training-costs', 'Funding and Training Costs', null, ['Funded.']],
      ['1.2', 'ai-development-timelines', 'AI Development Timelines', null, []],
    ])
    expect(empty).toMatchObject({ emoji: null, title: 'Nothing Here', subsections: [] })
    expect(codes(issues)).toEqual([
      ['empty-subsection', lineOf(text, '1.2. AI Development Timelines')],
      ['empty-section', lineOf(text, '2. Nothing Here')],
    ])
  })

  it('shares one id namespace between sections and sub-sections, in document order', () => {
    const details = `1. Costs\n\n  • a\n\n1.1. Costs\n\n  • b\n\n2. Costs\n\n  • c\n`
    const { digest } = parse(
      digestText(episode('Alpha Show', 'E', details), 'Top Podcast\nAlpha Show: x\n'),
    )
    const [first, second] = digest.episodes[0]?.sections ?? []
    expect([first?.id, first?.subsections[0]?.id, second?.id]).toEqual([
      'costs',
      'costs-2',
      'costs-3',
    ])
  })

  it('warns about a bullet outside any section and leaves it out', () => {
    const details = `  • Stray bullet.\n\n${SECTIONS}`
    const text = digestText(
      episode('Alpha Show', 'First Episode', details),
      'Top Podcast\nAlpha Show: About alpha.\n',
    )
    const { digest, issues } = parse(text)
    expect(codes(issues)).toEqual([['bullet-outside-section', lineOf(text, '• Stray bullet.')]])
    expect(digest.episodes[0]?.sections.flatMap((s) => s.bullets)).toEqual([
      'Bullet one.',
      'Bullet two.',
    ])
  })

  it('warns about a heading with no title', () => {
    const details = `1. 🌍\n\n  • Bullet.\n\n2.\n\n  • Other.\n`
    const text = digestText(episode('Alpha Show', 'E', details), 'Top Podcast\nAlpha Show: x\n')
    const { digest, issues } = parse(text)
    expect(codes(issues)).toEqual([
      ['heading-without-title', lineOf(text, '1. 🌍')],
      ['heading-without-title', lineOf(text, '2.')],
    ])
    expect(digest.episodes[0]?.sections.map((s) => [s.emoji, s.title, s.id])).toEqual([
      ['🌍', '', 'section'],
      [null, '', 'section-2'],
    ])
  })

  it('warns about section numbers out of order and keeps them as printed', () => {
    const details = `1. A\n\n  • a\n\n3. C\n\n  • c\n\n2. B\n\n  • b\n`
    const text = digestText(episode('Alpha Show', 'E', details), 'Top Podcast\nAlpha Show: x\n')
    const { digest, issues } = parse(text)
    expect(digest.episodes[0]?.sections.map((s) => s.number)).toEqual(['1', '3', '2'])
    expect(codes(issues)).toEqual([
      ['section-out-of-order', lineOf(text, '3. C')],
      ['section-out-of-order', lineOf(text, '2. B')],
    ])
  })

  it('accepts bullets with any indentation and joins a wrapped bullet', () => {
    const details = `1. A\n\n• flush\n      • deep\n  • wrapped\n    onto two lines\n`
    const { digest, issues } = parse(
      digestText(episode('Alpha Show', 'E', details), 'Top Podcast\nAlpha Show: x\n'),
    )
    expect(issues).toEqual([])
    expect(digest.episodes[0]?.sections[0]?.bullets).toEqual([
      'flush',
      'deep',
      'wrapped onto two lines',
    ])
  })
})

describe('parseDigest: bullets wrapped onto an indented line', () => {
  // A plain-text newsletter wraps long bullets and indents the rest under the
  // bullet's text. Such a line is the bullet's continuation even when it looks
  // like an episode header by what follows it.
  it('joins the last key point wrapped before "Details:" instead of starting an episode', () => {
    const text = digestText(TWO).replace(
      '  • Second point.\n',
      '  • Second point, which is long and\n    wraps onto a second line.\n',
    )
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.episodes.map((e) => e.title)).toEqual(['First Episode', 'Second Episode'])
    expect(digest.episodes[0]?.keyPoints).toEqual([
      'First point.',
      'Second point, which is long and wraps onto a second line.',
    ])
    expect(digest.episodes[0]?.sections.map((s) => s.title)).toEqual(['One', 'Two'])
  })

  it('joins a wrapped last bullet holding " - " instead of taking it as the next episode', () => {
    const details = `1. 🌍 One\n\n  • The cost of GPT-4 was\n    large - a big number.\n`
    const text = digestText(
      `${episode('Alpha Show', 'First Episode', details)}\n${episode('Beta Cast', 'Second Episode')}`,
    )
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.episodes.map((e) => [e.podcast, e.title])).toEqual([
      ['Alpha Show', 'First Episode'],
      ['Beta Cast', 'Second Episode'],
    ])
    expect(digest.episodes[0]?.sections[0]?.bullets).toEqual([
      'The cost of GPT-4 was large - a big number.',
    ])
  })
})

describe('parseDigest: lines that start with a number but are not headings', () => {
  it('keeps a summary that opens with a decimal number or a year, and the key points after it', () => {
    const text = digestText(TWO)
      .replace('A summary of First Episode.', '3.5 million people use open models. More.')
      .replace('A summary of Second Episode.', 'First paragraph.\n\n2024. The year it changed.')
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.episodes.map((e) => e.summary)).toEqual([
      '3.5 million people use open models. More.',
      'First paragraph.\n\n2024. The year it changed.',
    ])
    for (const e of digest.episodes) {
      expect(e.keyPoints).toEqual(['First point.', 'Second point.'])
      expect(e.sections.map((s) => s.number)).toEqual(['1', '2'])
    }
  })

  it('keeps a digest title that opens with a number, and the Top Podcast list after it', () => {
    for (const title of ['3.5 Million Listeners 🎙️', '2025. The Year of Agents']) {
      const text = digestText(TWO).replace('A Day of Talks 🎙️', title)
      const { digest, issues } = parse(text)
      expect(issues).toEqual([])
      expect(digest.title).toBe(title)
      expect(digest.topPodcasts.map((t) => t.episodeSlug)).toEqual([
        'first-episode',
        'second-episode',
      ])
      expect(digest.episodes.map((e) => e.title)).toEqual(['First Episode', 'Second Episode'])
    }
  })

  it('keeps a bullet wrapped onto an indented line that starts with a decimal number', () => {
    const details = `1. 🌍 One\n\n  • Usage grew to\n    2.5 billion requests.\n  • Next.\n`
    const text = digestText(
      episode('Alpha Show', 'E', details),
      'Top Podcast\nAlpha Show: x\n',
    ).replace('  • Second point.\n', '  • Second point, about\n    1.5 times more.\n')
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.episodes[0]?.keyPoints).toEqual([
      'First point.',
      'Second point, about 1.5 times more.',
    ])
    expect(digest.episodes[0]?.sections.map((s) => [s.number, s.bullets])).toEqual([
      ['1', ['Usage grew to 2.5 billion requests.', 'Next.']],
    ])
  })
})

describe('parseDigest: separator lines', () => {
  it('reads a rule line ("---", "* * *", "───") as a break, not as a bullet', () => {
    for (const rule of ['---', '* * *', '___', '=====', '────────']) {
      const text = digestText(
        `${episode('Alpha Show', 'First Episode')}\n${rule}\n\n${episode('Beta Cast', 'Second Episode')}`,
        `${rule}\nTop Podcast\nAlpha Show: About alpha.\nBeta Cast: About beta.\n${rule}\n`,
      )
      const { digest, issues } = parse(text)
      expect(issues).toEqual([])
      expect(digest.topPodcasts.map((t) => t.episodeSlug)).toEqual([
        'first-episode',
        'second-episode',
      ])
      expect(digest.episodes.map((e) => e.sections.flatMap((s) => s.bullets))).toEqual([
        ['Bullet one.', 'Bullet two.'],
        ['Bullet one.', 'Bullet two.'],
      ])
    }
  })
})

describe('parseDigest: no-break spaces', () => {
  // Newsletters converted from HTML carry "&nbsp;" as U+00A0 wherever the
  // layout wanted a space to hold: after a section number, around a dash.
  it('reads a heading, an episode header and a Top Podcast line spaced with U+00A0', () => {
    const text = digestText(
      TWO,
      'Top Podcast\nAlpha Show:\u00a0About alpha.\nBeta Cast: About beta.\n',
    )
      .replace('1. 🌍 One', '1.\u00a0🌍\u00a0One')
      .replace('Beta Cast - Second Episode', 'Beta Cast\u00a0-\u00a0Second Episode')
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.topPodcasts.map((t) => [t.podcast, t.oneLine, t.episodeSlug])).toEqual([
      ['Alpha Show', 'About alpha.', 'first-episode'],
      ['Beta Cast', 'About beta.', 'second-episode'],
    ])
    expect(digest.episodes.map((e) => [e.podcast, e.title])).toEqual([
      ['Alpha Show', 'First Episode'],
      ['Beta Cast', 'Second Episode'],
    ])
    expect(digest.episodes[0]?.sections.map((s) => [s.emoji, s.title, s.bullets])).toEqual([
      ['🌍', 'One', ['Bullet one.']],
      ['💡', 'Two', ['Bullet two.']],
    ])
  })
})

describe('parseDigest: truncated and incomplete episodes', () => {
  it('warns about an episode with no Details', () => {
    const first = `Alpha Show - First Episode\n\nSummary.\n\nKey Points:\n\n  • Point.\n\n`
    const text = digestText(`${first}${episode('Beta Cast', 'Second Episode')}`)
    const { digest, issues } = parse(text)
    expect(digest.episodes.map((e) => e.sections.length)).toEqual([0, 2])
    expect(codes(issues)).toEqual([['missing-details', lineOf(text, 'Alpha Show - First Episode')]])
  })

  it('warns about an episode that stops after its summary, in the middle of a digest', () => {
    const text = digestText(
      `${episode('Alpha Show', 'First Episode')}\nBeta Cast - Second Episode\n\nThe summary was cut`,
    )
    const { digest, issues } = parse(text)
    expect(digest.episodes[1]).toMatchObject({
      title: 'Second Episode',
      summary: 'The summary was cut',
      sections: [],
    })
    const header = lineOf(text, 'Beta Cast - Second Episode')
    expect(codes(issues)).toEqual([
      ['missing-key-points', header],
      ['missing-details', header],
    ])
  })

  it('refuses a file that ends in the middle of its last episode, naming its last line', () => {
    const text = digestText(
      `${episode('Alpha Show', 'First Episode')}\nBeta Cast - Second Episode\n\nThe summary was cut`,
      undefined,
      { cut: true },
    )
    expect(() => parse(text)).toThrow(
      `d.txt:${lineOf(text, 'The summary was cut')}: its last episode ("Beta Cast - Second Episode", line ${lineOf(text, 'Beta Cast - Second Episode')}) ends without the Details the others have: the file looks cut short.`,
    )
  })

  it('warns about an empty section heading in a complete digest, and refuses one that ends the file', () => {
    const body = episode('Alpha Show', 'First Episode', '1. 🌍 One\n')
    const text = digestText(body, 'Top Podcast\nAlpha Show: a\n')
    expect(codes(parse(text).issues)).toEqual([['empty-section', lineOf(text, '1. 🌍 One')]])
    const cut = digestText(body, 'Top Podcast\nAlpha Show: a\n', { cut: true })
    expect(() => parse(cut)).toThrow(/^d\.txt:\d+: the digest ends with the heading "1\. 🌍 One"/)
  })

  it('warns about a digest with a header and nothing else', () => {
    const { digest, issues } = parse('Digestly\n\nFeb 3, 2025\n\nA Title\n')
    expect(digest).toEqual({
      date: '2025-02-03',
      site: 'Digestly',
      title: 'A Title',
      topPodcasts: [],
      episodes: [],
    })
    expect(codes(issues)).toEqual([['no-episodes', 6]])
  })

  it('ignores the "Previous Digests" trailer', () => {
    const text = `${digestText(TWO)}\nPrevious Digests\nFeb 2, 2025 - Something\n• not a bullet`
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.episodes[1]?.sections[1]?.bullets).toEqual(['Bullet two.'])
  })
})

describe('parseDigest: scale', () => {
  // Timings belong in `npm run bench`, not in pass/fail tests: these check
  // that large inputs parse completely and correctly.
  it('reads 5,000 sections', () => {
    const details = Array.from(
      { length: 5000 },
      (_, i) => `${i + 1}. 🔍 Same Title\n\n  • Bullet ${i}.\n`,
    ).join('\n')
    const text = digestText(episode('Alpha Show', 'Big', details), 'Top Podcast\nAlpha Show: a\n')
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    const sections = digest.episodes[0]?.sections ?? []
    expect(sections).toHaveLength(5000)
    expect(sections[4999]).toMatchObject({
      number: '5000',
      id: 'same-title-5000',
      bullets: ['Bullet 4999.'],
    })
  })

  it('reads a 1 MB bullet and a 1 MB summary line', () => {
    const huge = `${'Deep Seek builds models. '.repeat(42_000)}end`
    const text = digestText(
      episode('Alpha Show', 'Big', `1. One\n\n  • ${huge}\n`).replace('A summary of Big.', huge),
      'Top Podcast\nAlpha Show: a\n',
    )
    expect(text.length).toBeGreaterThan(2_000_000)
    const { digest, issues } = parse(text)
    expect(issues).toEqual([])
    expect(digest.episodes[0]?.sections[0]?.bullets[0]).toBe(huge)
    expect(digest.episodes[0]?.summary).toBe(huge)
    expect(digest.episodes[0]?.topics).toEqual(['deepseek'])
  })
})
