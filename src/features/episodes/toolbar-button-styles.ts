const base =
  'inline-flex min-h-10 items-center gap-2 rounded-md border px-3 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600'

/** Text buttons of the episode page (expand all, mark as read, key points only); `pressed` for toggles. */
export function toolbarButtonClass(pressed = false): string {
  return pressed
    ? `${base} border-teal-700 bg-teal-700 text-white hover:bg-teal-800 dark:border-teal-400 dark:bg-teal-400 dark:text-stone-950 dark:hover:bg-teal-300`
    : `${base} border-stone-300 text-stone-700 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800`
}

/**
 * "Key points only" while the page still shows its outline from the saved
 * setting, before its own render (public/theme-init.js marks <html
 * data-key-points-first>): drawn pressed, as the page will draw it, not
 * pressed and then pressed a moment later.
 */
export const PRESSED_BEFORE_RENDER =
  '[:root[data-key-points-first]_&]:border-teal-700 [:root[data-key-points-first]_&]:bg-teal-700 [:root[data-key-points-first]_&]:text-white dark:[:root[data-key-points-first]_&]:border-teal-400 dark:[:root[data-key-points-first]_&]:bg-teal-400 dark:[:root[data-key-points-first]_&]:text-stone-950'
