import * as z from 'zod/mini'
import { isoDate, slug } from './digest'

export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  text: z.string(),
  /** A labelled part of a quoted answer ("Claims Regarding Cost"), else null. */
  label: z.nullable(z.string()),
})

export const quoteSchema = z.object({
  type: z.literal('quote'),
  /** Who is quoted ("Grok"). */
  source: z.string(),
  /** The sentence that introduced the quote ("Here’s what Grok has to say."). */
  intro: z.nullable(z.string()),
  blocks: z.array(paragraphSchema),
})

export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, quoteSchema])

export const relatedEpisodeSchema = z.object({
  date: isoDate,
  episodeSlug: slug,
  podcast: z.string(),
  title: z.string(),
  /** The shared topics, as displayed ("DeepSeek"). */
  sharedTopics: z.array(z.string()),
})

export const postSchema = z.object({
  slug,
  title: z.string(),
  /** From the document when it states one, else null. */
  date: z.nullable(isoDate),
  blocks: z.array(blockSchema),
  /** Topics as displayed ("DeepSeek"); keys are their lower-cased, space-less forms. */
  topics: z.array(z.string()),
  relatedEpisodes: z.array(relatedEpisodeSchema),
})

export type Paragraph = z.infer<typeof paragraphSchema>
export type Quote = z.infer<typeof quoteSchema>
export type Block = z.infer<typeof blockSchema>
export type RelatedEpisode = z.infer<typeof relatedEpisodeSchema>
export type Post = z.infer<typeof postSchema>
