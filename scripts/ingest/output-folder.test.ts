import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from './args'
import { checkOutputFolder } from './output-folder'

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'output-folder-'))
}

describe('checkOutputFolder', () => {
  it('accepts a missing folder, an empty one and an earlier output', async () => {
    const dir = await scratch()
    await expect(checkOutputFolder(join(dir, 'new/data'))).resolves.toBeUndefined()
    await mkdir(join(dir, 'empty'))
    await expect(checkOutputFolder(join(dir, 'empty'))).resolves.toBeUndefined()
    await mkdir(join(dir, 'earlier'))
    await writeFile(join(dir, 'earlier/index.json'), '{}')
    await expect(checkOutputFolder(join(dir, 'earlier'))).resolves.toBeUndefined()
  })

  // It resolved as if the folder were missing; the publish then failed with a raw ENOTDIR stack.
  it('refuses a path that runs through a file, as a usage error naming it', async () => {
    const dir = await scratch()
    await writeFile(join(dir, 'notes.md'), 'mine')
    const out = join(dir, 'notes.md/data')
    await expect(checkOutputFolder(out)).rejects.toThrow(UsageError)
    await expect(checkOutputFolder(out)).rejects.toThrow(
      `--out ${out}: a part of that path is a file, not a folder`,
    )
  })
})
