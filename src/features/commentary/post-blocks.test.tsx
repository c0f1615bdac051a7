// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Block } from '../../schema/post'
import { PostBlocks } from './post-blocks'

afterEach(cleanup)

// The shape of the seed post: the author, a quoted answer with labelled parts, the author again.
const blocks: Block[] = [
  { type: 'paragraph', text: 'Yes, China is taking the lead in AI.', label: null },
  {
    type: 'quote',
    source: 'Grok',
    intro: 'Here’s what Grok has to say.',
    blocks: [
      { type: 'paragraph', text: 'The replication has been a topic of interest:', label: null },
      {
        type: 'paragraph',
        text: 'There has been a notable initiative called "Open R1".',
        label: 'Replication in Reality or Simulation',
      },
      {
        type: 'paragraph',
        text: 'DeepSeek has claimed a low cost.',
        label: 'Claims Regarding Cost',
      },
    ],
  },
  { type: 'paragraph', text: 'Pray for peace!', label: null },
]

describe('PostBlocks', () => {
  it('renders the quoted answer as a figure with a blockquote and a Grok attribution', () => {
    render(<PostBlocks blocks={blocks} />)
    const figure = screen.getByRole('figure', { name: '— Grok, as quoted by the author' })
    const quote = figure.querySelector('blockquote')
    expect(quote).not.toBeNull()
    expect(quote?.textContent).toContain('The replication has been a topic of interest:')
    expect(figure.querySelector('figcaption')?.textContent).toBe('— Grok, as quoted by the author')
    // The attribution is not part of the quoted words.
    expect(quote?.textContent).not.toContain('Grok, as quoted')
  })

  it('leads each labelled part with its label as a bold run-in heading', () => {
    render(<PostBlocks blocks={blocks} />)
    const figure = screen.getByRole('figure')
    const labels = [...figure.querySelectorAll('p > strong')].map((strong) => strong.textContent)
    expect(labels).toEqual(['Replication in Reality or Simulation:', 'Claims Regarding Cost:'])
    const cost = within(figure).getByText('Claims Regarding Cost:').closest('p')
    expect(cost?.textContent).toBe('Claims Regarding Cost: DeepSeek has claimed a low cost.')
    // An unlabelled paragraph has no run-in heading.
    const plain = within(figure).getByText('The replication has been a topic of interest:')
    expect(plain.querySelector('strong')).toBeNull()
  })

  it('keeps the intro and the author’s paragraphs outside the quote, in order', () => {
    const { container } = render(<PostBlocks blocks={blocks} />)
    const figure = screen.getByRole('figure')
    const intro = screen.getByText('Here’s what Grok has to say.')
    const after = screen.getByText('Pray for peace!')
    for (const paragraph of [intro, after, screen.getByText(/China is taking the lead/)]) {
      expect(figure.contains(paragraph)).toBe(false)
    }
    const order = [...container.querySelectorAll(':scope > div > *')].map((el) => el.tagName)
    expect(order).toEqual(['P', 'P', 'FIGURE', 'P'])
    expect(intro.nextElementSibling).toBe(figure)
  })

  it('never doubles a colon the label already has, and shows a quote without an intro', () => {
    render(
      <PostBlocks
        blocks={[
          {
            type: 'quote',
            source: 'ChatGPT',
            intro: null,
            blocks: [{ type: 'paragraph', text: 'Text.', label: 'Summary:' }],
          },
        ]}
      />,
    )
    expect(screen.getByText('Summary:').tagName).toBe('STRONG')
    expect(screen.getByRole('figure', { name: '— ChatGPT, as quoted by the author' })).toBeTruthy()
  })

  it('renders markup in the text as text', () => {
    const { container } = render(
      <PostBlocks
        blocks={[{ type: 'paragraph', text: '<img src=x onerror=alert(1)>', label: null }]}
      />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy()
  })
})

describe('PostBlocks with lists and headings', () => {
  const laidOut: Block[] = [
    { type: 'heading', text: 'Why it matters' },
    {
      type: 'quote',
      source: 'Grok',
      intro: 'Here’s what Grok has to say.',
      blocks: [
        { type: 'paragraph', text: 'The main points are as follows:', label: null },
        { type: 'list', ordered: true, start: 3, items: ['Replication.', 'Cost.'] },
        { type: 'heading', text: 'What remains open' },
        { type: 'list', ordered: false, start: 1, items: ['Training data.'] },
      ],
    },
  ]

  it('shows the answer’s lists and headings as lists and headings, inside the quote', () => {
    render(<PostBlocks blocks={laidOut} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Why it matters' })).toBeDefined()
    const figure = screen.getByRole('figure', { name: '— Grok, as quoted by the author' })
    const [numbered, bulleted] = within(figure).getAllByRole('list')
    expect(numbered?.tagName).toBe('OL')
    // Numbered from where the answer's numbers started.
    expect(numbered?.getAttribute('start')).toBe('3')
    expect(
      within(numbered as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Replication.', 'Cost.'])
    expect(bulleted?.tagName).toBe('UL')
    expect(
      within(figure).getByRole('heading', { level: 3, name: 'What remains open' }),
    ).toBeDefined()
  })
})

describe('PostBlocks with web addresses', () => {
  it('links the addresses in the author’s text and in a quoted answer, and only those', () => {
    render(
      <PostBlocks
        blocks={[
          {
            type: 'paragraph',
            text: 'Here’s the interview: https://www.youtube.com/watch?v=dQw4w9WgXcQ.',
            label: null,
          },
          {
            type: 'quote',
            source: 'Grok',
            intro: null,
            blocks: [
              {
                type: 'list',
                ordered: false,
                start: 1,
                items: ['Source: https://huggingface.co/blog/open-r1 (Hugging Face)'],
              },
            ],
          },
        ]}
      />,
    )
    const links = screen.getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://huggingface.co/blog/open-r1',
    ])
    expect(links[0]?.textContent).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
    // The sentence reads as before around the link.
    expect(links[0]?.closest('p')?.textContent).toBe(
      'Here’s the interview: https://www.youtube.com/watch?v=dQw4w9WgXcQ.',
    )
    // An address quoted from an answer stays inside the quote.
    expect(screen.getByRole('figure').contains(links[1] as HTMLElement)).toBe(true)
  })
})

describe('PostBlocks with headings', () => {
  it('names each heading’s copy-link button, telling apart headings with one text', () => {
    render(
      <PostBlocks
        slug="headed"
        blocks={[
          { type: 'heading', text: 'Conclusion', id: 'conclusion' },
          {
            type: 'quote',
            source: 'Grok',
            intro: null,
            blocks: [{ type: 'heading', text: 'Conclusion', id: 'conclusion-2' }],
          },
          { type: 'heading', text: 'Prices rise', id: 'prices-rise' },
          { type: 'heading', text: 'Conclusion', id: 'conclusion-3' },
        ]}
      />,
    )
    const names = screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))
    expect(names).toEqual([
      'Copy link to “Conclusion” (1 of 3)',
      'Copy link to “Conclusion” (2 of 3)',
      'Copy link to “Prices rise”',
      'Copy link to “Conclusion” (3 of 3)',
    ])
  })
})
