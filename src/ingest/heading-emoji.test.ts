import { describe, expect, it } from 'vitest'
import { classifyToken, splitHeadingEmoji } from './heading-emoji'

describe('splitHeadingEmoji: keycaps', () => {
  it.each([
    ['1️⃣ First Steps', '1️⃣', 'First Steps'],
    // Written without U+FE0F (as some mail clients do): the full keycap, as with it.
    ['1⃣ Without the Selector', '1️⃣', 'Without the Selector'],
    ['#⃣ Hashtags', '#️⃣', 'Hashtags'],
    ['1⃣🚀 Launch', '1️⃣🚀', 'Launch'],
    ['#️⃣ Hashtags', '#️⃣', 'Hashtags'],
    ['*️⃣ Starred', '*️⃣', 'Starred'],
    ['1️⃣🚀 Launch', '1️⃣🚀', 'Launch'],
    ['🔟 Ten', '🔟', 'Ten'],
  ])('takes the keycap of %j as the emoji', (rest, emoji, title) => {
    expect(splitHeadingEmoji(rest)).toEqual({ emoji, title, damaged: false })
  })

  it.each([
    '1. Introduction',
    '10 Ways to Start',
    '1️ Selector without the keycap mark',
    '12⃣ Two digits under one mark',
    '1️⃣a Glued to a word',
  ])('reads %j as a title without an emoji', (rest) => {
    expect(splitHeadingEmoji(rest)).toEqual({ emoji: null, title: rest, damaged: false })
  })

  it('classifies the same with and without the memo', () => {
    for (const token of ['1️⃣', '#⃣', '1.', '10', '1️⃣🚀']) {
      expect(splitHeadingEmoji(`${token} T`).emoji !== null).toBe(classifyToken(token) !== 'title')
    }
  })
})
