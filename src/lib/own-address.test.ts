import { describe, expect, it } from 'vitest'
import { ownDate, ownSlug } from './own-address'

describe('ownSlug', () => {
  it('drops the built file’s extension and capitals', () => {
    expect(ownSlug('the-reasoning-models-debate.html')).toBe('the-reasoning-models-debate')
    expect(ownSlug('The-Reasoning-Models-Debate.HTML')).toBe('the-reasoning-models-debate')
  })
  it('leaves a published slug as it is', () => {
    expect(ownSlug('econtalk')).toBe('econtalk')
  })
  it('keeps what is not an extension', () => {
    expect(ownSlug('html')).toBe('html')
    expect(ownSlug('notes.htm')).toBe('notes.htm')
  })
})

describe('ownDate', () => {
  it('writes the leading zeros a reader left out', () => {
    expect(ownDate('2026-1-5')).toBe('2026-01-05')
    expect(ownDate('2026-11-3')).toBe('2026-11-03')
  })
  it('drops the built file’s extension', () => {
    expect(ownDate('2026-11-23.html')).toBe('2026-11-23')
  })
  it('leaves anything that is not a date as written', () => {
    expect(ownDate('2026-11-23')).toBe('2026-11-23')
    expect(ownDate('not-a-date')).toBe('not-a-date')
    expect(ownDate('2026-111-3')).toBe('2026-111-3')
  })
})
