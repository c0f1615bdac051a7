// The ingest CLI: documents in content/ (or the given paths) -> validated JSON
// in public/data (or --out). The parsing is the pure library in src/ingest;
// this file only reads, reports and publishes. Exit codes: 0 ok, 1 document
// errors, 2 usage errors. See docs/decisions/0003-ingest-publishing.md.
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { buildSite, type DigestMeta, dedupePostSlugs, type Sourced } from '../src/ingest/build-site'
import { validateOutput } from '../src/ingest/validate-output'
import type { Post } from '../src/schema/post'
import type { DocumentReport, Issue, Report } from '../src/schema/report'
import { parseArgs, USAGE, UsageError } from './ingest/args'
import { adviseCutShort } from './ingest/cut-short-advice'
import { prettyJsonToUtf8 } from './ingest/json-bytes'
import { keepPrevious } from './ingest/keep-previous'
import { checkOutputFolder } from './ingest/output-folder'
import { createDocumentParser, workerCount } from './ingest/parse-pool'
import { Staging } from './ingest/publish'
import { displayPath, listDocuments } from './ingest/read-documents'
import { FAILED_REPORT_FILE, REPORT_FILE, reportTempName } from './ingest/report-files'
import { type PublishedDigest, type ShardReuse, writeSearchIndex } from './ingest/search-shards'
import { PARSED_DIR, removeScratch } from './ingest/stage-outcome'
import { printSummary } from './ingest/summary'
import { writeFeeds } from './ingest/write-feeds'

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>
  let files: string[]
  let sources: ReadonlyMap<string, string>
  try {
    args = parseArgs(process.argv.slice(2))
    ;({ files, sources } = await listDocuments(args.paths))
    await checkOutputFolder(args.out)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    if (error.message) console.error(`ingest: ${error.message}\n`)
    console.error(USAGE)
    return 2
  }
  const started = performance.now()
  const today = args.today ?? new Date().toISOString().slice(0, 10)
  const reportTemp = reportTempName(reportPath(args.out), process.pid)
  /** The report under its temporary name, once it is being written. */
  let reportWritten: Promise<void> | null = null

  // A large archive is parsed on worker threads, one per core (parse-pool.ts);
  // what is published does not depend on it.
  const parser = createDocumentParser(files, displayPath)
  // Installed before the staging folder exists: a signal that arrived between
  // its creation and a later install killed the run and left it behind (CI).
  let opening: Promise<Staging> | null = null
  let swapping = () => false
  const stop = (signal: NodeJS.Signals) => {
    // Never leave a half-written DIR: drop the staging folder, keep the old output.
    if (swapping()) return
    // The parsers stop writing first, so nothing recreates files in the removed folder.
    void parser
      .close()
      .then(async () => {
        const opened = await opening?.catch(() => null)
        await opened?.abort()
        await reportWritten?.catch(() => {})
        await rm(reportTemp, { force: true })
      })
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)

  // Emoji intact anywhere in the archive guide the repair of damaged ones.
  const knownEmoji = await parser.knownEmoji()
  // Wall time of each phase, for the benchmark's ingest-stats line.
  const phases: Record<string, number> = {}
  let phaseStart = started
  const endPhase = (name: string) => {
    const now = performance.now()
    phases[name] = Math.round(now - phaseStart)
    phaseStart = now
  }
  endPhase('emoji')
  opening = Staging.open(args.out)
  const staging = await opening
  swapping = () => staging.inSwap
  await mkdir(join(staging.dir, PARSED_DIR))

  const reports: DocumentReport[] = []
  const digests: Sourced<DigestMeta>[] = []
  const posts: Sourced<Post>[] = []
  /** Each date's published digest: the later file name, as build-site chooses. */
  const digestFiles = new Map<string, { file: string; bytes: number; hash: string }>()
  /** `digests/<date>.json` -> the winning body that waits in PARSED_DIR. */
  const movesLeft = new Map<string, string>()
  /** Search shards linked unchanged from DIR (shard-reuse.ts). */
  let shardsReused = 0
  try {
    for await (const { path, outcome } of parser.parse({
      today,
      knownEmoji,
      dir: staging.dir,
      published: args.out,
    })) {
      await staging.flush(false)
      const file = displayPath(path)
      const report: DocumentReport = {
        file,
        source: sources.get(path),
        kind: null,
        status: 'ok',
        output: null,
        issues: [],
        repairs: [],
      }
      reports.push(report)
      if (outcome.kind === 'failed') {
        report.status = 'failed'
        report.issues.push(outcome.issue)
        continue
      }
      report.kind = outcome.kind
      report.issues.push(...outcome.issues)
      report.repairs.push(...outcome.repairs)
      if (outcome.kind === 'digest') {
        // Validated, serialised and written by the parser (stage-outcome.ts):
        // the first of a date where it is published, others aside. Of two
        // digests for one date build-site publishes the later file name;
        // if that one waits aside, it is moved over the other once every
        // document is parsed (a thread may still be writing until then).
        const previous = digestFiles.get(outcome.meta.date)
        if (previous === undefined || file.localeCompare(previous.file) > 0) {
          digestFiles.set(outcome.meta.date, { file, bytes: outcome.bytes, hash: outcome.hash })
          if (outcome.staged === outcome.output) movesLeft.delete(outcome.output)
          else movesLeft.set(outcome.output, outcome.staged)
        }
        report.output = outcome.output
        digests.push({ file, value: outcome.meta })
      } else {
        posts.push({ file, value: outcome.post })
      }
    }

    for (const [output, staged] of movesLeft) staging.move(staged, output)
    endPhase('parse')
    const failed = reports.filter((r) => r.status === 'failed')
    // --keep-going publishes the good documents, if there is one: publishing
    // replaces DIR as a whole, and an output of nothing would put an empty
    // site in place of yesterday's.
    const noneGood = reports.length > 0 && failed.length === reports.length
    const publish = failed.length === 0 || (args.keepGoing && !noneGood)
    // The shards are built on the workers while this thread builds, validates
    // and writes the site files: those ran alone before, the workers idle.
    let search: Promise<unknown> | null = null
    // Publishing with failures (--keep-going): a failed document that
    // published before keeps that version (keep-previous.ts). Nothing is read
    // when nothing failed.
    if (publish && failed.length > 0) {
      await keepPreviousVersions(reports, args.out, { digestFiles, digests, posts, staging })
    }
    adviseCutShort(failed, { keepGoing: args.keepGoing, published: publish })
    if (publish) {
      // Search shards are built from the published digests (on the workers,
      // when there are some: the moves above must be on disk first), with the
      // post slugs the site files will have.
      await staging.flush()
      const published = [...digestFiles].map(
        ([date, { file, bytes, hash }]): PublishedDigest => ({
          date,
          file,
          path: join(staging.dir, 'digests', `${date}.json`),
          bytes,
          hash,
        }),
      )
      const publishedPosts = dedupePostSlugs(posts).map(({ value }) => value)
      const output = {
        writeText: (path: string, body: string | Uint8Array) => staging.writeText(path, body),
        flush: () => staging.flush(),
      }
      // Not recursive: after an interrupt removed the staging folder, fail rather than recreate it.
      await mkdir(join(staging.dir, 'search'))
      search = writeSearchIndex(
        published,
        publishedPosts,
        today,
        output,
        parser.shardBuilder(staging.dir, args.out),
        shardReuse(staging, args.out, () => shardsReused++),
      )
      // Awaited below; a failure meanwhile must not be an unhandled rejection.
      search.catch(() => {})
    }
    const site = buildSite({ digests, posts })
    attachSiteIssues(reports, site.issues)
    for (const report of reports) {
      const output = site.postOutputs.get(report.file)
      if (output) report.output = output
    }
    let yielded = performance.now()
    for (const [path, value] of site.files) {
      writeValidated(staging, path, value)
      // Every few milliseconds, lets the shard builder hand the workers their next shards.
      if (search && performance.now() - yielded > YIELD_MS) {
        await new Promise(setImmediate)
        yielded = performance.now()
      }
    }
    await staging.flush()
    // From here on `search` is the shards still being built once the site files are written.
    endPhase('site')
    // The report is complete: it is serialised while the workers build the
    // last shards (this thread is idle then) and written under a temporary
    // name, renamed into place at the end. Rewritten there instead, its 20 MB
    // (10,000 digests) went beside the removal of the old DIR, and took 3 s.
    reportWritten = writeReport(reportTemp, reports, publish)
    reportWritten.catch(() => {})
    if (search) {
      await search
      endPhase('search')
    }
    await parser.close()
    await staging.flush()
    await removeScratch(staging.dir)
    endPhase('scratch')

    let oldRemoved: Promise<void> = Promise.resolve()
    if (publish) {
      const { removeOld } = await staging.swapIn()
      endPhase('swap')
      // feed.atom and feed.json beside DIR, from what was just published (SITE_URL for links).
      await writeFeeds(args.out)
      endPhase('feeds')
      // The previous DIR, renamed aside by the swap, is gone before the run ends.
      oldRemoved = removeOld()
      oldRemoved.catch(() => {})
    } else {
      await staging.abort()
    }
    await reportWritten
    // The published report always describes DIR. A run that publishes
    // nothing leaves it (and DIR) as they were and puts its own report beside
    // them under a name that says so; a run that publishes replaces the
    // report, and a failed run's report from before goes: it explained a
    // failure this output has superseded.
    const report = publish ? reportPath(args.out) : failedReportPath(args.out)
    await rename(reportTemp, report)
    if (publish) await rm(failedReportPath(args.out), { force: true })
    endPhase('report')
    await oldRemoved
    endPhase('old')
    printSummary(reports, {
      out: args.out,
      published: publish,
      report,
      previousReport: publish ? null : await existingFile(reportPath(args.out)),
      noneGood,
      seconds: (performance.now() - started) / 1000,
      quiet: args.quiet,
    })
    // For the benchmark: peak memory and CPU of this run (all threads), in one parsable line.
    if (process.env.INGEST_STATS) {
      const usage = process.resourceUsage()
      const stats = {
        documents: reports.length,
        workers: workerCount(files.length),
        shardsReused,
        maxRssKb: usage.maxRSS,
        cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
        // The kernel's part. On these machines creating 10,000 files took from
        // 0.2 to 5 s, nearly all in the kernel, from one minute to the next (docs/performance.md):
        // the largest cause of the spread of the ingest's wall time.
        sysCpuMs: Math.round(usage.systemCPUTime / 1000),
        // Emoji pass, parse, site files (index, months, podcasts), search shards.
        phasesMs: phases,
        // Process start to the first document listed (bundle, imports), and to this line.
        bootMs: Math.round(started),
        totalMs: Math.round(performance.now()),
      }
      console.log(`ingest-stats: ${JSON.stringify(stats)}`)
    }
    return failed.length > 0 ? 1 : 0
  } catch (error) {
    await parser.close()
    await staging.abort()
    // A report still being written would land after its removal.
    await reportWritten?.catch(() => {})
    await rm(reportTemp, { force: true })
    throw error
  } finally {
    // Idle worker threads would keep the process alive after an error.
    await parser.close()
  }
}

