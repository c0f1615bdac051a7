/** The site footer's id: the end of the overview's first screen for the prerender. */
export const SITE_FOOTER_ID = 'site-footer'
