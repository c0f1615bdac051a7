import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listDocuments } from './read-documents'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-documents-'))
  await mkdir(join(dir, 'content', 'old'), { recursive: true })
  for (const file of ['a.txt', 'old/b.txt', 'notes.md'])
    await writeFile(join(dir, 'content', file), 'text')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const listed = async (paths: string[]) =>
  // Joined as typed: join() would normalise them.
  (await listDocuments(paths.map((p) => `${dir}/${p}`))).files.map((f) => relative(dir, f))

describe('listDocuments', () => {
  it('lists the .txt files under a folder, sorted, and nothing else', async () => {
    expect(await listed(['content'])).toEqual(['content/a.txt', 'content/old/b.txt'])
  })

  it('lists a .TXT file too: skipped, its day went missing without a word', async () => {
    await writeFile(join(dir, 'content', 'DIGEST.TXT'), 'text')
    expect(await listed(['content'])).toEqual([
      'content/DIGEST.TXT',
      'content/a.txt',
      'content/old/b.txt',
    ])
  })

  it('lists a file named both by itself and through its folder once', async () => {
    // Listed twice, one document was published twice: a post as "slug" and
    // "slug-2", a digest with a duplicate-date warning against itself.
    const paths = ['content', './content/a.txt', 'content/old/../a.txt', 'content//old/b.txt']
    expect(await listed(paths)).toEqual(['content/a.txt', 'content/old/b.txt'])
  })

  it('names each document the same however its folder is given and wherever the run starts', async () => {
    const sources = async (paths: string[], cwd: string) => {
      const was = process.cwd()
      process.chdir(cwd)
      try {
        const { files, sources } = await listDocuments(paths)
        return files.map((file) => sources.get(file))
      } finally {
        process.chdir(was)
      }
    }
    const expected = ['a.txt', 'old/b.txt']
    expect(await sources(['content'], dir)).toEqual(expected)
    expect(await sources(['./content/'], dir)).toEqual(expected)
    expect(await sources([join(dir, 'content')], tmpdir())).toEqual(expected)
    expect(await sources(['..'], join(dir, 'content/old'))).toEqual(expected)
    // A file given by itself is its file name; also given through a folder, the folder names it.
    expect(await sources(['content/old/b.txt'], dir)).toEqual(['b.txt'])
    expect(await sources(['content/old/b.txt', 'content'], dir)).toEqual(expected)
    expect(await sources(['content/old', 'content'], dir)).toEqual(expected)
  })
})
