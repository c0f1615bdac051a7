import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { digestQuery, siteIndexQuery } from '../../data/queries'
import { releaseFirstPaintMark } from '../../lib/first-paint-marks'
import { formatDigestDate } from '../../lib/format-date'
import { type OutlineEntry, outlineOf } from '../../lib/section-outline'
import { useReadingSettings, useReadingSettingsStore } from '../../lib/storage/use-reading-settings'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useHashTarget } from '../../lib/use-hash-target'
import { useHydrated } from '../../lib/use-hydrated'
import { useKeptScroll } from '../../lib/use-kept-place'
import { usePageMeta } from '../../lib/use-page-meta'
import { neighbourDates } from '../../schema/archive-dates'
import { type Digest, type Episode, summaryParagraphs } from '../../schema/digest'
import { ContinueReading, ContinueReadingStandIn } from './continue-reading'
import { EpisodeDetails } from './episode-details'
import { episodeNeighbours } from './episode-neighbours'
import { EpisodePager } from './episode-pager'
import { MarkReadToggle } from './mark-read-toggle'
import { MissingSectionNotice } from './missing-section-notice'
import {
  ReadingSettingsButton,
  ReadingSettingsPanel,
  useReadingSettingsDisclosure,
} from './reading-settings'
import { bookmarkFor, episodeInfoFor } from './record-refs'
import { SECTION_TITLES_ID, SectionTitleList } from './section-title-list'
import { ShortcutHelpDialog, useShortcutHelp } from './shortcut-help-dialog'
import { StorageNotices } from './storage-notices'
import { CONTENTS_ID, TableOfContents } from './table-of-contents'
import { PRESSED_BEFORE_RENDER, toolbarButtonClass } from './toolbar-button-styles'
import { useActiveSection } from './use-active-section'
import { useEpisodeShortcuts, wantsTitleFocus } from './use-episode-shortcuts'
import { useMarkReadAtEnd } from './use-mark-read-at-end'
import { useReadingPosition } from './use-reading-position'
import { useSectionExpansion } from './use-section-expansion'

interface EpisodeViewProps {
  digest: Digest
  episode: Episode
}

