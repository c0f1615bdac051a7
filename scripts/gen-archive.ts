// Writes a large, realistic archive for benchmarks and scale tests:
//   npm run gen:archive -- --digests N --out DIR [--seed S] [--end YYYY-MM-DD]
// Deterministic for a given seed. Output is never committed.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { option } from './cli-option'
import { digestText } from './gen/digest-text'
import { postText } from './gen/post-text'
import { createRandom } from './gen/prng'

export async function generateArchive(count: number, out: string, seed: number, end: string) {
  const random = createRandom(seed)
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  const last = new Date(`${end}T00:00:00Z`)
  const writes: Promise<void>[] = []
  for (let i = 0; i < count; i++) {
    // Consecutive days ending at `end`, one folder per year like a real mailbox export.
    const date = new Date(last)
    date.setUTCDate(last.getUTCDate() - (count - 1 - i))
    const dir = join(out, String(date.getUTCFullYear()))
    const name = `digest-${date.toISOString().slice(0, 10)}.txt`
    const text = digestText(random, date)
    writes.push(mkdir(dir, { recursive: true }).then(() => writeFile(join(dir, name), text)))
    if (i % 20 === 19) writes.push(writeFile(join(out, `post-${i}.txt`), postText(random, i)))
    if (writes.length > 256) await Promise.all(writes.splice(0))
  }
  await Promise.all(writes)
}

const isMain = process.argv[1]?.endsWith('gen-archive.ts')
if (isMain) {
  const count = Number(option('digests', '100'))
  const out = option('out', 'bench/.work/archive')
  const seed = Number(option('seed', '1'))
  const end = option('end', '2026-11-23')
  if (!Number.isInteger(count) || count < 1) {
    console.error(
      'Usage: npm run gen:archive -- --digests N --out DIR [--seed S] [--end YYYY-MM-DD]',
    )
    process.exit(2)
  }
  await generateArchive(count, out, seed, end)
  console.log(`gen:archive: wrote ${count} digests and ${Math.floor(count / 20)} posts to ${out}`)
}
