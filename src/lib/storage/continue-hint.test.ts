// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CONTINUE_HINT_KEY,
  continueHintOf,
  forgetWrittenHint,
  keepContinueHint,
} from './continue-hint'
import type { ReadingEntry, ReadingStateRecord } from './reading-state-schema'

// public/theme-init.js shows the stand-ins before the first paint from the
// words kept here: both must read the hint the same way.
const themeInit = readFileSync(join(process.cwd(), 'public/theme-init.js'), 'utf8')

function entry(slug: string, updatedAt: string, over: Partial<ReadingEntry> = {}): ReadingEntry {
  return {
    date: '2025-02-03',
    episodeSlug: slug,
    episodeTitle: `Title of ${slug}`,
    podcast: 'All-In Podcast',
    readAt: null,
    lastSection: { id: 'evolution', number: '5', title: 'Evolution of AI Models' },
    updatedAt,
    ...over,
  }
}

function record(...episodes: ReadingEntry[]): ReadingStateRecord {
  return { version: 1, episodes }
}

/** What theme-init.js shows at `path`: the card's and the offer's words, or null. */
function shownAt(path: string) {
  window.history.replaceState(null, '', path)
  const root = document.documentElement
  root.removeAttribute('style')
  delete root.dataset.continueCard
  delete root.dataset.continueOffer
  // biome-ignore lint/security/noGlobalEval: runs the public script as the page does
  window.eval(themeInit)
  const value = (name: string) => JSON.parse(root.style.getPropertyValue(name) || 'null')
  return {
    card:
      'continueCard' in root.dataset
        ? { title: value('--continue-title'), meta: value('--continue-meta') }
        : null,
    offer: 'continueOffer' in root.dataset ? value('--continue-offer') : null,
  }
}

describe('the words kept for "Continue where you left off"', () => {
  window.matchMedia = (() => ({ matches: false })) as unknown as typeof window.matchMedia
  beforeEach(() => {
    localStorage.clear()
    forgetWrittenHint()
  })
  afterEach(() => window.history.replaceState(null, '', '/'))

  it('say what the card will say: the latest unfinished episode, at its section', () => {
    const hint = continueHintOf(
      record(
        entry('older', '2025-02-03T08:00:00Z'),
        entry('newer', '2025-02-03T09:00:00Z', {
          lastSection: { id: 'x', number: '2.1', title: 'A sub-section' },
        }),
        entry('read', '2025-02-03T10:00:00Z', { readAt: '2025-02-03T10:00:00Z' }),
      ),
    )
    expect(hint.card).toEqual({
      title: 'Title of newer',
      meta: 'All-In Podcast · February 3, 2025 · at 2.1 A sub-section',
    })
    expect(hint.offers).toEqual({
      '2025-02-03/older': '5. Evolution of AI Models',
      '2025-02-03/newer': '2.1 A sub-section',
    })
  })

  it('are shown before the first paint: the card anywhere, an offer on its own episode', () => {
    keepContinueHint(record(entry('ai-czar', '2025-02-03T09:00:00Z')))
    const card = {
      title: 'Title of ai-czar',
      meta: 'All-In Podcast · February 3, 2025 · at 5. Evolution of AI Models',
    }
    expect(shownAt('/')).toEqual({ card, offer: null })
    expect(shownAt('/digests/2025-02-03/ai-czar')).toEqual({
      card,
      offer: '5. Evolution of AI Models',
    })
    expect(shownAt('/digests/2025-02-03/another').offer).toBeNull()
    // At a section's address the page shows no offer: it is already there.
    expect(shownAt('/digests/2025-02-03/ai-czar#evolution').offer).toBeNull()
  })

  it('go when nothing is left to continue', () => {
    keepContinueHint(record(entry('ai-czar', '2025-02-03T09:00:00Z')))
    keepContinueHint(
      record(entry('ai-czar', '2025-02-03T09:00:00Z', { readAt: '2025-02-03T10:00:00Z' })),
    )
    expect(localStorage.getItem(CONTINUE_HINT_KEY)).toBeNull()
    expect(shownAt('/digests/2025-02-03/ai-czar')).toEqual({ card: null, offer: null })
  })

  it('keep the 30 most recent offers', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      entry(`e${i}`, `2025-02-03T09:${String(i).padStart(2, '0')}:00Z`),
    )
    const offers = Object.keys(continueHintOf(record(...many)).offers)
    expect(offers).toHaveLength(30)
    expect(offers).toContain('2025-02-03/e39')
    expect(offers).not.toContain('2025-02-03/e9')
  })

  it('are a CSS string whatever the title holds', () => {
    const title = 'Quotes " and \\ backslashes; } and a </style>'
    keepContinueHint(record(entry('odd', '2025-02-03T09:00:00Z', { episodeTitle: title })))
    expect(shownAt('/').card?.title).toBe(title)
  })

  it('are not shown from a hint that is not one', () => {
    for (const raw of ['{not json', 'null', '[]', '{"card":{"title":1,"meta":"x"},"offers":{}}']) {
      localStorage.setItem(CONTINUE_HINT_KEY, raw)
      expect(shownAt('/digests/2025-02-03/x')).toEqual({ card: null, offer: null })
    }
  })

  it('are kept without failing when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    expect(() =>
      keepContinueHint(record(entry('x', '2025-02-03T09:00:00Z')), blocked),
    ).not.toThrow()
  })
})
