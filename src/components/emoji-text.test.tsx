// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { EmojiText, splitEmoji } from './emoji-text'

afterEach(cleanup)

describe('splitEmoji', () => {
  it('keeps a run of emoji with their selectors and joiners together', () => {
    expect(splitEmoji("AI's Global Impact & Gender Talks 🎙️🌍")).toEqual([
      { text: "AI's Global Impact & Gender Talks ", emoji: false, start: 0 },
      { text: '🎙️🌍', emoji: true, start: 34 },
    ])
    expect(splitEmoji('👩‍💻 Coding').map((part) => part.text)).toEqual(['👩‍💻', ' Coding'])
    expect(splitEmoji('A 🎙️ 🌍 b').map((part) => part.text)).toEqual(['A ', '🎙️ 🌍', ' b'])
  })

  it('gives plain text back whole, and joins back to the input', () => {
    const text = 'No emoji: 3 # digits, “quotes” – dashes'
    expect(splitEmoji(text)).toEqual([{ text, emoji: false, start: 0 }])
    const mixed = '🌟 Star ✨ power 🇺🇸'
    expect(
      splitEmoji(mixed)
        .map((part) => part.text)
        .join(''),
    ).toBe(mixed)
  })
})

describe('EmojiText', () => {
  it('hides unlabelled emoji from the accessible name', () => {
    render(
      <h1>
        <EmojiText text="Gender Talks 🎙️🌍" />
      </h1>,
    )
    expect(screen.getByRole('heading', { name: 'Gender Talks' })).toBeTruthy()
  })

  it('names labelled emoji as one image', () => {
    render(
      <h2>
        <EmojiText text="💰 Funding" emojiLabel="money bag" />
      </h2>,
    )
    expect(screen.getByRole('img', { name: 'money bag' }).textContent).toBe('💰')
    expect(screen.getByRole('heading', { name: 'money bag Funding' })).toBeTruthy()
  })
})
