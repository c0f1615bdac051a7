import { describe, expect, it } from 'vitest'
import { cutAtWord, firstSentence } from './cut-at-word'

describe('cutAtWord', () => {
  it('keeps a short text whole', () => {
    expect(cutAtWord('Pray for peace!', 220)).toBe('Pray for peace!')
  })

  it('cuts after a whole word, without a dangling comma, and marks the cut', () => {
    const text =
      'Keep in mind that the Chinese labor force is about four times the size of America’s, and is highly educated.'
    expect(cutAtWord(text, 71)).toBe(
      'Keep in mind that the Chinese labor force is about four times the size…',
    )
    expect(cutAtWord(text, 84)).toBe(
      'Keep in mind that the Chinese labor force is about four times the size of America’s…',
    )
  })

  it('keeps a word that ends just where the room does', () => {
    // "abcd " repeated: the 200th character is a space, so the 40th word fits whole.
    const cut = cutAtWord('abcd '.repeat(50), 200)
    expect(cut).toBe(`${'abcd '.repeat(39)}abcd…`)
    expect(cut).toHaveLength(200)
  })

  it('cuts a single endless word where it must, the ellipsis within the limit', () => {
    expect(cutAtWord('x'.repeat(300), 220)).toBe(`${'x'.repeat(219)}…`)
  })
})

describe('firstSentence', () => {
  it('ends at the first full stop, question or exclamation mark before a space or the end', () => {
    expect(firstSentence('Up 3.5 percent. Then down.')).toBe('Up 3.5 percent.')
    expect(firstSentence('Really? Yes.')).toBe('Really?')
    expect(firstSentence('No end at all')).toBe('No end at all')
  })
})
