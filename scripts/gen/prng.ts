/** mulberry32: a tiny seeded PRNG, so a given seed always writes the same archive. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    /** One item, chosen in proportion to `cumulative` (running totals of the weights, one per item). */
    pickWeighted: <T>(items: readonly T[], cumulative: readonly number[]): T => {
      const target = next() * (cumulative[cumulative.length - 1] ?? 0)
      const index = cumulative.findIndex((total) => target < total)
      return items[index === -1 ? items.length - 1 : index] as T
    },
  }
}

export type Random = ReturnType<typeof createRandom>
