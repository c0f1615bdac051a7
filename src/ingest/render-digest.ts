import type { Digest, Section, Subsection } from '../schema/digest'
import { formatNewsletterDate } from './parse-date'

/**
 * A Digest back in the newsletter's text layout, which parseDocument reads
 * back to an equal Digest (derived fields such as ids, topics and the Top
 * Podcast matching are recomputed from the text, not written). Used by the
 * generator of large test archives and by the round-trip property test.
 * The "Previous Digests" trailer ends it, as it ends the newsletter: it is
 * not content, but it tells the ingest the file reached its end (cut-short.ts).
 */
export function renderDigest(digest: Digest): string {
  const out: string[] = [digest.site, '', formatNewsletterDate(digest.date), '', digest.title, '']
  if (digest.topPodcasts.length > 0) {
    out.push('Top Podcast')
    for (const t of digest.topPodcasts) out.push(`${t.podcast}: ${t.oneLine}`)
    out.push('')
  }
  for (const e of digest.episodes) {
    out.push(`${e.podcast} - ${e.title}`, '', e.summary, '', 'Key Points:', '')
    for (const k of e.keyPoints) out.push(`  • ${k}`)
    out.push('', 'Details:', '')
    for (const s of e.sections) {
      out.push(...heading(s), '')
      for (const sub of s.subsections) out.push(...heading(sub), '')
    }
  }
  out.push('Previous Digests')
  return `${out.join('\n')}\n`
}

function heading(s: Section | Subsection): string[] {
  const number = `${s.number}.`
  const lines = [[number, s.emoji, s.title].filter((p) => p !== null && p !== '').join(' ')]
  if (s.bullets.length > 0) lines.push('', ...s.bullets.map((b) => `  • ${b}`))
  return lines
}
