import { describe, expect, it } from 'vitest'
import { emojiLabel } from './emoji-label'

describe('emojiLabel', () => {
  it('names emoji in English', () => {
    expect(emojiLabel('💰')).toBe('money bag')
    expect(emojiLabel('🔍')).toBe('magnifying glass tilted left')
    expect(emojiLabel('🇨🇳')).toBe('flag: China')
    expect(emojiLabel('🤝')).toBe('handshake')
    expect(emojiLabel('👍🏽')).toBe('thumbs up: medium skin tone')
    expect(emojiLabel('👨‍💻')).toBe('man technologist')
  })

  it('is tolerant of VS16 present or absent', () => {
    expect(emojiLabel('🏛️')).toBe('classical building')
    expect(emojiLabel('🏛')).toBe('classical building')
    expect(emojiLabel('💰\uFE0F')).toBe('money bag')
    expect(emojiLabel('🗣')).toBe('speaking head')
    expect(emojiLabel(' 🎙️ ')).toBe('studio microphone')
  })

  it('returns null for what is not one known emoji', () => {
    expect(emojiLabel('')).toBeNull()
    expect(emojiLabel('abc')).toBeNull()
    expect(emojiLabel('\u{1F01D}')).toBeNull()
    expect(emojiLabel('💰💰')).toBeNull()
  })
})