export function EpisodeView({ digest, episode }: EpisodeViewProps) {
  useDocumentTitle(episode.title)
  usePageMeta({ title: episode.title, description: episode.summary, type: 'article' })
  const location = useLocation()
  const outline = useMemo(() => outlineOf(episode.sections), [episode.sections])
  const info = useMemo(() => episodeInfoFor(digest, episode), [digest, episode])
  const expansion = useSectionExpansion(episode.sections)
  // Back to this episode: its place, over the sections it had open (restored above).
  useKeptScroll(location.key, true)

  // "Key points only" is a lasting preference; a section the reader asks for
  // (deep link, contents, "Continue") still shows, on this page only.
  const settingsStore = useReadingSettingsStore()
  const { keyPointsOnly } = useReadingSettings().value
  const [showAll, setShowAll] = useState(false)
  const skim = keyPointsOnly && !showAll
  const { open: openSections } = expansion
  const openRequested = useCallback(
    (ids: readonly string[]) => {
      openSections(ids)
      setShowAll(true)
    },
    [openSections],
  )
  const { missingAnchor, targetId } = useHashTarget(outline, openRequested)

  // Only headings on screen take part: a closed section's sub-sections have no place yet.
  const visibleIds = useMemo(
    () =>
      skim
        ? []
        : outline
            .filter((entry) => entry.parentId === null || expansion.expanded.has(entry.parentId))
            .map((entry) => entry.id),
    [outline, expansion.expanded, skim],
  )
  const activeId = useActiveSection(visibleIds, targetId)
  const { previous, next } = useNeighbours(digest, episode.slug)
  const position = useReadingPosition(info, outline, activeId, targetId)

  // Opening a section by hand counts as reading it.
  const { setExpanded } = expansion
  const { record } = position
  const setExpandedAndRecord = useCallback(
    (id: string, open: boolean) => {
      setExpanded(id, open)
      if (open) record(id)
    },
    [setExpanded, record],
  )
  const trackedExpansion = { ...expansion, setExpanded: setExpandedAndRecord }

  const help = useShortcutHelp()
  const settingsDisclosure = useReadingSettingsDisclosure()
  const bookmarkOf = useCallback(
    (entry: OutlineEntry) => bookmarkFor(digest, episode, entry),
    [digest, episode],
  )
  useEpisodeShortcuts({
    outline,
    visibleIds,
    activeId,
    expansion: trackedExpansion,
    skim,
    bookmarkOf,
    previous,
    next,
    openHelp: help.open,
    onSectionReached: record,
  })

  const end = useRef<HTMLDivElement>(null)
  useMarkReadAtEnd(info, end)

  // Arriving by [ or ] (keyboard): continue from the new episode's title.
  const titleRef = useRef<HTMLHeadingElement>(null)
  const arrivalState = useRef(location.state)
  useEffect(() => {
    if (wantsTitleFocus(arrivalState.current)) titleRef.current?.focus({ preventScroll: true })
  }, [])

  // What the notice of a missing section links to: the contents, or with
  // "Key points only" the section titles shown in their place.
  const sectionListId =
    episode.sections.length === 0 ? null : skim ? SECTION_TITLES_ID : CONTENTS_ID
  const resume = position.resumeFrom && location.hash === '' ? position.resumeFrom : null
  // The outline shown for "Key points only" before this render (styles.css)
  // goes in the frame this page first renders as the setting says.
  const hydrated = useHydrated()
  useLayoutEffect(() => {
    if (hydrated) releaseFirstPaintMark('keyPointsFirst')
  }, [hydrated])
  // The offer's stand-in goes in the frame that shows the offer, or shows none.
  useLayoutEffect(() => {
    if (position.resumeKnown) releaseFirstPaintMark('continueOffer')
  }, [position.resumeKnown])

  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,var(--reading-measure,38rem))_15rem] lg:grid-rows-[auto_1fr] lg:gap-x-14">
      <div className="min-w-0 max-w-[var(--reading-measure,38rem)]">
        {missingAnchor ? (
          <MissingSectionNotice anchor={missingAnchor} listId={sectionListId} />
        ) : null}
        <header>
          <p className="text-sm font-semibold uppercase tracking-wider">
            <Link
              to={`/podcasts/${episode.podcastSlug}`}
              className="inline-flex min-h-10 items-center rounded-sm text-teal-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-teal-300"
            >
              {episode.podcast}
            </Link>
          </p>
          <h1
            ref={titleRef}
            tabIndex={-1}
            className="mt-1 text-3xl font-semibold leading-tight tracking-tight text-balance break-words text-stone-950 focus:outline-none sm:text-4xl dark:text-stone-50"
          >
            {episode.title}
          </h1>
          <p className="mt-1 text-stone-600 dark:text-stone-400">
            From the digest of{' '}
            <Link
              to={`/digests/${digest.date}`}
              className="inline-flex min-h-10 items-center text-stone-900 underline decoration-stone-300 underline-offset-4 hover:decoration-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-stone-100 dark:decoration-stone-600"
            >
              <time dateTime={digest.date}>{formatDigestDate(digest.date)}</time>
            </Link>
          </p>
          <div className="mt-4 flex flex-wrap gap-2 print:hidden noscript:hidden">
            <MarkReadToggle episode={info} />
            <button
              type="button"
              aria-pressed={skim}
              onClick={() => {
                settingsStore.set({ keyPointsOnly: !skim })
                setShowAll(false)
              }}
              className={`${toolbarButtonClass(skim)} ${skim ? '' : PRESSED_BEFORE_RENDER}`}
            >
              Key points only
            </button>
            <ReadingSettingsButton disclosure={settingsDisclosure} />
            {/* "Shortcuts" alone keeps the toolbar on one row at the reading column's
                width (it wrapped onto a second row for this button); the name says
                which. Hidden where every pointer is a finger: a phone has no keys
                to press, and "?" still opens the help where a keyboard is attached. */}
            <button
              type="button"
              onClick={help.open}
              aria-keyshortcuts="?"
              aria-label="Keyboard shortcuts"
              title="Keyboard shortcuts (?)"
              className={`${toolbarButtonClass()} pointer-coarse:hidden`}
            >
              Shortcuts
            </button>
          </div>
          <ReadingSettingsPanel disclosure={settingsDisclosure} />
          <StorageNotices />
        </header>

        {resume ? <ContinueReading section={resume} /> : <ContinueReadingStandIn />}

        {skim ? null : (
          <div data-skim-hides>
            <h2 className="mt-8 text-lg font-semibold">Summary</h2>
            {summaryParagraphs(episode.summary).map((paragraph, index) => (
              <p
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                key={index}
                className="mt-3 leading-relaxed break-words text-stone-800 dark:text-stone-200"
              >
                {paragraph}
              </p>
            ))}
          </div>
        )}

        {episode.keyPoints.length > 0 ? (
          <>
            <h2 className="mt-8 text-lg font-semibold">Key points</h2>
            <ul className="mt-3 list-disc space-y-2 pl-6 leading-relaxed marker:text-teal-600 dark:marker:text-teal-400">
              {episode.keyPoints.map((point, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                <li key={index} className="break-words pl-1">
                  {point}
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <SectionTitleList sections={episode.sections} standIn={!skim} />
      </div>

      {episode.sections.length > 0 && !skim ? (
        <div data-skim-hides className="mt-8 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
          {/* Sticky: focusing an entry must not scroll the page to place it below the
              page's scroll padding (styles.css), which reaches 1.5rem below top-20. */}
          <div className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto lg:**:-scroll-mt-6">
            <TableOfContents sections={episode.sections} activeId={activeId} />
          </div>
        </div>
      ) : null}

      <div className="min-w-0 max-w-[var(--reading-measure,38rem)] lg:col-start-1">
        {skim ? null : (
          <div data-skim-hides>
            <EpisodeDetails digest={digest} episode={episode} expansion={trackedExpansion} />
          </div>
        )}
        {/* The end of the episode's text, for "mark read when I reach the end". */}
        <div ref={end} />
        <EpisodePager previous={previous} next={next} />
      </div>
      <ShortcutHelpDialog help={help} />
    </article>
  )
}

/** Previous/next, fetching the neighbouring day's digest only when a link must cross to it. */
function useNeighbours(digest: Digest, slug: string) {
  const index = useQuery(siteIndexQuery())
  // A prerendered page was made without the index: hydrate as it was made.
  const hydrated = useHydrated()
  const dates =
    index.data && hydrated
      ? neighbourDates(index.data.months, digest.date)
      : { older: null, newer: null }
  const at = digest.episodes.findIndex((episode) => episode.slug === slug)
  const needsOlder = at === 0 && dates.older !== null
  const needsNewer = at === digest.episodes.length - 1 && dates.newer !== null
  const older = useQuery({ ...digestQuery(dates.older ?? ''), enabled: needsOlder })
  const newer = useQuery({ ...digestQuery(dates.newer ?? ''), enabled: needsNewer })
  return episodeNeighbours(digest, slug, older.data ?? null, newer.data ?? null)
}
