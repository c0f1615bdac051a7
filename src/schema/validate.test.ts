import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { validate } from './validate'

const schema = v.object({
  title: v.string(),
  episodes: v.array(v.object({ slug: v.string(), count: v.number() })),
})

describe('validate', () => {
  it('gives the value as the schema reads it: unknown keys dropped', () => {
    const value = { title: 'A day', extra: true, episodes: [{ slug: 'a', count: 1, more: 2 }] }
    expect(validate(schema, value)).toEqual({
      ok: true,
      value: { title: 'A day', episodes: [{ slug: 'a', count: 1 }] },
    })
  })

  it('names the first problem with the path to it, through lists', () => {
    const value = {
      title: 'A day',
      episodes: [
        { slug: 'a', count: 1 },
        { slug: 'b', count: '2' },
      ],
    }
    const result = validate(schema, value)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problem).toMatch(/^Invalid type: .* at episodes\.1\.count$/)
  })

  it('says no path when the value itself is wrong', () => {
    const result = validate(schema, 'a day')
    expect(!result.ok && result.problem).toMatch(/^Invalid type: .*received "a day"$/)
  })
})
