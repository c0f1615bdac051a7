import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { isCode } from './fs-error'

const WRITE_WINDOW = 64

/**
 * Builds the new output in a sibling temporary folder and swaps it in at the
 * end, so a reader of DIR (the dev server, a running build, a person) sees
 * either the old output or the new one, never a mix. A failure or a signal
 * before the swap leaves DIR exactly as it was.
 */
export class Staging {
  readonly dir: string
  private readonly out: string
  private swapping = false
  private aborted = false
  private aborting: Promise<void> | null = null
  private readonly inFlight = new Set<Promise<void>>()
  private readonly dirs = new Map<string, Promise<unknown>>()
  private readonly byPath = new Map<string, Promise<unknown>>()
  private failure: unknown = null

  private constructor(out: string) {
    this.out = out
    this.dir = `${out}.tmp-${process.pid}`
  }

  static async open(out: string): Promise<Staging> {
    await recoverInterruptedSwap(out)
    await removeStaleSiblings(out)
    const staging = new Staging(out)
    await rm(staging.dir, { recursive: true, force: true })
    await mkdir(staging.dir, { recursive: true })
    return staging
  }

  /**
   * Queues a file; at most WRITE_WINDOW writes run at once, so parsing and
   * writing overlap without holding the whole archive in memory. The value is
   * serialised immediately: later changes to it cannot leak into the file.
   */
  write(path: string, value: unknown): void {
    this.writeText(path, JSON.stringify(value))
  }

  /** As `write`, for a body serialised elsewhere (a parse worker). */
  writeText(path: string, body: string | Uint8Array): void {
    this.queue(path, (target) => writeFile(target, body))
  }

  /** Moves a file already in the staging folder (a parser wrote it) to `path`. */
  move(from: string, path: string): void {
    this.queue(path, (target) => rename(join(this.dir, from), target))
  }

  /**
   * Puts the file at `path` under `dir` (DIR, the output being replaced) at
   * `path` here: a hard link (it survives the old folder's removal), or a copy
   * where links cannot be made.
   */
  linkFrom(dir: string, path: string): void {
    const source = join(dir, path)
    this.queue(path, (target) =>
      link(source, target).catch((error: unknown) => {
        if (isCode(error, 'EEXIST')) throw error
        return copyFile(source, target)
      }),
    )
  }

  private queue(path: string, put: (target: string) => Promise<void>): void {
    if (this.aborted) throw new Error('ingest interrupted')
    const target = join(this.dir, path)
    // Two writes to one path (two documents for one date) must not overlap:
    // interleaved, they leave the tail of the longer body after the shorter
    // one. Each waits for the previous write of its path, so the last queued wins.
    const previous = this.byPath.get(target) ?? this.ensureDir(dirname(target))
    const task = previous.then(() => put(target))
    task.catch((error: unknown) => {
      this.failure ??= error
    })
    this.inFlight.add(task)
    this.byPath.set(target, task)
    void task.finally(() => {
      this.inFlight.delete(task)
      if (this.byPath.get(target) === task) this.byPath.delete(target)
    })
  }

  /** Waits until the queue has room (call between documents) or, with `all`, until it is empty. */
  async flush(all = true): Promise<void> {
    while (this.inFlight.size > (all ? 0 : WRITE_WINDOW)) await Promise.race(this.inFlight)
    if (this.failure) throw this.failure
  }

  private ensureDir(dir: string): Promise<unknown> {
    let made = this.dirs.get(dir)
    if (!made) {
      made = mkdir(dir, { recursive: true })
      this.dirs.set(dir, made)
    }
    return made
  }

  /**
   * Replace DIR with the staged folder; the old one waits aside until the
   * caller calls `removeOld` (before it exits). Removing 11,000 files takes
   * the kernel a second or two, which the caller can overlap with work of
   * its own; not with reads and writes, which the removal slows down.
   */
  async swapIn(): Promise<{ removeOld: () => Promise<void> }> {
    await this.flush()
    if (this.aborted) throw new Error('ingest interrupted')
    this.swapping = true
    const old = `${this.out}.old-${process.pid}`
    let hadOld = true
    try {
      await rename(this.out, old)
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error
      hadOld = false
    }
    await rename(this.dir, this.out)
    this.swapping = false
    return {
      removeOld: async () => (hadOld ? rm(old, { recursive: true, force: true }) : undefined),
    }
  }

  /** Drop the staged folder; DIR is untouched. Safe to call twice, even at once (a signal during a failure). */
  abort(): Promise<void> {
    this.aborting ??= this.removeStaged()
    return this.aborting
  }

  private async removeStaged(): Promise<void> {
    this.aborted = true
    // Let queued writes settle first, or they could recreate files after the removal.
    await Promise.allSettled([...this.inFlight])
    // Retries: a write already under way on a stopped worker thread can land
    // while the folder is being emptied (ENOTEMPTY).
    if (!this.swapping) await rm(this.dir, { recursive: true, force: true, maxRetries: 5 })
  }

  /** True while the two renames run: a signal then waits for them to finish. */
  get inSwap(): boolean {
    return this.swapping
  }
}

/** A run killed between the two renames left DIR missing and DIR.old-<pid> present. */
async function recoverInterruptedSwap(out: string): Promise<void> {
  const siblings = await listSiblings(out)
  const exists = siblings.includes(basename(out))
  if (exists) return
  const old = siblings.find((name) => name.startsWith(`${basename(out)}.old-`))
  if (old) await rename(join(dirname(out), old), out)
}

/** Temporary folders of runs that died; a live concurrent run keeps its own. */
async function removeStaleSiblings(out: string): Promise<void> {
  const prefix = basename(out)
  for (const name of await listSiblings(out)) {
    const match = name.slice(prefix.length).match(/^\.(tmp|old)-(\d+)$/)
    if (!match || isAlive(Number(match[2]))) continue
    await rm(join(dirname(out), name), { recursive: true, force: true })
  }
}

async function listSiblings(out: string): Promise<string[]> {
  try {
    return await readdir(dirname(out))
  } catch {
    return []
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
