import * as v from 'valibot'
import { digestSchema, isoDate } from '../schema/digest'
import { postSchema } from '../schema/post'
import {
  monthFileSchema,
  podcastFileSchema,
  postListSchema,
  siteIndexSchema,
} from '../schema/site-index'
import { PRERENDERED_QUERIES_ID } from './embedded-data'
import type { PrerenderedQuery } from './seed-query-client'

export { PRERENDERED_QUERIES_ID } from './embedded-data'
/**
 * The data a page prerendered at build time was rendered from, embedded in it
 * as `<script type="application/json" id="prerendered-queries">` (JSON, not a
 * script: the CSP runs no inline code). Hydration must start from exactly
 * this data, or React's first render would differ from the HTML on screen.
 */
export type { PrerenderedQuery } from './seed-query-client'

/**
 * What may be embedded, each checked as if fetched: files under `[kind, id]`,
 * the overview's day under `[kind]` alone (data/queries.ts), and the copies
 * of the files a list page was made from, shown until the files are fetched
 * (data/prerendered-copies.ts).
 */
const KINDS = {
  digest: { schema: digestSchema, keyed: true },
  post: { schema: postSchema, keyed: true },
  'prerendered-latest': { schema: isoDate, keyed: false },
  'prerendered-index': { schema: siteIndexSchema, keyed: false },
  'prerendered-month': { schema: monthFileSchema, keyed: true },
  'prerendered-podcast': { schema: podcastFileSchema, keyed: true },
  'prerendered-posts': { schema: postListSchema, keyed: false },
} as const

/**
 * The embedded queries when `root` holds the prerendered HTML of `pathname`,
 * else null (the SPA shell, or a copy of a page served for another address):
 * then the app renders from scratch. Data that fails its schema also gives
 * null: the page then loads it like any other and shows what went wrong.
 */
export function readPrerenderedQueries(
  root: HTMLElement,
  pathname: string,
  doc: Document = document,
): PrerenderedQuery[] | null {
  if (!root.hasChildNodes() || root.dataset.prerendered !== pathname) return null
  const text = doc.getElementById(PRERENDERED_QUERIES_ID)?.textContent
  if (!text) return null
  try {
    const parsed: unknown = JSON.parse(text)
    if (!Array.isArray(parsed)) return null
    const queries: PrerenderedQuery[] = []
    for (const entry of parsed) {
      if (!Array.isArray(entry) || !Array.isArray(entry[0])) return null
      const [key, data] = entry as [unknown[], unknown]
      const [kind, id] = key
      if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind)) return null
      const { schema, keyed } = KINDS[kind as keyof typeof KINDS]
      if (keyed ? key.length !== 2 || typeof id !== 'string' : key.length !== 1) return null
      const checked = v.safeParse(schema, data)
      if (!checked.success) return null
      queries.push([keyed ? [kind, id as string] : [kind], checked.output])
    }
    return queries
  } catch {
    return null
  }
}
