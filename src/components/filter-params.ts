// The filters' names in the address, apart from their hooks (url-filters.ts)
// so the app's entry can read them (app/prefetch-route-data.ts) without the
// schema those hooks check values with.

/**
 * The controls carry these as their `name` (and the box `value="1"`), as in a
 * GET form: public/boot-after-paint.js writes a choice made before the app
 * started into the address under that name, where the hooks read it.
 */
export const PODCAST_PARAM = 'podcast'
export const UNREAD_PARAM = 'unread'
