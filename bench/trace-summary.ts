import { readFile } from 'node:fs/promises'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  /** Thread (CPU) time: less swayed than `dur` by other jobs on a shared machine. */
  tdur?: number
  args?: { name?: string; data?: { frame?: string } }
}

/** Main-thread work of the kinds that stand between the HTML and a first paint. */
const KINDS: Record<string, string> = {
  ParseHTML: 'parseHtml',
  ParseAuthorStyleSheet: 'parseCss',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  'v8.compileModule': 'script',
  FunctionCall: 'script',
  // The browser's font matching, asked for each family, weight and size a
  // cold page lays out (the `fonts` category, which tracedLoad records).
  'FontCache::GetFontPlatformData': 'fonts',
  'FontCache::FallbackFontForCharacter': 'fonts',
}

/**
 * Where the renderer's main thread spent its time (ms, 4x slowed when the
 * trace was) from the start of the page's HTML response to its first
 * contentful paint, from a trace written by tracedLoad. Nested events of one
 * kind count once (a Layout inside a FunctionCall counts as layout and as
 * script: the kinds overlap, they do not sum to the total). layoutCpu and
 * styleCpu are the same events' thread time, which other jobs on the
 * machine inflate far less than wall time.
 */
export async function summariseTrace(path: string): Promise<Record<string, number>> {
  const raw = JSON.parse(await readFile(path, 'utf8'))
  const events: TraceEvent[] = Array.isArray(raw) ? raw : raw.traceEvents
  const main = events.find((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain')
  if (!main) throw new Error(`${path}: no renderer main thread`)
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid)
  const start = events.find((e) => e.name === 'ResourceSendRequest')?.ts
  if (start === undefined) throw new Error(`${path}: no request`)
  // FCP is reported at presentation, which may fall after the trace ends: then all of it counts.
  const fcp =
    onMain.find((e) => e.name === 'firstContentfulPaint')?.ts ??
    Math.max(...onMain.map((e) => e.ts + (e.dur ?? 0)))
  const totals: Record<string, number> = { fromRequestToFcp: (fcp - start) / 1000 }
  const openUntil: Record<string, number> = {}
  for (const e of onMain.sort((a, b) => a.ts - b.ts)) {
    const kind = KINDS[e.name]
    if (!kind || e.ph !== 'X' || e.ts < start || e.ts > fcp) continue
    if ((openUntil[kind] ?? 0) > e.ts) continue
    openUntil[kind] = e.ts + (e.dur ?? 0)
    totals[kind] = (totals[kind] ?? 0) + (e.dur ?? 0) / 1000
    if (kind === 'layout') {
      totals.longestLayout = Math.max(totals.longestLayout ?? 0, (e.dur ?? 0) / 1000)
      totals.layoutCpu = (totals.layoutCpu ?? 0) + (e.tdur ?? 0) / 1000
    }
    if (kind === 'fonts') totals.fontLookups = (totals.fontLookups ?? 0) + 1
    if (kind === 'style') totals.styleCpu = (totals.styleCpu ?? 0) + (e.tdur ?? 0) / 1000
  }
  return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v)]))
}