/**
 * Puts the previous versions of failed documents in the new output as if
 * they had parsed: the digest's file (its bytes and hash, for the search
 * shards), its metadata for the index, months and podcasts; a post for the
 * site build. A good document of today publishing the same date or post wins.
 */
async function keepPreviousVersions(
  documents: DocumentReport[],
  out: string,
  run: {
    digestFiles: Map<string, { file: string; bytes: number; hash: string }>
    digests: Sourced<DigestMeta>[]
    posts: Sourced<Post>[]
    staging: Staging
  },
): Promise<void> {
  const postsToday = new Map(
    dedupePostSlugs(run.posts).map(({ file, value }) => [`posts/${value.slug}.json`, file]),
  )
  const kept = await keepPrevious(documents, {
    dir: out,
    report: reportPath(out),
    publishedToday: (output) =>
      output.startsWith('digests/')
        ? run.digestFiles.get(output.slice('digests/'.length, -'.json'.length))?.file
        : postsToday.get(output),
  })
  for (const version of kept) {
    if (version.kind === 'commentary') {
      run.posts.push({ file: version.file, value: version.post })
      continue
    }
    run.staging.writeText(version.output, version.bytes)
    run.digestFiles.set(version.date, {
      file: version.file,
      bytes: version.bytes.length,
      hash: version.hash,
    })
    run.digests.push({ file: version.file, value: version.meta })
  }
}

