import type { EpisodeRef } from '../../schema/site-index'

export interface DayGroup {
  date: string
  episodes: EpisodeRef[]
}

export interface MonthGroup {
  /** `2025-02`. */
  month: string
  days: DayGroup[]
}

export interface GroupedEpisodes {
  /** Newest month first, and newest day first within each month. */
  months: MonthGroup[]
  /** Days in the whole list (each day is one digest). */
  dayCount: number
  /** Days left out by the limit. */
  hiddenDays: number
}

/**
 * One podcast's episodes (from `podcasts/<slug>.json`, newest first) laid out
 * like the archive: months, then days, then that day's episodes, keeping only
 * the first `dayLimit` days so a podcast covered for ten years still renders a
 * page of rows. The filtered archive uses this instead of scanning months.
 */
export function groupEpisodesByDay(
  episodes: readonly EpisodeRef[],
  dayLimit: number,
): GroupedEpisodes {
  // Keyed by date, so two episodes of one day stay together even if the file
  // ever listed them apart; insertion order keeps the file's newest-first order.
  const byDate = new Map<string, EpisodeRef[]>()
  for (const episode of episodes) {
    const day = byDate.get(episode.date)
    if (day) day.push(episode)
    else byDate.set(episode.date, [episode])
  }
  const months: MonthGroup[] = []
  let shown = 0
  for (const [date, dayEpisodes] of byDate) {
    if (shown === Math.max(0, dayLimit)) break
    shown++
    const month = date.slice(0, 7)
    const last = months.at(-1)
    const group: DayGroup = { date, episodes: dayEpisodes }
    if (last?.month === month) last.days.push(group)
    else months.push({ month, days: [group] })
  }
  return { months, dayCount: byDate.size, hiddenDays: byDate.size - shown }
}
