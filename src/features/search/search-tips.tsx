/** What to type, shown before the first query. */
export function SearchTips() {
  const code =
    'rounded bg-stone-100 px-1.5 py-0.5 font-mono text-[0.9em] text-stone-800 dark:bg-stone-800 dark:text-stone-100'
  return (
    <section
      aria-labelledby="search-tips"
      className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="search-tips" className="font-semibold">
        Searching
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-5 leading-relaxed text-stone-700 marker:text-teal-600 dark:text-stone-300 dark:marker:text-teal-400">
        <li>
          Results appear as you type, and small typos are forgiven: <q>DeepSeak</q> finds DeepSeek.
        </li>
        <li>
          Put an exact phrase in double quotes:{' '}
          <code className={code}>"trillion-dollar decline"</code>.
        </li>
        <li>A result opens the section it was found in.</li>
        <li>
          Press <kbd className={code}>/</kbd> or <kbd className={code}>Ctrl</kbd>{' '}
          <kbd className={code}>K</kbd> on any page to search.
        </li>
      </ul>
    </section>
  )
}
