import { damage } from '../../src/ingest/repair/simulate-damage'
import type { Random } from './prng'
import {
  HEADING_EMOJI,
  HEADING_FRAMES,
  PODCAST_WEIGHTS,
  PODCASTS,
  SENTENCES,
  SUBJECTS,
  TITLE_FRAMES,
  TOPICS,
} from './vocabulary'

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function newsletterDate(date: Date): string {
  return `${months[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`
}

function fill(random: Random, frame: string): string {
  return frame.replaceAll('{t}', random.pick(TOPICS)).replaceAll('{s}', random.pick(SUBJECTS))
}

function sentence(random: Random): string {
  return fill(random, random.pick(SENTENCES))
}

/** Emoji as the seed shows them: mostly intact, some mangled the way the seed was. */
function headingEmoji(random: Random, damaged: boolean): string {
  const emoji = random.pick(HEADING_EMOJI)
  return damaged ? damage(emoji) : emoji
}

const CURLY = /[\u2018\u2019\u201c\u201d]/g

/**
 * Curly quotes and apostrophes damaged the way the seed's episode titles were
 * ("β€œMen Aren’t…"): each one independently, so a line mixes damaged and
 * intact ones as the seed does.
 */
function damageQuotes(random: Random, text: string, p: number): string {
  return text.replace(CURLY, (quote) => (random.chance(p) ? damage(quote) : quote))
}

/**
 * One digest in the newsletter's text layout (site, date, title, Top Podcast,
 * episodes with summary, key points and numbered emoji-headed Details with
 * optional sub-sections, the "Previous Digests" trailer).
 */
export function digestText(random: Random, date: Date): string {
  const damagedDoc = random.chance(0.3)
  const count = random.int(1, 6)
  const podcasts = new Set<string>()
  while (podcasts.size < count) podcasts.add(random.pickWeighted(PODCASTS, PODCAST_WEIGHTS))
  const episodes = [...podcasts].map((podcast) => ({
    podcast,
    title: fill(random, random.pick(TITLE_FRAMES)),
    oneLine: sentence(random),
  }))
  const lines = [
    'Digestly',
    '',
    newsletterDate(date),
    '',
    `${fill(random, '{s} & {t} Talks')} ${headingEmoji(random, damagedDoc)}`,
    '',
    'Top Podcast',
    ...episodes.map((e) => `${e.podcast}: ${e.oneLine}`),
    '',
  ]
  for (const episode of episodes) {
    const header = `${episode.podcast} - ${episode.title}`
    lines.push(damagedDoc ? damageQuotes(random, header, 0.6) : header, '')
    lines.push(Array.from({ length: random.int(4, 8) }, () => sentence(random)).join(' '), '')
    lines.push('Key Points:', '')
    for (let k = 0; k < 5; k++) lines.push(`  • ${sentence(random)}`)
    lines.push('', 'Details:', '')
    const sections = random.int(3, 10)
    for (let s = 1; s <= sections; s++) {
      const emoji = random.chance(0.9)
        ? `${headingEmoji(random, damagedDoc && random.chance(0.4))} `
        : ''
      lines.push(`${s}. ${emoji}${fill(random, random.pick(HEADING_FRAMES))}`, '')
      if (random.chance(0.12)) {
        for (let sub = 1; sub <= random.int(1, 3); sub++) {
          lines.push(`${s}.${sub}. ${fill(random, random.pick(HEADING_FRAMES))}`, '')
          if (random.chance(0.5)) {
            for (let b = 0; b < random.int(1, 3); b++) lines.push(`  • ${sentence(random)}`)
            lines.push('')
          }
        }
        continue
      }
      for (let b = 0; b < random.int(2, 6); b++) lines.push(`  • ${sentence(random)}`)
      lines.push('')
    }
  }
  lines.push('Previous Digests', '')
  return lines.join('\n')
}
