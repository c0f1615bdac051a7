import { useEffect, useLayoutEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { useAnnounce } from '../../components/announcer'
import { copyToClipboard } from '../../lib/copy-to-clipboard'
import { prefersReducedMotion } from '../../lib/reduced-motion'
import type { OutlineEntry } from '../../lib/section-outline'
import type { NewBookmark } from '../../lib/storage/bookmark-schema'
import { useBookmarkStore } from '../../lib/storage/use-bookmarks'
import type { EpisodeLink } from './episode-neighbours'
import { sectionUrl } from './section-url'
import { type ShortcutAction, shortcutFor } from './shortcuts'
import type { SectionExpansion } from './use-section-expansion'

export interface EpisodeShortcutOptions {
  outline: readonly OutlineEntry[]
  /** Headings on screen, in document order (a closed section's sub-sections are not). */
  visibleIds: readonly string[]
  /** The section being read (scroll position), when focus is not in a section. */
  activeId: string | null
  expansion: SectionExpansion
  /** "Key points only": the sections are not on the page. */
  skim: boolean
  bookmarkOf: (entry: OutlineEntry) => NewBookmark
  previous: EpisodeLink | null
  next: EpisodeLink | null
  openHelp: () => void
  /** The reader moved to or opened this section: remember it. */
  onSectionReached: (id: string) => void
}

/** Navigation state asking the next episode page to put focus on its title. */
export const FOCUS_TITLE_STATE = { focusTitle: true }

export function wantsTitleFocus(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    'focusTitle' in state &&
    state.focusTitle === true
  )
}

const SECTION_ACTIONS = new Set<ShortcutAction>([
  'next-section',
  'previous-section',
  'toggle-section',
  'bookmark-section',
  'copy-link',
])

/**
 * The episode page's keyboard shortcuts (see shortcuts.ts for the keys and
 * when they are ignored). The "current section" is the one holding focus,
 * else the one being read; every action says what it did through the page's
 * live region, and focus lands on the section it acted on.
 */
export function useEpisodeShortcuts(options: EpisodeShortcutOptions): void {
  const latest = useRef(options)
  useLayoutEffect(() => {
    latest.current = options
  })
  const bookmarks = useBookmarkStore()
  const announce = useAnnounce()
  const navigate = useNavigate()

  useEffect(() => {
    function entryOf(id: string | null): OutlineEntry | undefined {
      return latest.current.outline.find((entry) => entry.id === id)
    }

    function currentId(): string | null {
      const { visibleIds, activeId } = latest.current
      const focused = document.activeElement?.closest('[data-section-level]')?.id
      if (focused && visibleIds.includes(focused)) return focused
      return activeId !== null && visibleIds.includes(activeId) ? activeId : null
    }

    function headingButton(id: string): HTMLElement | null {
      return (
        document.getElementById(id)?.querySelector<HTMLElement>('button[aria-expanded]') ?? null
      )
    }

    function describe(entry: OutlineEntry): string {
      if (entry.parentId !== null) return `Sub-section ${entry.number}: ${entry.title}`
      const sections = latest.current.outline.filter((candidate) => candidate.parentId === null)
      return `Section ${sections.indexOf(entry) + 1} of ${sections.length}: ${entry.title}`
    }

    function moveBy(step: 1 | -1) {
      const { visibleIds } = latest.current
      const from = currentId()
      const at = from === null ? -1 : visibleIds.indexOf(from)
      const targetIndex = at === -1 ? 0 : at + step
      const target = visibleIds[targetIndex]
      const entry = entryOf(target ?? null)
      if (target === undefined || !entry) {
        announce(step === 1 ? 'This is the last section.' : 'This is the first section.')
        return
      }
      document.getElementById(target)?.scrollIntoView({
        block: 'start',
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      })
      headingButton(target)?.focus({ preventScroll: true })
      latest.current.onSectionReached(target)
      announce(describe(entry))
    }

    function toggle(entry: OutlineEntry) {
      const { expansion, onSectionReached } = latest.current
      const open = !expansion.expanded.has(entry.id)
      expansion.setExpanded(entry.id, open)
      const button = headingButton(entry.id)
      if (button && document.activeElement !== button) button.focus({ preventScroll: true })
      if (open) onSectionReached(entry.id)
      announce(`${open ? 'Opened' : 'Closed'} “${entry.title}”.`)
    }

    function bookmark(entry: OutlineEntry) {
      const saved = bookmarks.toggle(latest.current.bookmarkOf(entry))
      announce(
        saved ? `Bookmarked “${entry.title}”.` : `Removed the bookmark for “${entry.title}”.`,
      )
    }

    async function copy(entry: OutlineEntry) {
      const url = sectionUrl(latest.current.bookmarkOf(entry))
      if (await copyToClipboard(url)) announce(`Link to “${entry.title}” copied.`)
      else announce(`Could not copy automatically. The link is ${url}`, { untilDismissed: true })
    }

    function goToEpisode(link: EpisodeLink | null, which: 'previous' | 'next') {
      if (!link) {
        announce(`There is no ${which} episode.`)
        return
      }
      navigate(`/digests/${link.date}/${link.slug}`, { state: FOCUS_TITLE_STATE })
    }

    function perform(action: ShortcutAction) {
      const { skim, outline, previous, next, openHelp } = latest.current
      if (SECTION_ACTIONS.has(action)) {
        if (skim) {
          announce('Sections are hidden while “Key points only” is on.')
          return
        }
        if (outline.length === 0) {
          announce('This episode has no sections.')
          return
        }
      }
      switch (action) {
        case 'next-section':
          return moveBy(1)
        case 'previous-section':
          return moveBy(-1)
        case 'previous-episode':
          return goToEpisode(previous, 'previous')
        case 'next-episode':
          return goToEpisode(next, 'next')
        case 'help':
          return openHelp()
      }
      const entry = entryOf(currentId())
      if (!entry) {
        announce('No section selected. Press j to go to the first section.')
        return
      }
      if (action === 'toggle-section') toggle(entry)
      else if (action === 'bookmark-section') bookmark(entry)
      else void copy(entry)
    }

    function onKeyDown(event: KeyboardEvent) {
      const action = shortcutFor(event)
      if (action === null) return
      event.preventDefault()
      perform(action)
    }

    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [announce, bookmarks, navigate])
}
