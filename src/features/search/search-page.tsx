import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError, useKeptFailure } from '../../components/kept-failure'
import { PageHeading } from '../../components/page-heading'
import { PodcastFilter } from '../../components/podcast-filter'
import { focusFirstAdded } from '../../components/show-more'
import { usePodcastFilter } from '../../components/url-filters'
import { siteIndexQuery } from '../../data/queries'
import { isSearchNavigationState, QUERY_PARAM } from '../../lib/search-link'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useKeptScroll } from '../../lib/use-kept-place'
import { describeHit, type HitView } from './describe-hit'
import { isBlankQuery, isEmptyQuery, parseQuery } from './parse-query'
import { readSavedSearchView, saveSearchView } from './saved-search-view'
import { hasSearchableWords, RESULTS_PAGE_SIZE, searchShards } from './search-engine'
import { SearchField } from './search-field'
import { SearchFooter } from './search-footer'
import { SearchResult } from './search-result'
import { SearchStatus } from './search-status'
import { SearchTips } from './search-tips'
import { shouldAutoExtend } from './shard-steps'
import { useSearchIndex } from './use-search-index'

const DEBOUNCE_MS = 100

/** How much the current history entry had loaded and shown: a new entry starts at one page. */
function entryView(key: string) {
  const saved = readSavedSearchView()
  return { key, steps: saved?.steps ?? 1, shown: saved?.shown ?? RESULTS_PAGE_SIZE }
}

/**
 * Route module for `/search?q=…&podcast=…`: full-text search over digests,
 * episodes, sections and commentary. The URL holds the query, so a search can
 * be shared and survives a reload; the field updates it as you type.
 */
