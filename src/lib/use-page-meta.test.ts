// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_DESCRIPTION, type PageMeta, trimDescription, usePageMeta } from './use-page-meta'

function meta(key: string): string | null {
  const tag =
    document.head.querySelector(`meta[name="${key}"]`) ??
    document.head.querySelector(`meta[property="${key}"]`)
  return tag?.getAttribute('content') ?? null
}

beforeEach(() => {
  document.head.innerHTML = `<meta name="description" content="${DEFAULT_DESCRIPTION}">`
  window.history.replaceState(null, '', '/digests/2025-02-03/an-episode?x=1#section')
})
afterEach(cleanup)

describe('trimDescription', () => {
  it('keeps a short text as it is, whitespace collapsed', () => {
    expect(trimDescription('  A short\n summary. ')).toBe('A short summary.')
  })

  it('cuts a long text at a word, without trailing punctuation, with an ellipsis', () => {
    const text = `${'word '.repeat(30)}end, and more words after the limit`
    const trimmed = trimDescription(text, 40)
    expect(trimmed.length).toBeLessThanOrEqual(40)
    expect(trimmed).toMatch(/^word( word)*…$/)
  })

  it('cuts as the ingest cuts an excerpt: a word that ends where the room does is kept', () => {
    // The 40th character is the space after the eighth "word": it fits whole.
    const text = `${'word '.repeat(8)}and more`
    expect(trimDescription(text, 40)).toBe(`${'word '.repeat(7)}word…`)
    // A sentence that ends is not left with its "!" before the ellipsis.
    expect(trimDescription(`${'word '.repeat(7)}word! And more after it`, 41)).toBe(
      `${'word '.repeat(7)}word…`,
    )
  })
})

describe('usePageMeta', () => {
  const episode: PageMeta = {
    title: 'An episode',
    description: `The summary of the episode. ${'More detail. '.repeat(30)}`,
    type: 'article',
  }

  it('sets description and Open Graph tags from the page, and restores them when it goes', () => {
    const { unmount } = renderHook(() => usePageMeta(episode))
    expect(meta('og:title')).toBe('An episode')
    expect(meta('og:type')).toBe('article')
    expect(meta('og:url')).toBe('http://localhost:3000/digests/2025-02-03/an-episode')
    const description = meta('description') ?? ''
    expect(description.startsWith('The summary of the episode.')).toBe(true)
    expect(description.length).toBeLessThanOrEqual(160)
    expect(meta('og:description')).toBe(description)

    unmount()
    expect(meta('description')).toBe(DEFAULT_DESCRIPTION)
    expect(document.head.querySelectorAll('meta[property^="og:"]')).toHaveLength(0)
  })

  it('follows the page when its content changes', () => {
    const { rerender } = renderHook((props: PageMeta) => usePageMeta(props), {
      initialProps: episode,
    })
    rerender({ title: 'Another', description: 'Another summary.', type: 'article' })
    expect(meta('og:title')).toBe('Another')
    expect(meta('description')).toBe('Another summary.')
    expect(document.head.querySelectorAll('meta[property="og:title"]')).toHaveLength(1)
  })

  it('leaving a page prerendered with its own tags gives the app defaults, not those tags', () => {
    document.head.innerHTML =
      '<meta name="description" content="A prerendered episode."><meta property="og:title" content="Prerendered">'
    const { unmount } = renderHook(() => usePageMeta(episode))
    unmount()
    expect(meta('description')).toBe(DEFAULT_DESCRIPTION)
    expect(meta('og:title')).toBeNull()
  })

  it('does nothing while the content is not loaded', () => {
    renderHook(() => usePageMeta(null))
    expect(meta('description')).toBe(DEFAULT_DESCRIPTION)
    expect(meta('og:title')).toBeNull()
  })
})
