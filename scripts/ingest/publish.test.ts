import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Staging } from './publish'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'staging-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('Staging', () => {
  it('two writes to one path leave exactly the last body (no interleaved tail)', async () => {
    const out = join(root, 'data')
    const staging = await Staging.open(out)
    // A long body first, then a short one: written at once, the file could
    // hold the short body followed by the end of the long one.
    for (let i = 0; i < 20; i++) {
      staging.writeText('digests/2025-02-03.json', JSON.stringify({ text: 'x'.repeat(200_000) }))
      staging.writeText('digests/2025-02-03.json', JSON.stringify({ text: 'short' }))
    }
    await (await staging.swapIn()).removeOld()
    const body = await readFile(join(out, 'digests/2025-02-03.json'), 'utf8')
    expect(JSON.parse(body)).toEqual({ text: 'short' })
  })

  it('a commit replaces the previous output as a whole', async () => {
    const out = join(root, 'data')
    const first = await Staging.open(out)
    first.write('a.json', { n: 1 })
    await (await first.swapIn()).removeOld()
    const second = await Staging.open(out)
    second.write('b.json', { n: 2 })
    await (await second.swapIn()).removeOld()
    await expect(readFile(join(out, 'a.json'), 'utf8')).rejects.toThrow(/ENOENT/)
    expect(JSON.parse(await readFile(join(out, 'b.json'), 'utf8'))).toEqual({ n: 2 })
  })

  it('swapIn publishes the new output at once and removeOld removes the old one', async () => {
    const out = join(root, 'data')
    const first = await Staging.open(out)
    for (let i = 0; i < 200; i++) first.write(`old/${i}.json`, { i })
    await (await first.swapIn()).removeOld()
    const second = await Staging.open(out)
    second.write('new.json', { n: 2 })
    const { removeOld } = await second.swapIn()
    expect(JSON.parse(await readFile(join(out, 'new.json'), 'utf8'))).toEqual({ n: 2 })
    await removeOld()
    expect(await readdir(root)).toEqual(['data'])
  })
})
