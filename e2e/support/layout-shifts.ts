import type { Page } from '@playwright/test'

/** What moved in one layout shift: the element, where it was and where it went (CSS px). */
export interface ShiftSource {
  node: string
  from: string
  to: string
}

/** One layout shift not caused by the reader, with what moved in it. */
export interface RecordedShift {
  value: number
  sources: ShiftSource[]
}

type ShiftWindow = { __shifts: number[]; __shiftSources: RecordedShift[] }

/** From the next page load on, records every layout shift's score in the page, and what moved. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = []
    const recorded: RecordedShift[] = []
    Object.assign(window, { __shifts: shifts, __shiftSources: recorded })
    // Described when the shift is reported: the node may be gone by the time a test reads it.
    const describe = (node: Node | null) => {
      const element = node instanceof Element ? node : (node?.parentElement ?? null)
      if (!element) return '(removed)'
      const attributes = [...element.attributes]
        .filter((a) => a.name === 'class' || a.name === 'role' || a.name.startsWith('data-'))
        .map((a) => `[${a.name}${a.value ? `="${a.value.slice(0, 60)}"` : ''}]`)
        .join('')
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)
      return `${element.tagName.toLowerCase()}${attributes} "${text}"`
    }
    const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}x${r.height}`
    type Shift = PerformanceEntry & {
      value: number
      hadRecentInput: boolean
      sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        shifts.push(entry.value)
        if (entry.hadRecentInput) continue
        recorded.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) => ({
            node: describe(source.node),
            from: rect(source.previousRect),
            to: rect(source.currentRect),
          })),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The scores recorded so far on the current page. */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as ShiftWindow).__shifts)
}

/** The shifts the reader did not cause so far on the current page, with what moved in each. */
export function layoutShiftSources(page: Page): Promise<RecordedShift[]> {
  return page.evaluate(() => (window as unknown as ShiftWindow).__shiftSources)
}
