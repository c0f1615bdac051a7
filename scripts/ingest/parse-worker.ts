// One parsing thread of the ingest (see parse-pool.ts). It reads its files
// itself, so reading, decoding and parsing all run off the main thread.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { findIntactEmojiInUtf8 } from './intact-emoji-bytes'
import { parseForPublish } from './parse-for-publish'
import type { FromWorker, ToWorker } from './parse-protocol'
import { buildShardTask, type ShardTask } from './shard-task'
import { OutcomeStager } from './stage-outcome'
import { writeOrLink } from './write-or-link'

const port = parentPort
if (!port) throw new Error('parse-worker.ts runs as a worker thread')

let knownEmoji: ReadonlySet<string> = new Set()
let today = ''
let stager: OutcomeStager | null = null

function reply(message: FromWorker): void {
  port?.postMessage(message)
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'emoji') {
    const found = new Set<string>()
    for (const path of message.paths) {
      const bytes = read(path)
      if (!bytes) return
      for (const emoji of findIntactEmojiInUtf8(bytes)) found.add(emoji)
    }
    reply({ type: 'emoji', emoji: [...found] })
  } else if (message.type === 'shards') {
    const next = new Int32Array(message.next)
    for (;;) {
      const task = message.tasks[Atomics.add(next, 0, 1)]
      if (!task || !buildAndWriteShard(task, message.dir, message.published)) break
    }
  } else if (message.type === 'start') {
    knownEmoji = new Set(message.knownEmoji)
    today = message.today
    stager = new OutcomeStager(message.dir, message.published)
  } else {
    const bytes = read(message.path)
    if (!bytes || !stager) return
    const parsed = parseForPublish(bytes, message.file, { today, knownEmoji })
    try {
      reply({ type: 'parsed', index: message.index, outcome: stager.stage(parsed, message.index) })
    } catch (error) {
      reply({ type: 'io-error', message: errorMessage(error) })
    }
  }
})

/** A file that cannot be read stops the run, as it does without workers. */
function read(path: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(path))
  } catch (error) {
    reply({ type: 'io-error', message: errorMessage(error) })
    return null
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** False when it failed (the run stops: this thread takes no further shard). */
function buildAndWriteShard(task: ShardTask, dir: string, published: string): boolean {
  try {
    const { path, body, ref } = buildShardTask(task)
    writeOrLink(join(dir, path), body, join(published, path))
    reply({ type: 'shard', id: task.id, ref })
    return true
  } catch (error) {
    reply({
      type: 'io-error',
      message: `search shard ${task.id}: ${errorMessage(error)}`,
    })
    return false
  }
}
