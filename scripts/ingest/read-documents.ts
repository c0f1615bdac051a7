import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join, normalize, relative, resolve, sep } from 'node:path'
import { UsageError } from './args'

/** The documents a run reads. */
export interface DocumentList {
  /** Every document's path, sorted, as the CLI names it (normalised). */
  files: string[]
  /** Each of `files` -> its source name (see sourceName). */
  sources: ReadonlyMap<string, string>
}

/**
 * Every .txt file under the given paths, sorted, so runs are reproducible.
 * A file named twice (by itself and through its folder, or as "./x.txt" and
 * "x.txt") is listed once: twice, it was published twice (a post as "slug"
 * and "slug-2").
 */
export async function listDocuments(paths: string[]): Promise<DocumentList> {
  const files = new Map<string, { file: string; source: string }>()
  const add = (file: string, source: string) => {
    const key = resolve(file)
    const listed = files.get(key)
    if (!listed) files.set(key, { file: normalize(file), source })
    // Named by itself and through a folder, or through two nested folders: the
    // outermost folder names it, whatever the order of the paths.
    else if (source.length > listed.source.length) listed.source = source
  }
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (!info) throw new UsageError(`${path} does not exist`)
    if (info.isDirectory()) for (const file of await walk(path)) add(file, sourceName(path, file))
    else add(path, basename(path))
  }
  const listed = [...files.values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  )
  return {
    files: listed.map(({ file }) => file),
    sources: new Map(listed.map(({ file, source }) => [file, source])),
  }
}

/**
 * A document's name inside the folder it was found through ("2025/day.txt"
 * for content/2025/day.txt given "content"), with "/" between folders; a file
 * given by itself is its file name. The report records it, and the next run
 * matches a failed document to the output it published by it: unlike the
 * name the report shows (relative to the working folder), it is the same
 * whichever folder a run starts in and however the folder is spelled
 * ("content", "./content/", an absolute path). keep-previous.ts.
 */
export function sourceName(folder: string, file: string): string {
  return relative(resolve(folder), resolve(file)).split(sep).join('/')
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
