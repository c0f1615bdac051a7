import { useCallback, useMemo, useState } from 'react'
import type { Section } from '../../schema/digest'
import { allIds, subsectionIds } from './section-outline'

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
  const [expanded, setState] = useState<ReadonlySet<string>>(() => new Set(initial))

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
