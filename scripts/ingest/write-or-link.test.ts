import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeOrLink } from './write-or-link'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'write-or-link-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const bytes = (text: string) => new TextEncoder().encode(text)

describe('writeOrLink', () => {
  it('links the previous file when it holds the same bytes', async () => {
    const previous = join(dir, 'old.json')
    await writeFile(previous, '{"t":"🌍 same"}')
    writeOrLink(join(dir, 'new.json'), bytes('{"t":"🌍 same"}'), previous)
    expect((await stat(join(dir, 'new.json'))).ino).toBe((await stat(previous)).ino)
  })

  it('writes a new file when the previous one differs, even by a byte of the same length', async () => {
    const previous = join(dir, 'old.json')
    await writeFile(previous, '{"t":"same?"}')
    writeOrLink(join(dir, 'new.json'), bytes('{"t":"same!"}'), previous)
    expect((await stat(join(dir, 'new.json'))).ino).not.toBe((await stat(previous)).ino)
    expect(await readFile(join(dir, 'new.json'), 'utf8')).toBe('{"t":"same!"}')
    expect(await readFile(previous, 'utf8')).toBe('{"t":"same?"}')
  })

  it('writes when there is no previous file', async () => {
    writeOrLink(join(dir, 'a.json'), bytes('A'), join(dir, 'missing.json'))
    writeOrLink(join(dir, 'b.json'), bytes('B'), null)
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('A')
    expect(await readFile(join(dir, 'b.json'), 'utf8')).toBe('B')
  })

  it('never replaces a file already at the target', async () => {
    const previous = join(dir, 'old.json')
    await writeFile(previous, 'same')
    await writeFile(join(dir, 'taken.json'), 'first')
    expect(() => writeOrLink(join(dir, 'taken.json'), bytes('same'), previous)).toThrow(/EEXIST/)
    expect(() => writeOrLink(join(dir, 'taken.json'), bytes('other'), null)).toThrow(/EEXIST/)
    expect(await readFile(join(dir, 'taken.json'), 'utf8')).toBe('first')
  })
})
