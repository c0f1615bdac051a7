import type { Section } from '../schema/digest'

/** One heading of the Details, in document order: sections and their sub-sections. */
export interface OutlineEntry {
  id: string
  number: string
  title: string
  emoji: string | null
  level: 2 | 3
  /** The section a sub-section sits in; null for a section. */
  parentId: string | null
}

export function outlineOf(sections: readonly Section[]): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  for (const section of sections) {
    entries.push({ ...pick(section), level: 2, parentId: null })
    for (const sub of section.subsections) {
      entries.push({ ...pick(sub), level: 3, parentId: section.id })
    }
  }
  return entries
}

function pick({
  id,
  number,
  title,
  emoji,
}: Pick<OutlineEntry, 'id' | 'number' | 'title' | 'emoji'>) {
  return { id, number, title, emoji }
}

/** Sub-sections start open: opening a section should show all of it at once. */
export function subsectionIds(sections: readonly Section[]): string[] {
  return sections.flatMap((section) => section.subsections.map((sub) => sub.id))
}

export function allIds(sections: readonly Section[]): string[] {
  return outlineOf(sections).map((entry) => entry.id)
}
