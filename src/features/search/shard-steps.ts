import type { SearchShardRef } from '../../schema/search'

/** Bytes of shard files fetched by the first step; each later step may fetch twice as much. */
export const FIRST_STEP_BYTES = 512 * 1024
/** Fewer hits than this after a step: the next (older) step is fetched without asking. */
export const AUTO_MORE_BELOW = 10
/** …but at most this many steps without asking, so a rare word never pulls the whole archive. */
export const AUTO_STEPS = 3

/**
 * How many shards (newest first) to have loaded after step `step` when
 * `depth` are loaded now: at least one more, then more while the step stays
 * within its byte budget. Budgets double (512 KB, 1 MB, 2 MB…), so reaching
 * back through a ten-year archive takes a handful of steps, not hundreds.
 */
export function nextDepth(
  shards: ReadonlyArray<Pick<SearchShardRef, 'bytes'>>,
  depth: number,
  step: number,
): number {
  const budget = FIRST_STEP_BYTES * 2 ** step
  let next = depth
  let bytes = 0
  while (next < shards.length) {
    const size = shards[next]?.bytes ?? 0
    if (next > depth && bytes + size > budget) break
    bytes += size
    next++
  }
  return next
}

/** Should the page fetch the next step by itself? */
export function shouldAutoExtend(hitCount: number, stepsTaken: number, hasOlder: boolean): boolean {
  return hasOlder && hitCount < AUTO_MORE_BELOW && stepsTaken < AUTO_STEPS
}

/** The depth reached after each of the first `steps` steps (never fewer than one step). */
export function stepDepths(
  shards: ReadonlyArray<Pick<SearchShardRef, 'bytes'>>,
  steps: number,
): number[] {
  const depths: number[] = []
  let depth = 0
  for (let step = 0; step < Math.max(steps, 1); step++) {
    depth = nextDepth(shards, depth, step)
    depths.push(depth)
  }
  return depths
}

/** How many steps reach the oldest shard (one for an empty or one-shard archive). */
export function stepsToEnd(shards: ReadonlyArray<Pick<SearchShardRef, 'bytes'>>): number {
  let steps = 0
  let depth = 0
  do {
    depth = nextDepth(shards, depth, steps)
    steps++
  } while (depth < shards.length)
  return steps
}
