// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseFromParam } from '../features/digests/archive-month-jump'
import { parseYearParam } from './podcast-year-filter'
import { parsePodcastParam } from './url-filters'

// public/theme-init.js hides a prerendered page's rows, before the first
// paint, when its address asks for a filter the page was not made with. It
// reads the address by hand (no modules there): it must read each value as
// the app does, or it hides rows the app shows unfiltered, or shows rows the
// app filters away.
const themeInit = readFileSync(join(process.cwd(), 'public/theme-init.js'), 'utf8')

/** The rule the script adds for the address, or null when it hides nothing. */
function ruleFor(address: string): string | null {
  window.history.replaceState(null, '', address)
  const added: string[] = []
  class Sheet {
    replaceSync(text: string) {
      added.push(text)
    }
  }
  vi.stubGlobal('CSSStyleSheet', Sheet)
  Object.defineProperty(document, 'adoptedStyleSheets', {
    value: [],
    writable: true,
    configurable: true,
  })
  // biome-ignore lint/security/noGlobalEval: runs the public script as the page does
  window.eval(themeInit)
  return added[0] ?? null
}

const values = ['', '1', '0', '2025', '25', '20250', '2025-02', '2025-13', 'all-in-podcast']
const odd = ['All-In', 'a--b', '-a', 'a"]{}', '2025"]', '1 ']

describe('rows hidden before the app runs', () => {
  window.matchMedia = (() => ({ matches: false })) as unknown as typeof window.matchMedia
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it.each([...values, ...odd])(
    'on a day and the archive, for ?podcast= and ?unread= of %s, as the app filters',
    (value) => {
      const params = new URLSearchParams({ podcast: value })
      const filters = parsePodcastParam(params) !== null
      for (const path of ['/', '/digests/2025-02-03', '/digests'])
        expect(ruleFor(`${path}?podcast=${encodeURIComponent(value)}`) !== null).toBe(filters)
      for (const path of ['/', '/digests/2025-02-03', '/digests'])
        expect(ruleFor(`${path}?unread=${encodeURIComponent(value)}`) !== null).toBe(value === '1')
    },
  )

  it.each([...values, ...odd])('on a podcast, for ?year=%s, where the page offers it', (value) => {
    const year = parseYearParam(new URLSearchParams({ year: value }))
    const rule = ruleFor(`/podcasts/all-in-podcast?year=${encodeURIComponent(value)}`)
    expect(rule !== null).toBe(year !== null)
    if (year) expect(rule).toContain(`:has([name=year] [value="${year}"])`)
  })

  it.each([...values, ...odd])(
    'on the archive, for ?from=%s, unless it is the month shown',
    (value) => {
      const from = parseFromParam(new URLSearchParams({ from: value }))
      const rule = ruleFor(`/digests?from=${encodeURIComponent(value)}`)
      expect(rule !== null).toBe(from !== null)
      if (from) expect(rule).toContain(`:not(:has([name=from] :checked[value="${from}"]))`)
    },
  )

  it.each([
    ['/?podcast=all-in-podcast', '[name=podcast]'],
    ['/digests/2025-02-03?podcast=all-in-podcast&unread=1', '[name=podcast],[name=unread]'],
    ['/digests?unread=1', '[name=unread]'],
    ['/podcasts/all-in-podcast?year=2024', '[name=year]'],
    ['/digests?from=2024-06', '[name=from]'],
  ])('on %s, the controls it sets (%s) show no value until the app is ready', (address, names) => {
    const rule = ruleFor(address) ?? ''
    const gate = 'html:not([data-app-ready]) #root[data-prerendered]'
    expect(rule).toContain(` :is(${names}):not(:focus){color:transparent}`)
    expect(rule).toContain(` :is(${names})[type=checkbox]`)
    // The same gate as the rows' ("Unread only" too: the app ticks its box at once).
    expect(rule.slice(0, rule.indexOf(` :is(${names}):not`))).toMatch(
      new RegExp(`}${gate.replace(/[[\]()]/g, '\\$&')}[^{]*$`),
    )
  })

  it('takes the month jump out, room and all, on the archive of one podcast, which has none', () => {
    // Hidden in its place (visibility), it kept a line the app then took away: the list moved up.
    expect(ruleFor('/digests?podcast=all-in-podcast')).toContain(
      ' :has(>[name=from]){display:none}',
    )
    expect(ruleFor('/?podcast=all-in-podcast')).not.toContain('>[name=from]')
    expect(ruleFor('/digests?from=2024-06')).not.toContain('>[name=from]')
  })

  it.each([
    ['/?podcast=all-in-podcast', 'html:not([data-app-ready]) #root[data-prerendered]'],
    ['/digests/2025-02-03?unread=1', 'html:not([data-read-marks])'],
    [
      '/podcasts/all-in-podcast?year=2024',
      'html:not([data-app-ready]) #root[data-prerendered]:has([name=year] [value="2024"])',
    ],
  ])(
    'on %s, what follows the list in the page keeps its room but is not painted while the rows wait',
    (address, gate) => {
      // The day's previous / next links stood under "Loading…" and moved when the rows came.
      const rule = ruleFor(address) ?? ''
      const following = rule.match(
        /,([^,{}]*:has\(\[data-filtered-list\]\)~\*)\{visibility:hidden\}/,
      )?.[1]
      expect(following).toBe(`${gate} main :has([data-filtered-list])~*`)
      expect(rule).toContain(`${gate} [data-filtered-list]~*,`)
      expect(rule).not.toMatch(/~\*[^{]*\{display:none/)
    },
  )

  it('hides nothing where the page has no such filter, or for a filter of another page', () => {
    expect(ruleFor('/digests/2025-02-03/an-episode?podcast=all-in-podcast')).toBeNull()
    expect(ruleFor('/podcasts/all-in-podcast?podcast=all-in-podcast&unread=1')).toBeNull()
    expect(ruleFor('/?year=2025&from=2025-02')).toBeNull()
    expect(ruleFor('/search?podcast=all-in-podcast')).toBeNull()
    expect(ruleFor('/podcasts?year=2025')).toBeNull()
  })

  it('hides the rows only until the app is ready, and gives up if it never is', () => {
    vi.useFakeTimers()
    const rules: string[] = []
    window.history.replaceState(null, '', '/?podcast=all-in-podcast')
    vi.stubGlobal(
      'CSSStyleSheet',
      class {
        replaceSync(text: string) {
          rules.push(text)
        }
      },
    )
    Object.defineProperty(document, 'adoptedStyleSheets', {
      value: [],
      writable: true,
      configurable: true,
    })
    // biome-ignore lint/security/noGlobalEval: runs the public script as the page does
    window.eval(themeInit)
    expect(rules[0]).toMatch(/^html:not\(\[data-app-ready\]\) #root\[data-prerendered\]/)
    // "Unread only" waits for the read marks as well, on any page the app renders.
    expect(ruleFor('/digests/2025-02-03?unread=1')).toMatch(
      /^html:not\(\[data-read-marks\]\) \[data-filtered-list\]>/,
    )
    vi.advanceTimersByTime(10_000)
    expect(rules.at(-1)).toBe('')
  })
})
