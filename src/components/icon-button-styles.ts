/** 40 px square: a comfortable touch target beside a heading, on any screen (not on paper). */
const base =
  'inline-flex size-10 items-center justify-center rounded-md print:hidden hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 dark:hover:bg-stone-800'

/** Colours are chosen here, once per state, so no two text colours compete on one element. */
export function iconButtonClass(active = false): string {
  return active
    ? `${base} text-teal-700 hover:text-teal-900 dark:text-teal-300 dark:hover:text-teal-100`
    : `${base} text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100`
}
