// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppRoutes } from '../../app/router'
import { buildSite } from '../../ingest/build-site'
import { parseDocument } from '../../ingest/parse-document'
import { createQueryClient } from '../../lib/query-client'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** The seed digest with its first episode's summary written as two paragraphs. */
function twoParagraphDigest() {
  const seed = readFileSync(join(process.cwd(), 'content/000_56be99a494d8df3b.txt'))
  const text = new TextDecoder()
    .decode(seed)
    .replace(
      'The release of a Chinese open-source AI model, Deep Seek, has sparked significant discussion in the AI community. ',
      'The release of a Chinese open-source AI model, Deep Seek, has sparked significant discussion in the AI community.\n\n',
    )
  const parsed = parseDocument(new TextEncoder().encode(text), 'digest.txt', {
    today: '2025-06-01',
  })
  if (parsed.kind !== 'digest') throw new Error('expected a digest')
  return parsed.digest
}

describe('the episode page', () => {
  it('shows a summary written as two paragraphs as two paragraphs', async () => {
    const digest = twoParagraphDigest()
    const episode = digest.episodes[0]
    if (!episode) throw new Error('expected an episode')
    const [first, second] = episode.summary.split('\n\n')
    expect(second).toBeDefined()

    const site = buildSite({ digests: [{ file: 'digest.txt', value: digest }], posts: [] })
    const files = new Map<string, unknown>([...site.files, [`digests/${digest.date}.json`, digest]])
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const body = files.get(String(input).replace(/^.*\/data\//, ''))
      return body === undefined
        ? new Response('', { status: 404 })
        : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
    })
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[`/digests/${digest.date}/${episode.slug}`]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>,
    )

    const heading = await screen.findByRole('heading', { level: 2, name: 'Summary' })
    const paragraphs: string[] = []
    for (let at = heading.nextElementSibling; at?.tagName === 'P'; at = at.nextElementSibling) {
      paragraphs.push(at.textContent ?? '')
    }
    expect(paragraphs).toEqual([first, second])
  })
})
