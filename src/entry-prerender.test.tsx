import { lazy, Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import { renderToHtml } from './entry-prerender'

function Broken(): never {
  throw new Error('no such section')
}

// A lazy part, as every page is: the first render meets it unloaded.
const LazyGreeting = lazy(async () => ({ default: () => <p>Loaded text</p> }))

describe('renderToHtml', () => {
  it('renders a page whose lazy part loads during the render, with no script', async () => {
    const html = await renderToHtml(
      '/digests/2025-02-03',
      [],
      <Suspense fallback={<p>Loading …</p>}>
        <LazyGreeting />
      </Suspense>,
    )
    expect(html).toContain('Loaded text')
    expect(html).not.toContain('Loading …')
    expect(html).not.toContain('<script')
  })

  // React answers a throw inside a Suspense boundary by writing the boundary's
  // fallback and leaving the page to the browser: the build used to publish
  // "Loading …" where an episode should be, and pass.
  it('fails, naming the page and the cause, when the page throws inside a Suspense boundary', async () => {
    const render = renderToHtml(
      '/digests/2025-02-03/an-episode',
      [],
      <Suspense fallback={<p>Loading …</p>}>
        <Broken />
      </Suspense>,
    )
    await expect(render).rejects.toThrow(
      '/digests/2025-02-03/an-episode: the page threw while rendering',
    )
    await expect(render).rejects.toHaveProperty('cause.message', 'no such section')
  })
})
