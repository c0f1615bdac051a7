// The ingest CLI: documents in content/ (or the given paths) -> validated JSON
// in public/data (or --out). The parsing is the pure library in src/ingest;
// this file only reads, reports and publishes. Exit codes: 0 ok, 1 document
// errors, 2 usage errors. See docs/decisions/0003-ingest-publishing.md.
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { buildSite, type DigestMeta, type Sourced } from '../src/ingest/build-site'
import { IngestError } from '../src/ingest/ingest-error'
import { parseDocument } from '../src/ingest/parse-document'
import { findIntactEmoji } from '../src/ingest/repair/repair-text'
import { digestEntry } from '../src/ingest/search-index'
import { validateOutput } from '../src/ingest/validate-output'
import type { Post } from '../src/schema/post'
import type { DocumentReport, Issue, Report } from '../src/schema/report'
import { parseArgs, USAGE, UsageError } from './ingest/args'
import { Staging } from './ingest/publish'
import { displayPath, listDocuments, readAhead } from './ingest/read-documents'
import { SearchSpill, writeSearchIndex } from './ingest/search-spill'
import { printSummary } from './ingest/summary'
import { writeFeeds } from './ingest/write-feeds'

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>
  let files: string[]
  try {
    args = parseArgs(process.argv.slice(2))
    files = await listDocuments(args.paths)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    if (error.message) console.error(`ingest: ${error.message}\n`)
    console.error(USAGE)
    return 2
  }
  const started = performance.now()
  const today = args.today ?? new Date().toISOString().slice(0, 10)

  // Emoji intact anywhere in the archive guide the repair of damaged ones.
  const knownEmoji = new Set<string>()
  const decoder = new TextDecoder()
  for await (const { bytes } of readAhead(files)) {
    for (const emoji of findIntactEmoji(decoder.decode(bytes))) knownEmoji.add(emoji)
  }

  const staging = await Staging.open(args.out)
  const search = new SearchSpill(staging.dir)
  const stop = (signal: NodeJS.Signals) => {
    // Never leave a half-written DIR: drop the staging folder, keep the old output.
    if (staging.inSwap) return
    void search
      .abort()
      .then(() => staging.abort())
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)

  const reports: DocumentReport[] = []
  const digests: Sourced<DigestMeta>[] = []
  const posts: Sourced<Post>[] = []
  try {
    for await (const { path, bytes } of readAhead(files)) {
      await staging.flush(false)
      const file = displayPath(path)
      const report: DocumentReport = {
        file,
        kind: null,
        status: 'ok',
        output: null,
        issues: [],
        repairs: [],
      }
      reports.push(report)
      try {
        const parsed = parseDocument(bytes, file, { today, knownEmoji })
        report.kind = parsed.kind
        report.issues.push(...parsed.issues)
        report.repairs.push(...parsed.repairs)
        if (parsed.kind === 'digest') {
          const output = `digests/${parsed.digest.date}.json`
          writeValidated(staging, output, parsed.digest)
          report.output = output
          digests.push({ file, value: toMeta(parsed.digest) })
          search.add(digestEntry(parsed.digest, file))
        } else {
          posts.push({ file, value: parsed.post })
        }
      } catch (error) {
        const issue = error instanceof IngestError ? error.toIssue() : internalIssue(file, error)
        report.status = 'failed'
        report.issues.push(issue)
      }
    }

    const failed = reports.filter((r) => r.status === 'failed')
    const site = buildSite({ digests, posts })
    attachSiteIssues(reports, site.issues)
    for (const report of reports) {
      const output = site.postOutputs.get(report.file)
      if (output) report.output = output
    }
    for (const [path, value] of site.files) writeValidated(staging, path, value)
    await staging.flush()
    const publish = failed.length === 0 || args.keepGoing
    if (publish) {
      // Search shards are built one at a time from the spilled entries, with the published post slugs.
      const publishedPosts = posts.map(({ file, value }) => {
        const output = site.postOutputs.get(file)
        return output ? { ...value, slug: output.slice('posts/'.length, -'.json'.length) } : value
      })
      await writeSearchIndex(search, publishedPosts, today, {
        write: (path, value) => writeValidated(staging, path, value),
        flush: () => staging.flush(),
      })
    }
    await search.remove()

    if (publish) {
      await staging.commit()
      // feed.atom and feed.json beside DIR, from what was just published (SITE_URL for links).
      await writeFeeds(args.out)
    } else {
      await staging.abort()
    }
    await writeReport(reportPath(args.out), reports)
    printSummary(reports, {
      out: args.out,
      published: publish,
      seconds: (performance.now() - started) / 1000,
      quiet: args.quiet,
    })
    // For the benchmark: peak memory of this run, in one parsable line.
    if (process.env.INGEST_STATS) {
      console.log(
        `ingest-stats: ${JSON.stringify({ documents: reports.length, maxRssKb: process.resourceUsage().maxRSS })}`,
      )
    }
    return failed.length > 0 ? 1 : 0
  } catch (error) {
    await search.abort()
    await staging.abort()
    throw error
  }
}

/** Validates now (a bug stops the run here) and queues the write. */
function writeValidated(staging: Staging, path: string, value: unknown): void {
  const problem = validateOutput(path, value)
  if (problem) throw new Error(`ingest produced an invalid file (a bug): ${problem}`)
  staging.write(path, value)
}

function toMeta(digest: DigestMeta): DigestMeta {
  return {
    date: digest.date,
    site: digest.site,
    title: digest.title,
    episodes: digest.episodes.map(({ slug, podcast, podcastSlug, title, oneLine, topics }) => ({
      slug,
      podcast,
      podcastSlug,
      title,
      oneLine,
      topics,
    })),
  }
}

function attachSiteIssues(reports: DocumentReport[], issues: Issue[]): void {
  for (const issue of issues) reports.find((r) => r.file === issue.file)?.issues.push(issue)
}

function internalIssue(file: string, error: unknown): Issue {
  return {
    file,
    line: 1,
    severity: 'error',
    code: 'internal',
    message: `${file}:1: the ingest failed unexpectedly (a bug): ${String(error)}`,
  }
}

/** The full report sits beside DIR, so a failed run can write it without touching DIR. */
function reportPath(out: string): string {
  return join(dirname(out), 'ingest-report.json')
}

async function writeReport(path: string, documents: DocumentReport[]): Promise<void> {
  const report: Report = { generatedAt: new Date().toISOString(), documents }
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)
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
