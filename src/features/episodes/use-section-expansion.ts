import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { allIds, subsectionIds } from '../../lib/section-outline'
import { useHydrated } from '../../lib/use-hydrated'
import type { Section } from '../../schema/digest'
import { savedExpansion, saveExpansion } from './expansion-in-history'

export interface SectionExpansion {
  expanded: ReadonlySet<string>
  setExpanded: (id: string, expanded: boolean) => void
  /** Open these (a deep link's parent and target); never closes anything. */
  open: (ids: readonly string[]) => void
  expandAll: () => void
  collapseAll: () => void
}

/**
 * Which parts of the Details are open. Sections start collapsed: the summary
 * and key points above them are the short version, and ten closed headings
 * read as an outline that fits a phone screen. Sub-sections start open, so
 * opening a section shows all of it; "Collapse all" returns to that outline.
 */
export function useSectionExpansion(sections: readonly Section[]): SectionExpansion {
  const initial = useMemo(() => subsectionIds(sections), [sections])
  const known = useMemo(() => new Set(allIds(sections)), [sections])
  // Coming back to this entry (Back, Forward, a reload) opens what was open.
  // A page taken over from its prerendered HTML must first render as that
  // HTML was made, all closed, and opens them right after.
  const hydrating = !useHydrated()
  const wasHydrating = useRef(hydrating).current
  const [expanded, setState] = useState<ReadonlySet<string>>(
    () => (hydrating ? null : savedExpansion(known)) ?? new Set(initial),
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, after the first render
  useLayoutEffect(() => {
    const saved = wasHydrating ? savedExpansion(known) : null
    // Kept: what opened since beyond the defaults (a deep link's section).
    if (!saved) return
    const defaults = new Set(initial)
    setState((current) => new Set([...saved, ...[...current].filter((id) => !defaults.has(id))]))
  }, [])
  const { key } = useLocation()
  useEffect(() => saveExpansion(key, expanded), [key, expanded])

  const setExpanded = useCallback((id: string, open: boolean) => {
    setState((current) => {
      if (current.has(id) === open) return current
      const next = new Set(current)
      if (open) next.add(id)
      else next.delete(id)
      return next
    })
  }, [])

  const open = useCallback((ids: readonly string[]) => {
    setState((current) =>
      ids.every((id) => current.has(id)) ? current : new Set([...current, ...ids]),
    )
  }, [])

  const expandAll = useCallback(() => setState(new Set(allIds(sections))), [sections])
  const collapseAll = useCallback(() => setState(new Set(initial)), [initial])

  return { expanded, setExpanded, open, expandAll, collapseAll }
}
