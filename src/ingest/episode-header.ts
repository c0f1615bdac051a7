export interface EpisodeHeader {
  podcast: string
  title: string
  issue: { code: string; message: string } | null
}

const SEPARATOR = / [-–—] /

/**
 * "All-In Podcast - AI Czar ... - Part 2": the title may itself contain
 * " - ", so the podcast is found by the Top Podcast names first (longest
 * first); only without a known name is the line split at the first " - ".
 */
export function splitEpisodeHeader(line: string, podcastNames: readonly string[]): EpisodeHeader {
  for (const name of podcastNames) {
    if (startsWithName(line, name)) {
      return {
        podcast: line.slice(0, name.length),
        title: line.slice(name.length + 3).trim(),
        issue: null,
      }
    }
  }
  const m = SEPARATOR.exec(line)
  if (!m) {
    return {
      podcast: '',
      title: line,
      issue: {
        code: 'episode-header-without-podcast',
        message: 'expected "Podcast - Episode title"; found no " - "',
      },
    }
  }
  const podcast = line.slice(0, m.index).trim()
  return {
    podcast,
    title: line.slice(m.index + 3).trim(),
    issue: {
      code: 'episode-header-split',
      message: `no Top Podcast name starts this header; took "${podcast}" (before the first " - ") as the podcast`,
    },
  }
}

/** "All-In Podcast - ..." starts with the name "All-In Podcast" and a dash. */
export function startsWithName(line: string, name: string): boolean {
  return (
    line.length > name.length + 3 &&
    line.slice(0, name.length).toLowerCase() === name.toLowerCase() &&
    SEPARATOR.test(line.slice(name.length, name.length + 3))
  )
}
