import { describe, expect, it } from 'vitest'
import {
  decodeReadingState,
  detectReadingVersion,
  migrateReadingState,
} from './reading-state-migrations'

describe('reading-state migrations', () => {
  it('detects versions', () => {
    expect(detectReadingVersion({ '2025-02-03/a': 1 })).toBe(0)
    expect(detectReadingVersion({})).toBe(0)
    expect(detectReadingVersion({ version: 1, episodes: [] })).toBe(1)
    expect(detectReadingVersion({ version: 'one' })).toBeNull()
    expect(detectReadingVersion([])).toBeNull()
    expect(detectReadingVersion('text')).toBeNull()
  })

  it('turns a v0 map of read stamps into a valid v1 record', () => {
    const v0 = { '2025-02-03/ai-czar': Date.parse('2025-02-03T20:00:00.000Z') }
    expect(migrateReadingState(v0)).toEqual({
      version: 1,
      episodes: [
        {
          date: '2025-02-03',
          episodeSlug: 'ai-czar',
          episodeTitle: '',
          podcast: '',
          readAt: '2025-02-03T20:00:00.000Z',
          lastSection: null,
          updatedAt: '2025-02-03T20:00:00.000Z',
        },
      ],
    })
    expect(decodeReadingState(v0).ok).toBe(true)
  })

  it('leaves the current version alone', () => {
    const v1 = { version: 1, episodes: [] }
    expect(migrateReadingState(v1)).toBe(v1)
  })

  it('reports why something cannot be decoded, without throwing', () => {
    expect(decodeReadingState({ version: 4, episodes: [] })).toEqual({
      ok: false,
      reason: 'written by a newer version of Digest Reader (v4)',
    })
    expect(decodeReadingState({ 'not a key': 1 }).ok).toBe(false)
    expect(decodeReadingState({ '2025-02-03/a': 1e20 }).ok).toBe(false)
    const bad = decodeReadingState({ version: 1, episodes: [{ date: '2025-02-03' }] })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.reason).toMatch(/episodes\.0/)
  })
})
