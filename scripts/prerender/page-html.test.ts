import { describe, expect, it } from 'vitest'
import { chunkFiles, jsonForScript, pageHtml } from './page-html'

const TEMPLATE = `<!doctype html><html><head>
<meta name="description" content="Default." />
<title>Digest Reader</title>
<script type="module" crossorigin src="/assets/index.js"></script>
<link rel="modulepreload" crossorigin href="/assets/jsx-runtime.js">
<link rel="stylesheet" crossorigin href="/assets/index.css">
<link rel="preload" href="/data/index.json" as="fetch" type="application/json" crossorigin="anonymous" />
</head><body><div id="root"></div></body></html>`

const parts = {
  path: '/digests/2025-02-03/an-episode',
  body: '<main><h1>An &amp; episode</h1></main>',
  head: {
    title: 'Sacks & "DeepSeek" <live>',
    description: 'It is $& cheap.',
    type: 'article' as const,
  },
  queries: [
    [['digest', '2025-02-03'], { summary: 'ends with </script><script>alert(1)</script>' }],
  ],
  routeChunks: ['/assets/episode-page.js'],
}

describe('pageHtml', () => {
  const html = pageHtml(TEMPLATE, parts)

  it('puts the page in #root, marked with the address it was made for', () => {
    expect(html).toContain(
      '<div id="root" data-prerendered="/digests/2025-02-03/an-episode"><main><h1>An &amp; episode</h1></main></div>',
    )
  })

  it('gives the page its own title, description and Open Graph tags, escaped', () => {
    expect(html).toContain(
      '<title>Sacks &amp; &quot;DeepSeek&quot; &lt;live&gt; · Digest Reader</title>',
    )
    // `$&` is text, not a replacement pattern.
    // The template's own stays beside it, for the boot script to put back.
    expect(html).toContain(
      '<meta name="description" content="It is $&amp; cheap." data-default="Default." />',
    )
    expect(html).toContain('<meta property="og:type" content="article" />')
  })

  it('keeps the template’s own title, description and no Open Graph tags for a page without a head (the overview)', () => {
    const overview = pageHtml(TEMPLATE, { ...parts, path: '/', head: undefined })
    expect(overview).toContain('<title>Digest Reader</title>')
    expect(overview).toContain('<meta name="description" content="Default." />')
    expect(overview).not.toContain('og:title')
    expect(overview).toContain('<div id="root" data-prerendered="/">')
  })

  it('gives a list page its title alone: the site’s description stays, with no Open Graph tags', () => {
    const archive = pageHtml(TEMPLATE, {
      ...parts,
      path: '/digests',
      head: undefined,
      title: 'Archive & more',
    })
    expect(archive).toContain('<title>Archive &amp; more · Digest Reader</title>')
    expect(archive).toContain('<meta name="description" content="Default." />')
    expect(archive).not.toContain('og:title')
  })

  it('starts the app, and the whole stylesheet, after the first paint, naming no module in the head', () => {
    // Chromium compiles a module script or modulepreload on arrival, on the
    // main thread: that held back the first paint of the prerendered text.
    expect(html).not.toMatch(/type="module"|modulepreload/)
    expect(html).toContain(
      '<script src="/boot-after-paint.js" data-entry="/assets/index.js" data-chunks="/assets/jsx-runtime.js /assets/episode-page.js" data-stylesheets="/assets/index.css" data-fetches="/data/index.json" defer></script>',
    )
    // The index is asked for with the app, not alongside the page's own HTML.
    expect(html).not.toContain('rel="preload"')
    // Left for inlineStylesheets to replace with the page's own rules.
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index.css">')
  })

  it('holds the first frame until the element completing the first screen is parsed', () => {
    expect(html).not.toContain('rel="expect"')
    const held = pageHtml(TEMPLATE, { ...parts, firstScreenId: 'the-6-million-myth' })
    // In the head, so it applies before the body starts (in the body it has no effect).
    const head = held.slice(0, held.indexOf('</head>'))
    expect(head).toContain('<link rel="expect" href="#the-6-million-myth" blocking="render" />')
  })

  it("refuses a template without the app's module script rather than writing a page that never starts", () => {
    expect(() =>
      pageHtml(TEMPLATE.replace(/<script type="module"[^>]*><\/script>/, ''), parts),
    ).toThrow(/module script/)
  })

  it('embeds the data so that no text in it can close the script element', () => {
    const script = html.match(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/)
    expect(script?.[1]).not.toContain('</script')
    expect(JSON.parse(script?.[1] ?? '')).toEqual(parts.queries)
    expect(jsonForScript('\u2028')).toBe('"\\u2028"')
  })

  it('refuses a template without an empty #root rather than writing a broken page', () => {
    expect(() => pageHtml(TEMPLATE.replace('<div id="root"></div>', ''), parts)).toThrow(
      /#root|root/,
    )
  })
})

describe('chunkFiles', () => {
  it('lists a route chunk and its static imports, less what index.html loads', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', imports: ['_react.js'] },
      '_react.js': { file: 'assets/react.js' },
      '_query.js': { file: 'assets/query.js', imports: ['_react.js'] },
      'src/features/episodes/episode-page.tsx': {
        file: 'assets/episode-page.js',
        imports: ['_query.js', '_react.js'],
      },
    }
    expect(chunkFiles(manifest, 'src/features/episodes/episode-page.tsx')).toEqual([
      '/assets/episode-page.js',
      '/assets/query.js',
    ])
    expect(() => chunkFiles(manifest, 'src/nowhere.tsx')).toThrow(/no chunk/)
  })
})
