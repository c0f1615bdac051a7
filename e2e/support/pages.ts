/** Every kind of page in the app, with a heading that proves it rendered. */
export const PAGES = [
  { name: 'overview', path: '/', heading: /AI's Global Impact/ },
  { name: 'archive', path: '/digests', heading: /Archive|digests/i },
  { name: 'digest', path: '/digests/2025-02-03', heading: /AI's Global Impact/ },
  {
    name: 'episode',
    path: '/digests/2025-02-03/ai-czar-david-sacks-explains-the-deepseek-freak-out',
    heading: /AI Czar David Sacks/,
  },
  { name: 'podcasts', path: '/podcasts', heading: /Podcasts/ },
  { name: 'podcast', path: '/podcasts/all-in-podcast', heading: /All-In Podcast/ },
  { name: 'commentary', path: '/commentary', heading: /Commentary/ },
  {
    name: 'post',
    path: '/commentary/more-on-why-tariffs-wont-work-and-why-us-consumers-will-be-financially-repressed',
    heading: /More on why tariffs/,
  },
  { name: 'bookmarks', path: '/bookmarks', heading: /Bookmarks/ },
  { name: 'not-found', path: '/no/such/page', heading: /not found/i },
] as const
