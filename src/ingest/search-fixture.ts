// Small documents for the search tests (ingest and app side): every kind of
// search document, two podcasts, a sub-section, a quote with a label.
import type { Digest } from '../schema/digest'
import type { Post } from '../schema/post'

/** A digest with two podcasts, a section with a sub-section, and a known phrase. */
export function smallDigest(date = '2025-02-03', title = 'AI and Markets'): Digest {
  const section = (id: string, number: string, heading: string, bullets: string[]) => ({
    id,
    number,
    emoji: '🌟',
    emojiLabel: 'glowing star',
    title: heading,
    bullets,
  })
  return {
    date,
    site: 'Digestly',
    title,
    topPodcasts: [],
    episodes: [
      {
        slug: 'deepseek-freak-out',
        podcast: 'All-In Podcast',
        podcastSlug: 'all-in-podcast',
        title: 'The DeepSeek Freak Out',
        oneLine: null,
        summary: 'A Chinese open-source model surprised the markets.',
        keyPoints: ['Costs are debated.'],
        sections: [
          {
            ...section('model-release', '1', 'The Explosive Model Release', [
              'There was a trillion-dollar decline in market capitalization within one day.',
            ]),
            subsections: [
              section('costs', '1.1', 'Costs', ['The $6 million figure is only the final run.']),
            ],
          },
        ],
        topics: ['deepseek'],
      },
      {
        slug: 'men-and-boys',
        podcast: 'Chris Williamson',
        podcastSlug: 'chris-williamson',
        title: 'Men and Boys',
        oneLine: null,
        summary: 'Richard Reeves on gender gaps.',
        keyPoints: [],
        sections: [{ ...section('school', '1', 'School', ['Boys fall behind.']), subsections: [] }],
        topics: [],
      },
    ],
  }
}

/** A post whose quote has a labelled part. */
export const samplePost: Post = {
  slug: 'tariffs',
  title: 'Why tariffs won’t work',
  date: null,
  blocks: [
    { type: 'paragraph', text: 'China is taking the lead.', label: null },
    {
      type: 'quote',
      source: 'Grok',
      intro: 'Here’s what Grok has to say.',
      blocks: [
        { type: 'paragraph', text: 'Innovations like Multi-head Latent Attention.', label: 'Cost' },
      ],
    },
  ],
  topics: [],
  relatedEpisodes: [],
}
