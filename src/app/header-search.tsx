import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import {
  QUERY_PARAM,
  SEARCH_PATH,
  type SearchNavigationState,
  searchHref,
} from '../lib/search-link'
import { prefetchSearchData } from './prefetch-route-data'
import { useSearchShortcut } from './use-search-shortcut'

/**
 * Fetch the search page's code and its index's first step when the reader
 * heads for search, not before (not on the overview): a reader who has
 * focused the field finds the index in by the time the query is typed.
 */
function preloadSearch(client: QueryClient) {
  void import('../features/search/search-page')
  void prefetchSearchData(client)
}

const focusState: SearchNavigationState = { focusSearch: true }

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
      <path
        fillRule="evenodd"
        d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.58 3.58a.75.75 0 1 1-1.06 1.06l-3.58-3.58A7 7 0 0 1 2 9Z"
        clipRule="evenodd"
      />
    </svg>
  )
}

/**
 * Search in the header: an icon linking to /search below `lg` (room is short
 * on a phone, and the search page has a full-width field), a field from `lg`
 * up. On the search page the field is left out (its room kept): the page has its own.
 * The `/` and Ctrl/Cmd-K shortcut comes with it, on every page (on the
 * search page too, where the field is left out): see site-header.tsx for
 * who answers it before this chunk is in.
 */
export function HeaderSearch() {
  const { pathname } = useLocation()
  const navigate = useNavigate()
  const [value, setValue] = useState('')
  const id = useId()
  const onSearchPage = pathname === SEARCH_PATH
  const queryClient = useQueryClient()
  const preload = () => preloadSearch(queryClient)
  useSearchShortcut()
  return (
    <>
      <Link
        to={SEARCH_PATH}
        state={focusState}
        aria-label="Search"
        title="Search (/)"
        aria-current={onSearchPage ? 'page' : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        className="inline-flex size-10 items-center justify-center rounded-md text-stone-600 hover:bg-stone-200 hover:text-stone-900 lg:hidden dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white"
      >
        <SearchIcon />
      </Link>
      {onSearchPage ? (
        // The field's room is kept: the header does not move when the
        // search page opens, nor when this chunk replaces its placeholder
        // (a layout shift on a cold /search).
        <div aria-hidden="true" className="hidden w-44 lg:block xl:w-56" />
      ) : (
        <search className="relative hidden lg:block">
          {/* A real GET form: before the app runs (a prerendered page) or
              without JavaScript, Enter still opens the search page. */}
          <form
            action={SEARCH_PATH}
            method="get"
            className="relative"
            onSubmit={(event) => {
              event.preventDefault()
              navigate(searchHref(value), { state: focusState })
              setValue('')
            }}
          >
            <label htmlFor={id} className="sr-only">
              Search digests and commentary
            </label>
            <span className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-stone-500 dark:text-stone-400">
              <SearchIcon />
            </span>
            <input
              id={id}
              type="search"
              name={QUERY_PARAM}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              onFocus={preload}
              placeholder="Search"
              autoComplete="off"
              enterKeyHint="search"
              // SEARCH_FIELD_ATTRIBUTE (src/lib/search-link.ts): the shortcut's target.
              data-search-field=""
              className="peer h-10 w-44 rounded-md border border-stone-300 bg-white pr-8 pl-9 text-sm placeholder:text-stone-500 focus:border-teal-600 xl:w-56 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400 dark:focus:border-teal-400"
            />
            {/* A hint for sighted keyboard users; the shortcut is also in the link's title.
                In the page's own font: a monospace one here cost every cold page's
                first layout four font lookups (decision 0008, "one font family"). */}
            <span
              aria-hidden="true"
              className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-stone-300 px-1.5 text-sm leading-5 text-stone-500 peer-focus:hidden dark:border-stone-700 dark:text-stone-400"
            >
              /
            </span>
          </form>
        </search>
      )}
    </>
  )
}
