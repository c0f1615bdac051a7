// A digest as printed, before ids, topics and Top Podcast matching are
// derived from it. Line numbers let the assembly step point at the text.

export interface RawSubsection {
  line: number
  /** "7" or "7.1", as printed. */
  number: string
  emoji: string | null
  title: string
  bullets: string[]
}

export interface RawSection extends RawSubsection {
  subsections: RawSubsection[]
}

export interface RawEpisode {
  /** The header line "Podcast - Title". */
  line: number
  podcast: string
  title: string
  summary: string
  keyPoints: string[]
  sections: RawSection[]
}

export interface RawTopPodcast {
  line: number
  podcast: string
  oneLine: string
}

export interface RawDigest {
  site: string
  date: string
  title: string
  topPodcasts: RawTopPodcast[]
  episodes: RawEpisode[]
}
