// How much this machine's disk charges for creating the files an ingest
// writes, apart from the ingest: 10,000 files of 6 KB (a digest's JSON) created
// exclusively in one new folder, from one thread and from two (the ingest's
// parse workers), rounds interleaved, with the wall and kernel CPU time of
// each. The ingest's spread from run to run follows these figures, not its own
// code (docs/performance.md, 2026-12-06 night).
//   npx tsx bench/file-creation.ts [--files 10000] [--rounds 5] [--pause 0]
import { mkdirSync, rmSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { option } from '../scripts/cli-option'
import { median, round } from './stats'

interface Job {
  dir: string
  first: number
  step: number
  files: number
}

/** A thread's share of the files, as plain JavaScript: a worker started from tsx cannot load a .ts file. */
const CREATE_FILES = `
const { writeFileSync } = require('node:fs')
const { workerData: { dir, first, step, files } } = require('node:worker_threads')
const body = Buffer.alloc(6000, 0x61)
for (let i = first; i < files; i += step) writeFileSync(dir + '/' + i + '.json', body, { flag: 'wx' })
`

async function createRound(
  threads: number,
  files: number,
): Promise<{ wallMs: number; kernelMs: number }> {
  const dir = `bench/.work/file-creation-${process.pid}`
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const before = process.cpuUsage()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: threads }, (_, first) => {
      const job: Job = { dir, first, step: threads, files }
      const worker = new Worker(CREATE_FILES, { eval: true, workerData: job })
      return new Promise((resolve, reject) => worker.on('exit', resolve).on('error', reject))
    }),
  )
  const wallMs = performance.now() - started
  const kernelMs = process.cpuUsage(before).system / 1000
  rmSync(dir, { recursive: true, force: true })
  return { wallMs, kernelMs }
}

const files = Number(option('files', '10000'))
const rounds = Number(option('rounds', '5'))
/** Seconds of rest before each round: the removal of the round before can slow the next one. */
const pause = Number(option('pause', '0'))
const runs = new Map<number, { wallMs: number; kernelMs: number }[]>([
  [1, []],
  [2, []],
])
for (let r = 0; r < rounds; r++) {
  for (const [threads, list] of runs) {
    await new Promise((resolve) => setTimeout(resolve, pause * 1000))
    list.push(await createRound(threads, files))
  }
}
console.table(
  [...runs].map(([threads, list]) => ({
    threads,
    files,
    'wall ms (median)': round(median(list.map((x) => x.wallMs)), 0),
    'kernel ms (median)': round(median(list.map((x) => x.kernelMs)), 0),
    'wall ms (each)': list.map((x) => Math.round(x.wallMs)).join(' '),
  })),
)
