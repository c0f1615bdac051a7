import { type Ref, useId } from 'react'

interface SearchFieldProps {
  value: string
  onChange: (value: string) => void
  /** Enter: search now, without waiting for the debounce. */
  onSubmit: () => void
  ref?: Ref<HTMLInputElement>
}

/** The page's search field: a labelled search landmark, found by the `/` and Ctrl-K shortcut. */
export function SearchField({ value, onChange, onSubmit, ref }: SearchFieldProps) {
  const id = useId()
  return (
    <search>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit()
        }}
      >
        <label htmlFor={id} className="sr-only">
          Search digests and commentary
        </label>
        <div className="relative">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            fill="currentColor"
            className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-stone-500 dark:text-stone-400"
          >
            <path
              fillRule="evenodd"
              d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.58 3.58a.75.75 0 1 1-1.06 1.06l-3.58-3.58A7 7 0 0 1 2 9Z"
              clipRule="evenodd"
            />
          </svg>
          <input
            ref={ref}
            id={id}
            type="search"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            placeholder="Search digests and commentary"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            // SEARCH_FIELD_ATTRIBUTE (src/lib/search-link.ts): the shortcut's target.
            data-search-field=""
            className="h-12 w-full rounded-lg border border-stone-300 bg-white pr-3 pl-10 text-base shadow-sm placeholder:text-stone-500 focus:border-teal-600 focus:outline-2 focus:outline-teal-600/30 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400 dark:focus:border-teal-400"
          />
        </div>
      </form>
    </search>
  )
}
