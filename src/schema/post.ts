import * as v from 'valibot'
import { isoDate, slug } from './digest'

export const paragraphSchema = v.object({
  type: v.literal('paragraph'),
  text: v.string(),
  /** A labelled part of a quoted answer ("Claims Regarding Cost"), else null. */
  label: v.nullable(v.string()),
})

/** Lines printed as a list ("- item", "• item", "1. item"), in the author's text or an answer. */
export const listSchema = v.object({
  type: v.literal('list'),
  /** Numbered ("1.", "2)"): shown numbered from `start`. */
  ordered: v.boolean(),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  items: v.array(v.string()),
})

/** A heading printed as one ("### Key innovations"). */
export const headingSchema = v.object({
  type: v.literal('heading'),
  text: v.string(),
  /**
   * The heading's anchor (`/commentary/<post>#<id>`): a slug of its text,
   * unique within the post. Optional: data written before it had none, and
   * such a heading is shown as before, without an anchor.
   */
  id: v.optional(slug),
})

/** What a quoted answer holds: an assistant's answer often has headings and lists. */
export const answerBlockSchema = v.variant('type', [paragraphSchema, listSchema, headingSchema])

export const quoteSchema = v.object({
  type: v.literal('quote'),
  /** Who is quoted ("Grok"). */
  source: v.string(),
  /** The sentence that introduced the quote ("Here’s what Grok has to say."). */
  intro: v.nullable(v.string()),
  blocks: v.array(answerBlockSchema),
})

export const blockSchema = v.variant('type', [
  paragraphSchema,
  quoteSchema,
  listSchema,
  headingSchema,
])

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
export type List = v.InferOutput<typeof listSchema>
export type Heading = v.InferOutput<typeof headingSchema>
export type AnswerBlock = v.InferOutput<typeof answerBlockSchema>
export type Quote = v.InferOutput<typeof quoteSchema>
export type Block = v.InferOutput<typeof blockSchema>
export type RelatedEpisode = v.InferOutput<typeof relatedEpisodeSchema>
export type Post = v.InferOutput<typeof postSchema>