export function Component() {
  const [params, setParams] = useSearchParams()
  const location = useLocation()
  const arrival = useNavigationType()
  const urlQuery = params.get(QUERY_PARAM) ?? ''
  const [podcast] = usePodcastFilter()
  useDocumentTitle(urlQuery ? `Search: ${urlQuery}` : 'Search')

  const [input, setInput] = useState(urlQuery)
  // The query this page last wrote to the URL: a different one came from outside (back, a link).
  const written = useRef(urlQuery)
  const debounced = useDebouncedValue(input, DEBOUNCE_MS)
  const field = useRef<HTMLInputElement>(null)
  const results = useRef<HTMLOListElement>(null)

  const writeQuery = useCallback(
    (value: string) => {
      const next = value.trim()
      written.current = next
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          if (next) updated.set(QUERY_PARAM, next)
          else updated.delete(QUERY_PARAM)
          return updated
        },
        // Typing is not navigation: one history entry per search page, not per letter.
        { replace: true },
      )
    },
    [setParams],
  )

  useEffect(() => {
    if (debounced.trim() !== written.current) writeQuery(debounced)
  }, [debounced, writeQuery])

  useEffect(() => {
    if (urlQuery !== written.current) {
      written.current = urlQuery
      setInput(urlQuery)
    }
  }, [urlQuery])

  // The field takes focus when the reader asked for search (shortcut, header
  // icon) or arrives with nothing to show; a shared link with a query leaves
  // focus alone, so a phone keyboard does not cover the results. Back and
  // forward to results leave it alone too: the entry may still say "focus"
  // (it came from the header), but focusing would scroll the field into view
  // over the place the browser restored.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per arrival (location.key)
  useEffect(() => {
    if (arrival === 'POP' && written.current) return
    if (isSearchNavigationState(location.state) || !written.current) field.current?.focus()
  }, [location.key])

  // Each history entry has its own view (a new query or filter is a new
  // entry): what Back to it restores, whole in the first render, so the
  // browser's scroll restoration finds the page as tall as it was.
  const [view, setView] = useState(() => entryView(location.key))
  let current = view
  if (view.key !== location.key) {
    current = entryView(location.key)
    setView(current)
  }
  const shown = current.shown

  const parsed = useMemo(() => parseQuery(urlQuery), [urlQuery])
  const index = useSearchIndex(current.steps)
  // Kept on screen, "Trying again…", while Try again fetches (kept-failure.ts).
  const manifestFailed = useKeptError({
    error: index.error,
    isPending: index.status === 'pending',
    refetch: index.retry,
  })
  const shardFailed = useKeptFailure(
    index.failed && !index.failedOlder ? index.failed : null,
    index.fetching,
  )
  const outcome = useMemo(
    () => searchShards(index.loaded, parsed, podcast),
    [index.loaded, parsed, podcast],
  )
  const searchable = hasSearchableWords(parsed)
  const closeSpellings = useMemo(() => outcome.closeSpellings(), [outcome])
  const site = useQuery(siteIndexQuery())
  const unknownPodcast =
    podcast !== null &&
    site.data !== undefined &&
    !site.data.podcasts.some((p) => p.slug === podcast)
  // Older digests can add nothing to a query of only common words or to a
  // podcast the site has never had: neither looks back nor offers to.
  const canGoOlder = searchable && !unknownPodcast

  // Too few hits in the newest shards: look further back by itself, a few steps at most.
  // Never past a step that failed: its digests would go unsearched without a word.
  const { more, older, fetching, steps, failedOlder } = index
  useEffect(() => {
    if (
      canGoOlder &&
      !fetching &&
      !failedOlder &&
      shouldAutoExtend(outcome.count, steps, older !== null)
    )
      more()
  }, [canGoOlder, fetching, failedOlder, outcome.count, steps, older, more])

  useEffect(() => saveSearchView(location.key, { steps, shown }), [location.key, steps, shown])
  // A reload (or Back, once the browser's own restoration came too early)
  // puts the reader back where they were, once the entry's results are all in.
  useKeptScroll(location.key, index.loaded.length > 0 && !fetching)
  const views = useMemo(
    () =>
      outcome
        .best(shown)
        .map((hit) => describeHit(hit, parsed))
        .filter((view): view is HitView => view !== null),
    [outcome, shown, parsed],
  )

  const podcastName = site.data?.podcasts.find((p) => p.slug === podcast)?.name ?? podcast

  return (
    <>
      <PageHeading lead="Digests, episodes, sections and commentary, best matches first.">
        Search
      </PageHeading>
      <div className="max-w-3xl space-y-4">
        <SearchField
          ref={field}
          value={input}
          onChange={setInput}
          onSubmit={() => writeQuery(input)}
        />
        {site.data && <PodcastFilter podcasts={site.data.podcasts} />}
        <SearchStatus
          query={urlQuery}
          empty={isBlankQuery(urlQuery)}
          hasWords={!isEmptyQuery(parsed)}
          searchable={searchable}
          loading={index.status === 'pending' || (index.loaded.length === 0 && index.fetching)}
          unavailable={
            index.status === 'error' || (index.loaded.length === 0 && index.failed !== null)
          }
          count={outcome.count}
          allWords={outcome.allWords}
          podcast={podcastName}
          unknownPodcast={unknownPodcast}
          closeSpellings={closeSpellings}
          acronym={parsed.acronym}
        />
      </div>

      <div className="mt-6 max-w-3xl">
        {manifestFailed && (
          <ErrorPanel
            {...manifestFailed}
            title="The search index could not be loaded"
            headingLevel={2}
          />
        )}
        {shardFailed && (
          <div className="mb-4">
            <ErrorPanel
              error={shardFailed.error}
              onRetry={shardFailed.retry}
              retrying={shardFailed.retrying}
              title="Part of the search index could not be loaded"
              headingLevel={2}
            />
          </div>
        )}
        {isEmptyQuery(parsed) ? (
          <SearchTips />
        ) : unknownPodcast ? (
          <Link
            to={`/search?${new URLSearchParams({ [QUERY_PARAM]: urlQuery })}`}
            className="inline-flex min-h-10 items-center font-medium text-teal-700 underline dark:text-teal-300"
          >
            Search every podcast
          </Link>
        ) : (
          <>
            {views.length > 0 && (
              <ol ref={results} aria-label="Search results" className="space-y-4">
                {views.map((view) => (
                  <li key={view.key}>
                    <SearchResult hit={view} />
                  </li>
                ))}
              </ol>
            )}
            {canGoOlder && (
              <SearchFooter
                shown={views.length}
                total={outcome.count}
                onShowMore={() => {
                  setView({ ...current, shown: shown + RESULTS_PAGE_SIZE })
                  focusFirstAdded(results.current, views.length)
                }}
                covered={index.covered}
                older={index.older}
                loadingOlder={index.fetching && index.loaded.length > 0}
                onSearchOlder={index.more}
                onSearchAll={
                  index.stepsLeft > 1 && !index.fetching && !index.failed ? index.all : null
                }
                olderFailed={index.failedOlder ? index.failed : null}
              />
            )}
          </>
        )}
      </div>
    </>
  )
}
