import * as v from 'valibot'
import { isoDate, slug } from './digest'

export const paragraphSchema = v.object({
  type: v.literal('paragraph'),
  text: v.string(),
  /** A labelled part of a quoted answer ("Claims Regarding Cost"), else null. */
  label: v.nullable(v.string()),
})

export const quoteSchema = v.object({
  type: v.literal('quote'),
  /** Who is quoted ("Grok"). */
  source: v.string(),
  /** The sentence that introduced the quote ("Here’s what Grok has to say."). */
  intro: v.nullable(v.string()),
  blocks: v.array(paragraphSchema),
})

export const blockSchema = v.variant('type', [paragraphSchema, quoteSchema])

export const relatedEpisodeSchema = v.object({
  date: isoDate,
  episodeSlug: slug,
  podcast: v.string(),
  title: v.string(),
  /** The shared topics, as displayed ("DeepSeek"). */
  sharedTopics: v.array(v.string()),
})

export const postSchema = v.object({
  slug,
  title: v.string(),
  /** From the document when it states one, else null. */
  date: v.nullable(isoDate),
  blocks: v.array(blockSchema),
  /** Topics as displayed ("DeepSeek"); keys are their lower-cased, space-less forms. */
  topics: v.array(v.string()),
  relatedEpisodes: v.array(relatedEpisodeSchema),
})

export type Paragraph = v.InferOutput<typeof paragraphSchema>
export type Quote = v.InferOutput<typeof quoteSchema>
export type Block = v.InferOutput<typeof blockSchema>
export type RelatedEpisode = v.InferOutput<typeof relatedEpisodeSchema>
export type Post = v.InferOutput<typeof postSchema>
