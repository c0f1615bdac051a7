import { describe, expect, it } from 'vitest'
import { memoByText } from './memo-by-text'

describe('memoByText', () => {
  it('works each text out once, and starts over past its bound', () => {
    const asked: string[] = []
    const upper = memoByText(2, (text) => {
      asked.push(text)
      return text.toUpperCase()
    })
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B'])
    expect(asked).toEqual(['a', 'b'])
    // A third text clears the two before it; they are worked out again when asked.
    expect(upper('c')).toBe('C')
    expect(upper('a')).toBe('A')
    expect(asked).toEqual(['a', 'b', 'c', 'a'])
  })
})
