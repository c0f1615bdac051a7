import type { Browser } from '@playwright/test'
import { measureLoad, type PageMeasure } from './page-timing'
import { median, round } from './stats'

/** What "content is there" means on each page (kept in one place for when markup changes). */
export const CONTENT = {
  /** The overview's first link to an episode. */
  overview: 'main ol a[href^="/digests/"]',
  /** An episode page's first section heading: the disclosure button of a Details section. */
  episode: 'main section[data-section-level] button[aria-expanded]',
  /** The static HTML page's first section heading. */
  staticEpisode: 'h2',
}

export interface LoadSummary {
  /** Median ms from navigation start to the content being visible. */
  visibleMs: number
  /** All runs, for the spread. */
  runsMs: number[]
  /** Largest cumulative layout shift over the runs (0 is the goal). */
  maxCls: number
  lcpMs: number
  /** What the page's Content-Security-Policy refused in any run: a build bug unless empty. */
  refused: string[]
}

function summarise(measures: PageMeasure[]): LoadSummary {
  return {
    visibleMs: round(median(measures.map((m) => m.visibleMs))),
    runsMs: measures.map((m) => round(m.visibleMs)),
    maxCls: round(Math.max(...measures.map((m) => m.cls)), 3),
    lcpMs: round(median(measures.map((m) => m.lcpMs))),
    refused: [...new Set(measures.flatMap((m) => m.refused))],
  }
}

/**
 * Cold loads under 4x CPU slowdown, median of `runs`: the overview, an episode
 * page, and a plain static HTML page with the same episode's text served by
 * the same server (the yardstick). Runs are interleaved page by page so a
 * burst of load on the shared machine hits all three alike.
 */
export async function benchTimeToContent(
  browser: Browser,
  base: string,
  episodePath: string,
  runs: number,
) {
  const pages = {
    overview: { url: `${base}/`, selector: CONTENT.overview, runs: [] as PageMeasure[] },
    episode: { url: `${base}${episodePath}`, selector: CONTENT.episode, runs: [] as PageMeasure[] },
    staticEpisode: {
      url: `${base}/static-episode.html`,
      selector: CONTENT.staticEpisode,
      runs: [] as PageMeasure[],
    },
  }
  for (let i = 0; i < runs; i++) {
    for (const page of Object.values(pages)) {
      page.runs.push(await measureLoad(browser, page.url, page.selector))
    }
  }
  const overview = summarise(pages.overview.runs)
  const episode = summarise(pages.episode.runs)
  const staticHtml = summarise(pages.staticEpisode.runs)
  return {
    overview,
    episode,
    staticEpisode: staticHtml,
    /** Episode page / static HTML of the same text: the target is 1.5 or less. */
    ratio: round(episode.visibleMs / staticHtml.visibleMs, 2),
  }
}
