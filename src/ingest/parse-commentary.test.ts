import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { type Block, postSchema } from '../schema/post'
import { parseCommentary } from './parse-commentary'

const SEED = readFileSync(
  new URL('../../content/003_fc9397579f5605f8.txt', import.meta.url),
  'utf8',
)

const para = (text: string, label: string | null = null): Block => ({
  type: 'paragraph',
  text,
  label,
})

describe('parseCommentary: the seed post', () => {
  const { post, issues } = parseCommentary(SEED, 'post.txt')

  it('validates against the schema and has no warnings', () => {
    expect(v.parse(postSchema, post)).toEqual(post)
    expect(issues).toEqual([])
  })

  it('takes the short opening line as the title', () => {
    expect(post.title).toBe(
      'More on why tariffs won’t work and why US consumers will be financially repressed.',
    )
    expect(post.slug).toBe(
      'more-on-why-tariffs-wont-work-and-why-us-consumers-will-be-financially-repressed',
    )
    expect(post.date).toBeNull()
    expect(post.relatedEpisodes).toEqual([])
  })

  it("keeps the author's paragraph before the quote, with the intro moved to the quote", () => {
    expect(post.blocks[0]).toEqual(
      para(
        'Yes, China is taking the lead in AI. Whether China lied about the cost or worked around the export restrictions doesn’t matter. Their code is better. Keep in mind that the Chinese labor force is about four times the size of America’s and is highly educated for the most part.',
      ),
    )
  })

  it("quotes Grok's four paragraphs, two of them labelled", () => {
    const quote = post.blocks[1]
    if (quote?.type !== 'quote') throw new Error('expected a quote')
    expect(quote.source).toBe('Grok')
    expect(quote.intro).toBe('Here’s what Grok has to say.')
    expect(quote.blocks).toHaveLength(4)
    const paragraphs = quote.blocks.map((b) => {
      if (b.type !== 'paragraph') throw new Error(`expected paragraphs, got a ${b.type}`)
      return b
    })
    expect(paragraphs.map((b) => b.label)).toEqual([
      null,
      'Replication in Reality or Simulation',
      'Claims Regarding Cost',
      null,
    ])
    expect(paragraphs[0]?.text).toMatch(/^The replication of DeepSeek's development process/)
    expect(paragraphs[1]?.text).toMatch(/^There has been a notable initiative called "Open R1"/)
    expect(paragraphs[2]?.text).toMatch(/^DeepSeek has claimed/)
    expect(paragraphs[3]?.text).toMatch(/^In summary, /)
  })

  it("ends the quote where the author's voice resumes", () => {
    expect(post.blocks.slice(2)).toEqual([
      para(
        'Here’s “Inside China Business” on Chinese universities and where their best students want to work. It’s not longer the US.',
      ),
      para('Pray for peace!'),
    ])
  })

  it('lists topics by frequency, DeepSeek first', () => {
    expect(post.topics[0]).toBe('DeepSeek')
    expect(post.topics).toEqual(expect.arrayContaining(['China', 'OpenAI', 'Grok']))
  })
})

describe('parseCommentary: other layouts', () => {
  it('uses the first sentence of a long opening paragraph as the title and keeps the paragraph', () => {
    const opening =
      `Tariffs are a tax on consumers. ${'They raise prices for everyone who buys imported goods. '.repeat(4)}`.trim()
    const { post } = parseCommentary(`${opening}\nSecond paragraph.\n`, 'p.txt')
    expect(post.title).toBe('Tariffs are a tax on consumers.')
    expect(post.blocks).toEqual([para(opening), para('Second paragraph.')])
  })

  it('cuts a first sentence too long for a title to 140 characters, the ellipsis included', () => {
    const word = 'Supercalifragilistic'.repeat(10)
    const { post } = parseCommentary(`${word} is long. Second sentence.\nMore.\n`, 'p.txt')
    expect(post.title).toBe(`${word.slice(0, 139)}…`)
  })

  it('reads a stated date', () => {
    const { post } = parseCommentary(
      'On tariffs\n\nFebruary 3, 2025\n\nThey will not work.\n',
      'p.txt',
    )
    expect(post).toMatchObject({
      title: 'On tariffs',
      date: '2025-02-03',
      blocks: [para('They will not work.')],
    })
  })

  it('reads a date on the line under the title, in a post of wrapped paragraphs', () => {
    // Joined as a wrapped line, the date was lost in the title (and the slug).
    const text = 'On tariffs\nFeb 5, 2025\n\nThey will not\nwork at all.\n'
    expect(parseCommentary(text, 'p.txt').post).toMatchObject({
      title: 'On tariffs',
      slug: 'on-tariffs',
      date: '2025-02-05',
      blocks: [para('They will not work at all.')],
    })
  })

  it('joins hard-wrapped lines of blank-line-separated paragraphs', () => {
    const text =
      'Title here\n\nThis paragraph was wrapped\nby an editor at a short width\nand goes on.\n\nSecond one.\n'
    expect(parseCommentary(text, 'p.txt').post.blocks).toEqual([
      para('This paragraph was wrapped by an editor at a short width and goes on.'),
      para('Second one.'),
    ])
  })

  it('recognises "According to ChatGPT:" and a standalone intro paragraph', () => {
    const text = [
      'Costs',
      'I wondered about the cost.',
      'According to ChatGPT:',
      'Training Cost: The final run was cheap compared with the total investment in hardware and staff over the years.',
      'Other Costs: Research, data and failed runs add up to far more than the headline number that was reported.',
      'I am not convinced.',
    ].join('\n')
    const { post } = parseCommentary(text, 'p.txt')
    expect(post.blocks).toEqual([
      para('I wondered about the cost.'),
      {
        type: 'quote',
        source: 'ChatGPT',
        intro: 'According to ChatGPT:',
        blocks: [
          para(
            'The final run was cheap compared with the total investment in hardware and staff over the years.',
            'Training Cost',
          ),
          para(
            'Research, data and failed runs add up to far more than the headline number that was reported.',
            'Other Costs',
          ),
        ],
      },
      para('I am not convinced.'),
    ])
  })

  it('recognises "X says:" and "I asked Claude ... Here is its answer."', () => {
    const says = parseCommentary(
      'T\nGemini says:\nThe answer is long enough to be an answer.\n',
      'p.txt',
    ).post
    expect(says.blocks[0]).toMatchObject({ type: 'quote', source: 'Gemini', intro: 'Gemini says:' })
    const asked = parseCommentary(
      'T\nI asked Claude about chips. Here is its answer.\nChips are made in Taiwan.\n',
      'p.txt',
    ).post
    expect(asked.blocks[0]).toMatchObject({
      type: 'quote',
      source: 'Claude',
      intro: 'I asked Claude about chips. Here is its answer.',
      blocks: [para('Chips are made in Taiwan.')],
    })
  })

  it('keeps an answer that speaks of itself as an AI inside the quote, and ends it at the author', () => {
    const text = [
      'Chips',
      'Here’s what Grok has to say.',
      'Export controls on advanced chips have slowed some labs, though smuggling and cloud rentals blunt them.',
      'As of my last update, I don’t have figures for this year, so the picture may have changed since.',
      'As an AI, I have no personal opinion on the policy, but the evidence points both ways for now.',
      'I think that settles it for me.',
    ].join('\n')
    const { post } = parseCommentary(text, 'p.txt')
    expect(post.blocks).toEqual([
      {
        type: 'quote',
        source: 'Grok',
        intro: 'Here’s what Grok has to say.',
        blocks: [
          para(
            'Export controls on advanced chips have slowed some labs, though smuggling and cloud rentals blunt them.',
          ),
          para(
            'As of my last update, I don’t have figures for this year, so the picture may have changed since.',
          ),
          para(
            'As an AI, I have no personal opinion on the policy, but the evidence points both ways for now.',
          ),
        ],
      },
      para('I think that settles it for me.'),
    ])
  })

  it('warns when an intro is followed by the author, not an answer', () => {
    const { post, issues } = parseCommentary(
      'T\nHere’s what Grok has to say.\nPray for peace!\n',
      'p.txt',
    )
    expect(post.blocks).toEqual([para('Here’s what Grok has to say.'), para('Pray for peace!')])
    expect(issues).toMatchObject([{ code: 'quote-without-answer', line: 2 }])
  })

  it('warns about a post with only a title', () => {
    expect(parseCommentary('Just a title\n', 'p.txt').issues).toMatchObject([
      { code: 'empty-post', line: 1 },
    ])
  })
})

describe('parseCommentary: scale', () => {
  // Correctness on large input only: timings belong in `npm run bench`.
  it('reads 1 MB paragraphs, inside and outside a quote', () => {
    const huge = `${'Deep Seek builds models at low cost. '.repeat(28_000)}end`
    const text = `Title\nHere’s what Grok has to say.\n${huge}\nClaims Regarding Cost: ${huge}\nI disagree: ${huge}\n`
    const { post } = parseCommentary(text, 'big.txt')
    expect(post.blocks).toHaveLength(2)
    expect(post.blocks[0]).toMatchObject({ type: 'quote', source: 'Grok' })
    expect(post.blocks[1]).toEqual(para(`I disagree: ${huge}`))
    expect(post.topics).toEqual(['Deep Seek', 'Grok'])
  })

  it('reads a 1 MB heading line and list item, runs of spaces and all', () => {
    // A heading's closing marks were found by a regex that backtracked over
    // a run of spaces: 2.5 s for 40,000 of them.
    const spaces = ' '.repeat(1_000_000)
    const text = `Title

# A${spaces}B

- C${spaces}D
`
    const { post } = parseCommentary(text, 'big.txt')
    expect(post.blocks).toEqual([
      { type: 'heading', text: `A${spaces}B`, id: 'a-b' },
      { type: 'list', ordered: false, start: 1, items: [`C${spaces}D`] },
    ])
  })
})

// The seed post with Grok's answer laid out as assistants often lay theirs
// out: a lead-in, a list, a heading. Before, the list's short lines ended the
// quote (the rest of the answer read as the author's), and blank-line
// separated items were joined into one paragraph, markers and all.
describe('parseCommentary: an answer with lists and headings', () => {
  const lines = SEED.split('\n')
  const at = (start: string) => lines.findIndex((line) => line.startsWith(start))
  const opening = lines.slice(0, at('The replication of') + 1)
  const labelled = lines.slice(at('Replication in Reality'), at('In summary') + 1)
  const after = lines.slice(at('Here’s “Inside'))

  function answerOf(text: string) {
    const { post } = parseCommentary(text, 'post.txt')
    expect(v.parse(postSchema, post)).toEqual(post)
    const quotes = post.blocks.filter((block) => block.type === 'quote')
    expect(quotes).toHaveLength(1)
    // The author's voice resumes where it did in the seed, and only there.
    expect(post.blocks.at(-2)).toMatchObject({
      type: 'paragraph',
      text: expect.stringMatching(/^Here’s “Inside/),
    })
    return quotes[0]?.type === 'quote' ? quotes[0].blocks : []
  }

  it('keeps a lead-in and its bulleted list, one item a line, inside the quote', () => {
    const text = [
      ...opening,
      '',
      'Key innovations credited for the low cost:',
      '',
      '- Multi-head Latent Attention',
      '- DeepSeekMoE',
      '- Reinforcement learning without SFT',
      '',
      ...labelled,
      ...after,
    ].join('\n')
    const blocks = answerOf(text)
    expect(blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    expect(blocks[2]).toEqual({
      type: 'list',
      ordered: false,
      start: 1,
      items: ['Multi-head Latent Attention', 'DeepSeekMoE', 'Reinforcement learning without SFT'],
    })
  })

  it('reads numbered points as an ordered list, and "### …" as a heading, all in the answer', () => {
    const [first = '', second = ''] = labelled
    const text = [
      ...opening,
      'The main points are as follows:',
      `1. ${first}`,
      `2. ${second}`,
      '### What remains open',
      'Independent replication of the full training run has not been published.',
      labelled.at(-1) ?? '',
      ...after,
    ].join('\n')
    const blocks = answerOf(text)
    expect(blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'list',
      'heading',
      'paragraph',
      'paragraph',
    ])
    expect(blocks[2]).toMatchObject({ ordered: true, start: 1, items: [first, second] })
    expect(blocks[3]).toEqual({
      type: 'heading',
      text: 'What remains open',
      id: 'what-remains-open',
    })
  })

  it("lays out the author's own list too, outside any quote", () => {
    const { post } = parseCommentary(
      [
        'Three reasons tariffs fail',
        '',
        'In short:',
        '',
        '- Prices rise.',
        '- Trade moves.',
        '- Jobs stay.',
      ].join('\n'),
      'post.txt',
    )
    expect(post.blocks).toEqual([
      { type: 'paragraph', text: 'In short:', label: null },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: ['Prices rise.', 'Trade moves.', 'Jobs stay.'],
      },
    ])
  })
})

