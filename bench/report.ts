import { writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import type { IngestResult } from './ingest-bench'
import type { LoadSummary } from './time-to-content'

interface SizeResult {
  digests: number
  ingest: IngestResult
  firstLoad: { dataGzipKb: number; untilReady?: { dataGzipKb: number } }
  timing: {
    overview: LoadSummary
    episode: LoadSummary
    staticEpisode: LoadSummary
    ratio: number
  }
  returning: { overviewMs: number; episodeMs: number }
  search: { firstStep: { gzipKb: number; medianMs: number; p95Ms: number } }
}

/** One row per archive size, and whether ingest cost per digest stays flat (linear growth). */
export function printSummary(results: readonly Record<string, unknown>[]): void {
  const rows = results as unknown as SizeResult[]
  console.log('\nSummary (medians):')
  console.table(
    rows.map((r) => ({
      digests: r.digests,
      'ingest s': r.ingest.seconds,
      'ms/digest': r.ingest.msPerDigest,
      'CPU s': r.ingest.cpuSeconds,
      'kernel s': r.ingest.sysCpuSeconds,
      'peak RSS MB': r.ingest.peakRssMb,
      'rerun s': r.ingest.rerun?.seconds,
      'data before paint KB gz': r.firstLoad.dataGzipKb,
      'data until ready KB gz': r.firstLoad.untilReady?.dataGzipKb,
      'overview ms': r.timing.overview.visibleMs,
      'episode ms': r.timing.episode.visibleMs,
      'static ms': r.timing.staticEpisode.visibleMs,
      'episode/static': r.timing.ratio,
      CLS: Math.max(r.timing.overview.maxCls, r.timing.episode.maxCls),
      'returning overview/episode ms': `${r.returning.overviewMs} / ${r.returning.episodeMs}`,
      'search first KB gz': r.search.firstStep.gzipKb,
      'search median/p95 ms': `${r.search.firstStep.medianMs} / ${r.search.firstStep.p95Ms}`,
    })),
  )
  const k1 = rows.find((r) => r.digests === 1000)
  const k10 = rows.find((r) => r.digests === 10000)
  if (k1 && k10) {
    const growth = k10.ingest.msPerDigest / k1.ingest.msPerDigest
    console.log(
      `Ingest per digest: ${k1.ingest.msPerDigest} ms at 1,000, ${k10.ingest.msPerDigest} ms at 10,000 (x${growth.toFixed(2)}; 1.0 is linear growth)`,
    )
  }
}

export async function writeResults(path: string, body: Record<string, unknown>): Promise<void> {
  const machine = {
    cpus: cpus().length,
    loadAverageAtEnd: loadavg().map((n) => Number(n.toFixed(1))),
  }
  await writeFile(
    path,
    `${JSON.stringify({ date: new Date().toISOString(), machine, ...body }, null, 2)}\n`,
  )
}
