import { readdir, stat } from 'node:fs/promises'
import { UsageError } from './args'

/** Every output the ingest publishes has it; a folder without it is someone else's. */
const MARKER = 'index.json'

/**
 * Refuses an --out that is not the ingest's own output. Publishing replaces
 * DIR as a whole and deletes the old one, so "--out content" or "--out
 * public" (for public/data) deleted the documents or the app's static files.
 * A missing or empty folder, or a previous output (it has index.json), is fine.
 */
export async function checkOutputFolder(out: string): Promise<void> {
  const info = await stat(out).catch((error: NodeJS.ErrnoException) => {
    // Missing: the publish makes it. A file where a folder of the path
    // should be ("--out notes.md/data") would end in a raw ENOTDIR later.
    if (error.code === 'ENOENT') return null
    if (error.code === 'ENOTDIR') {
      throw new UsageError(`--out ${out}: a part of that path is a file, not a folder`)
    }
    throw error
  })
  if (!info) return
  if (!info.isDirectory()) {
    throw new UsageError(`--out ${out} is not a folder; the ingest publishes a folder there`)
  }
  const names = (await readdir(out)).sort()
  if (names.length === 0 || names.includes(MARKER)) return
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '')
  throw new UsageError(
    `--out ${out} holds files the ingest did not write (${shown}); publishing would delete them. Give an empty or new folder, or a previous output of the ingest`,
  )
}
