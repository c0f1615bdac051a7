import { describe, expect, it } from 'vitest'
import type { Section } from '../schema/digest'
import { resolveHash } from './resolve-hash'
import { outlineOf } from './section-outline'

function section(id: string, number: string, subsections: Section['subsections'] = []): Section {
  return { id, number, emoji: null, emojiLabel: null, title: id, bullets: [], subsections }
}

const sections: Section[] = [
  section('engaging-with-ai-experts', '1'),
  section('the-6-million-myth-debunked', '7', [
    { ...section('funding-and-training-costs', '7.1') },
    { ...section('ai-development-timelines', '7.2') },
  ]),
]
const outline = outlineOf(sections)

describe('resolveHash', () => {
  it('ignores an empty fragment', () => {
    expect(resolveHash('', outline)).toEqual({ kind: 'none' })
    expect(resolveHash('#', outline)).toEqual({ kind: 'none' })
  })

  it('opens a section by its id', () => {
    expect(resolveHash('#the-6-million-myth-debunked', outline)).toEqual({
      kind: 'section',
      id: 'the-6-million-myth-debunked',
      open: ['the-6-million-myth-debunked'],
    })
  })

  it('opens the parent section first for a sub-section', () => {
    expect(resolveHash('#ai-development-timelines', outline)).toEqual({
      kind: 'section',
      id: 'ai-development-timelines',
      open: ['the-6-million-myth-debunked', 'ai-development-timelines'],
    })
  })

  it('forgives capitals, percent-encoding and surrounding spaces', () => {
    expect(resolveHash('#Funding-And-Training-Costs', outline)).toMatchObject({
      id: 'funding-and-training-costs',
    })
    expect(resolveHash('#%20engaging-with-ai-experts', outline)).toMatchObject({
      id: 'engaging-with-ai-experts',
    })
  })

  it('accepts the printed number as a fallback', () => {
    expect(resolveHash('#7.1', outline)).toMatchObject({ id: 'funding-and-training-costs' })
    expect(resolveHash('#section-7', outline)).toMatchObject({ id: 'the-6-million-myth-debunked' })
  })

  it('reports an unknown anchor, decoded for display', () => {
    expect(resolveHash('#no-such-section', outline)).toEqual({
      kind: 'unknown',
      anchor: 'no-such-section',
    })
    expect(resolveHash('#caf%C3%A9', outline)).toEqual({ kind: 'unknown', anchor: 'café' })
    expect(resolveHash('#%E0%A4%A', outline)).toEqual({ kind: 'unknown', anchor: '%E0%A4%A' })
  })

  it('leaves anchors of the surrounding page alone', () => {
    const isPageAnchor = (anchor: string) => anchor === 'main'
    expect(resolveHash('#main', outline, isPageAnchor)).toEqual({ kind: 'none' })
    expect(resolveHash('#nope', outline, isPageAnchor)).toMatchObject({ kind: 'unknown' })
  })

  it('prefers a section id over a page anchor of the same name', () => {
    expect(resolveHash('#engaging-with-ai-experts', outline, () => true)).toMatchObject({
      kind: 'section',
    })
  })
})