// A reader links to a part of a long post by its heading's anchor.
describe('parseCommentary: heading anchors', () => {
  const text = [
    'Why tariffs fail',
    '',
    '## Prices rise',
    '',
    'Importers pass the tax on. Here’s what Grok has to say.',
    '',
    '### Conclusion',
    '',
    'Consumers pay the tariff.',
    '',
    'I agree with Grok.',
    '',
    '## Conclusion',
    '',
    '## Post title',
    '',
    '## 🔍',
    '',
    'Pray for peace!',
  ].join('\n')
  const { post } = parseCommentary(text, 'post.txt')
  const headings = post.blocks.flatMap((block) =>
    (block.type === 'quote' ? block.blocks : [block]).filter((b) => b.type === 'heading'),
  )

  it('gives each heading, the author’s and the quoted answer’s, a slug of its text', () => {
    expect(v.parse(postSchema, post)).toEqual(post)
    expect(post.blocks.some((block) => block.type === 'quote')).toBe(true)
    expect(headings.map((h) => [h.text, h.id])).toEqual([
      ['Prices rise', 'prices-rise'],
      ['Conclusion', 'conclusion'],
      ['Conclusion', 'conclusion-2'],
      // Not the page's own title's id; an emoji-only heading still has one.
      ['Post title', 'post-title-2'],
      ['🔍', 'heading'],
    ])
  })

  it('gives the same anchors on a re-ingest', () => {
    expect(parseCommentary(text, 'post.txt').post).toEqual(post)
  })
})

describe('postSchema: data written before heading anchors', () => {
  it('still validates a heading without an id', () => {
    const old = {
      slug: 'old',
      title: 'Old',
      date: null,
      blocks: [{ type: 'heading', text: 'Conclusion' }],
      topics: [],
      relatedEpisodes: [],
    }
    expect(v.parse(postSchema, old)).toEqual(old)
  })
})
