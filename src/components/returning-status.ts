/**
 * A list's status while the reader's kept place waits for rows still to come
 * (Back or a reload deep in a long list): held at the bottom of the screen,
 * where the reader is, rows above the list's end (lib/use-kept-place.ts).
 */
export const RETURNING_STATUS =
  'sticky bottom-0 border-t border-stone-200 bg-stone-50 py-3 font-medium dark:border-stone-800 dark:bg-stone-950'
