/**
 * A list's status while the reader's kept place waits for rows still to come
 * (Back or a reload deep in a long list): held at the bottom of the screen,
 * where the reader is, rows above the list's end (lib/use-kept-place.ts).
 */
export const RETURNING_STATUS =
  'sticky bottom-0 border-t border-stone-200 bg-stone-50 py-3 font-medium dark:border-stone-800 dark:bg-stone-950'

/**
 * The failure of the rows a kept place waits for, held where that status was:
 * at the list's end, thousands of pixels below, the reader never saw it and
 * waited for a place that was not coming. Its Try again does not give the
 * place up (lib/use-kept-place.ts): once the rows come, the reader is taken there.
 */
export const RETURNING_FAILURE = 'sticky bottom-0 bg-stone-50 py-3 dark:bg-stone-950'