/**
 * Shards are reused only when the code that built them is known: the bundle
 * `npm run ingest` runs names its content hash in INGEST_CODE_ID
 * (scripts/run-ingest.mjs). Run from source (tsx), every shard is built.
 */
function shardReuse(staging: Staging, published: string, counted: () => void): ShardReuse | null {
  const code = process.env.INGEST_CODE_ID
  if (!code) return null
  return {
    code,
    published,
    link: (path) => {
      staging.linkFrom(published, path)
      counted()
    },
  }
}

/** How long writing the site files may keep this thread from the workers' messages. */
const YIELD_MS = 10

/** Validates now (a bug stops the run here) and queues the write. */
function writeValidated(staging: Staging, path: string, value: unknown): void {
  const problem = validateOutput(path, value)
  if (problem) throw new Error(`ingest produced an invalid file (a bug): ${problem}`)
  staging.write(path, value)
}

function attachSiteIssues(reports: DocumentReport[], issues: Issue[]): void {
  for (const issue of issues) reports.find((r) => r.file === issue.file)?.issues.push(issue)
}

/** The report of the published output: beside DIR, so a failed run can write its own without touching DIR. */
function reportPath(out: string): string {
  return join(dirname(out), REPORT_FILE)
}

/**
 * The report of the last run that published nothing. Written over the
 * published report, as before, it described documents DIR does not hold
 * while DIR kept the previous output (decision 0003, addendum of 2026-12-07).
 */
function failedReportPath(out: string): string {
  return join(dirname(out), FAILED_REPORT_FILE)
}

/** `path` when it exists, for the summary to name. */
async function existingFile(path: string): Promise<string | null> {
  try {
    await access(path)
    return path
  } catch {
    return null
  }
}

async function writeReport(
  path: string,
  documents: DocumentReport[],
  published: boolean,
): Promise<void> {
  const report: Report = { generatedAt: new Date().toISOString(), published, documents }
  // `JSON.stringify(report, null, 2)`, a document at a time (json-bytes.ts).
  await writeFile(path, [prettyJsonToUtf8(report, { documents: 'items' }, 2), '\n'])
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exitCode = 1
  },
)
