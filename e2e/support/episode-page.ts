import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test'
import * as v from 'valibot'
import { type Digest, digestSchema, type Episode, type Subsection } from '../../src/schema/digest'

/** The seed digest in content/: its ids and slugs are read from the published JSON, never guessed. */
export const SEED_DATE = '2025-02-03'
export const BOOKMARKS_KEY = 'digest-reader:bookmarks'

export async function loadDigest(request: APIRequestContext, date = SEED_DATE): Promise<Digest> {
  const response = await request.get(`/data/digests/${date}.json`)
  expect(response.ok(), `digests/${date}.json is published`).toBe(true)
  return v.parse(digestSchema, await response.json())
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * One episode page, driven the way a reader does: by roles and accessible
 * names. Sections are found in the published data by their printed number,
 * so the specs read like the digest ("section 7", "sub-section 7.1").
 */
export class EpisodePage {
  constructor(
    readonly page: Page,
    readonly digest: Digest,
    readonly episode: Episode,
  ) {}

  static async create(page: Page, request: APIRequestContext, episodeIndex = 0) {
    const digest = await loadDigest(request)
    const episode = digest.episodes[episodeIndex]
    if (!episode) throw new Error(`the seed digest has no episode #${episodeIndex}`)
    return new EpisodePage(page, digest, episode)
  }

  get path(): string {
    return `/digests/${this.digest.date}/${this.episode.slug}`
  }

  url(hash?: string): string {
    return hash ? `${this.path}#${hash}` : this.path
  }

  /** Opens the page and waits until the app has taken it over (a prerendered page shows first). */
  async goto(hash?: string) {
    await this.page.goto(this.url(hash))
    await expect(this.title).toBeVisible()
    await expect(this.page.locator('html[data-app-ready]')).toBeAttached()
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.episode.title })
  }

  /** A section ("7") or sub-section ("7.1") by its printed number. */
  section(number: string): Subsection & { parentNumber: string | null } {
    for (const section of this.episode.sections) {
      if (section.number === number) return { ...section, parentNumber: null }
      const sub = section.subsections.find((candidate) => candidate.number === number)
      if (sub) return { ...sub, parentNumber: section.number }
    }
    throw new Error(`episode ${this.episode.slug} has no section ${number}`)
  }

  /** The first section with this many bullets or more (for tests that need content). */
  sectionWithBullets(minimum = 1): Subsection {
    const found = this.episode.sections.find((section) => section.bullets.length >= minimum)
    if (!found) throw new Error('no section with bullets')
    return found
  }

  /** The disclosure button in the heading: "7. money bag The $6 Million Myth Debunked". */
  toggle(section: Pick<Subsection, 'number' | 'title'>): Locator {
    const name = new RegExp(
      `^${escapeRegExp(section.number)}\\.?\\s(?:.+\\s)?${escapeRegExp(section.title)}$`,
    )
    return this.page.getByRole('button', { name })
  }

  heading(section: Pick<Subsection, 'number' | 'title'>, level: 2 | 3 = 2): Locator {
    return this.page.getByRole('heading', { level }).filter({ has: this.toggle(section) })
  }

  copyLink(section: Pick<Subsection, 'number' | 'title'>): Locator {
    return this.page.getByRole('button', {
      name: `Copy link to “${section.title}”, section ${section.number}`,
      exact: true,
    })
  }

  bookmark(section: Pick<Subsection, 'number' | 'title'>): Locator {
    return this.page.getByRole('button', {
      name: `Bookmark “${section.title}”, section ${section.number}`,
      exact: true,
    })
  }

  get contents(): Locator {
    return this.page.getByRole('navigation', { name: 'Contents' })
  }

  contentsEntry(section: Pick<Subsection, 'number' | 'title'>): Locator {
    const label = section.number.includes('.')
      ? `${section.number} ${section.title}`
      : `${section.number}. ${section.title}`
    return this.contents.getByRole('link', { name: label, exact: true })
  }

  get expandAll(): Locator {
    return this.page.getByRole('button', { name: 'Expand all', exact: true })
  }

  get collapseAll(): Locator {
    return this.page.getByRole('button', { name: 'Collapse all', exact: true })
  }

  /** Toggle buttons of every top-level section (those are always on screen). */
  sectionToggles(): Locator[] {
    return this.episode.sections.map((section) => this.toggle(section))
  }

  async expectExpanded(section: Pick<Subsection, 'number' | 'title'>, expanded = true) {
    await expect(this.toggle(section)).toHaveAttribute('aria-expanded', String(expanded))
  }

  /** Open and scrolled to: the toggle says expanded and the heading is on screen. */
  async expectOpenInView(section: Pick<Subsection, 'number' | 'title'>) {
    await this.expectExpanded(section)
    await expect(this.toggle(section)).toBeInViewport({ ratio: 1 })
  }

  /** The live region confirming copy and bookmark actions, holding `text` (other status regions may exist). */
  announcement(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text })
  }
}
