import { readdir, readFile, stat } from 'node:fs/promises'
import { join, normalize, relative, resolve } from 'node:path'
import { UsageError } from './args'

/**
 * Every .txt file under the given paths, sorted, so runs are reproducible.
 * A file named twice (by itself and through its folder, or as "./x.txt" and
 * "x.txt") is listed once: twice, it was published twice (a post as "slug"
 * and "slug-2").
 */
export async function listDocuments(paths: string[]): Promise<string[]> {
  const files = new Map<string, string>()
  const add = (file: string) => {
    const key = resolve(file)
    if (!files.has(key)) files.set(key, normalize(file))
  }
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (!info) throw new UsageError(`${path} does not exist`)
    if (info.isDirectory()) for (const file of await walk(path)) add(file)
    else add(path)
  }
  return [...files.values()].sort()
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const found: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await walk(path)))
    // Any case: "DIGEST.TXT" (as some Windows tools save) was skipped without a word.
    else if (entry.isFile() && /\.txt$/i.test(entry.name)) found.push(path)
  }
  return found
}

export async function readDocument(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(file))
}

export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file
}

/**
 * Reads files in order while keeping a few reads in flight ahead of the
 * consumer, so parsing (CPU) and reading (I/O) overlap. Memory stays bounded
 * by the window, whatever the archive size.
 */
export async function* readAhead(
  files: readonly string[],
  window = 16,
): AsyncGenerator<{ path: string; bytes: Uint8Array }> {
  const pending: Array<Promise<Uint8Array>> = []
  let next = 0
  const fill = () => {
    while (pending.length < window && next < files.length) {
      const path = files[next++] ?? ''
      const read = readDocument(path)
      // Errors surface when awaited below; avoid an unhandled rejection meanwhile.
      read.catch(() => {})
      pending.push(read)
    }
  }
  fill()
  for (let i = 0; i < files.length; i++) {
    const bytes = await (pending.shift() ?? Promise.reject(new Error('read queue empty')))
    fill()
    yield { path: files[i] ?? '', bytes }
  }
}
