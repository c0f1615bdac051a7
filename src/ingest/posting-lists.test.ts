import { describe, expect, it } from 'vitest'
import { PostingLists } from './posting-lists'

describe('PostingLists', () => {
  it('counts repeats of one document and encodes ids as differences', () => {
    const lists = new PostingLists()
    lists.count(3, 0)
    lists.count(3, 0)
    lists.count(3, 4)
    lists.count(3, 9)
    lists.count(3, 9)
    lists.count(3, 9)
    const out: number[] = [7]
    lists.encode(3, out)
    expect(out).toEqual([7, 0, 2, 4, 1, 5, 3])
  })

  it('keeps interleaved lists apart and grows past its first arrays', () => {
    const lists = new PostingLists()
    const expected = new Map<number, number[]>()
    // 5,000 slots beyond the first 1,024 and 20,000 postings beyond the first 8,192.
    for (let id = 0; id < 4; id++) {
      for (let slot = 0; slot < 5000; slot++) {
        if ((slot + id) % 3 === 0) continue
        lists.count(slot, id)
        const list = expected.get(slot) ?? []
        list.push(id)
        expected.set(slot, list)
      }
    }
    for (let slot = 0; slot < 5000; slot++) {
      const ids = expected.get(slot) ?? []
      expect(lists.has(slot)).toBe(ids.length > 0)
      const out: number[] = []
      lists.encode(slot, out)
      expect(out).toEqual(ids.flatMap((id, at) => [id - (ids[at - 1] ?? 0), 1]))
    }
    expect(lists.has(99_999)).toBe(false)
  })
})
