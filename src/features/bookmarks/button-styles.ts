const base =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-3.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 disabled:opacity-50'

export const secondaryButton = `${base} border border-stone-300 text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-100 dark:hover:bg-stone-800`

export const dangerButton = `${base} bg-red-700 text-white hover:bg-red-800 dark:bg-red-600 dark:hover:bg-red-500`

export const quietButton = `${base} text-stone-600 hover:bg-stone-100 hover:text-stone-900 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-stone-100`
