import { describe, expect, it } from 'vitest'
import {
  AUTO_STEPS,
  FIRST_STEP_BYTES,
  nextDepth,
  shouldAutoExtend,
  stepDepths,
  stepsToEnd,
} from './shard-steps'

const KB = 1024
const shards = (sizes: number[]) => sizes.map((kb) => ({ bytes: kb * KB }))

describe('nextDepth', () => {
  it('always takes the newest shard first, even one over budget', () => {
    expect(nextDepth(shards([900, 100]), 0, 0)).toBe(1)
  })

  it('adds shards while the step stays within its budget', () => {
    expect(FIRST_STEP_BYTES).toBe(512 * KB)
    expect(nextDepth(shards([200, 200, 200, 200]), 0, 0)).toBe(2)
  })

  it('doubles the budget at each step, so older shards come in growing batches', () => {
    const archive = shards(Array.from({ length: 40 }, () => 256))
    let depth = 0
    const depths: number[] = []
    for (let step = 0; step < 5; step++) {
      depth = nextDepth(archive, depth, step)
      depths.push(depth)
    }
    // 512 KB, 1 MB, 2 MB, 4 MB, 8 MB of 256 KB shards: 2, 4, 8, 16, then the rest.
    expect(depths).toEqual([2, 6, 14, 30, 40])
  })

  it('stays put when everything is loaded', () => {
    expect(nextDepth(shards([100]), 1, 3)).toBe(1)
  })
})

describe('shouldAutoExtend', () => {
  it('looks further back by itself only for few hits, a few steps at most', () => {
    expect(shouldAutoExtend(3, 1, true)).toBe(true)
    expect(shouldAutoExtend(30, 1, true)).toBe(false)
    expect(shouldAutoExtend(3, AUTO_STEPS, true)).toBe(false)
    expect(shouldAutoExtend(0, 1, false)).toBe(false)
  })
})

describe('stepDepths', () => {
  it('is where each step ends, at least one step', () => {
    const refs = shards(Array.from({ length: 8 }, () => 300))
    expect(stepDepths(refs, 0)).toEqual([1])
    expect(stepDepths(refs, 4)).toEqual([1, 4, 8, 8])
  })
})

describe('stepsToEnd', () => {
  it('counts the steps whose last one reaches the oldest shard', () => {
    const archive = shards(Array.from({ length: 40 }, () => 256))
    const steps = stepsToEnd(archive)
    expect(stepDepths(archive, steps).at(-1)).toBe(40)
    expect(stepDepths(archive, steps - 1).at(-1)).toBeLessThan(40)
  })

  it('is one step for an archive of one shard, or none', () => {
    expect(stepsToEnd(shards([900]))).toBe(1)
    expect(stepsToEnd([])).toBe(1)
  })
})
