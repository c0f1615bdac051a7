// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../ingest/parse-document'
import { embeddedDataFiles } from './embedded-data'
import { PRERENDERED_QUERIES_ID, readPrerenderedQueries } from './prerendered-queries'

// The seed digest as the ingest publishes it (public/data/ is generated, not in a fresh clone).
const parsed = parseDocument(readFileSync('content/000_56be99a494d8df3b.txt'), 'seed.txt')
if (parsed.kind !== 'digest') throw new Error('the seed is a digest')
const digest = JSON.parse(JSON.stringify(parsed.digest))

function page(prerendered: string | null, json: string): HTMLElement {
  document.body.innerHTML = ''
  const root = document.createElement('div')
  root.id = 'root'
  if (prerendered !== null) {
    root.dataset.prerendered = prerendered
    root.innerHTML = '<main><h1>An episode</h1></main>'
  }
  const script = document.createElement('script')
  script.type = 'application/json'
  script.id = PRERENDERED_QUERIES_ID
  script.textContent = json
  document.body.append(root, script)
  return root
}

describe('readPrerenderedQueries', () => {
  const json = JSON.stringify([[['digest', '2025-02-03'], digest]])

  it('returns the embedded data of the page made for this address', () => {
    const queries = readPrerenderedQueries(
      page('/digests/2025-02-03/x', json),
      '/digests/2025-02-03/x',
    )
    expect(queries).toEqual([[['digest', '2025-02-03'], digest]])
  })

  it('ignores a page made for another address, an empty root and a missing script', () => {
    expect(
      readPrerenderedQueries(page('/digests/2025-02-03/x', json), '/digests/2025-02-03/y'),
    ).toBeNull()
    expect(readPrerenderedQueries(page(null, json), '/')).toBeNull()
    const root = page('/a', json)
    document.getElementById(PRERENDERED_QUERIES_ID)?.remove()
    expect(readPrerenderedQueries(root, '/a')).toBeNull()
  })

  it('refuses data that is not JSON, not a known file, or fails its schema', () => {
    const at = '/a'
    expect(readPrerenderedQueries(page(at, '[[["digest"'), at)).toBeNull()
    expect(readPrerenderedQueries(page(at, JSON.stringify([[['index', 'x'], {}]])), at)).toBeNull()
    const broken = JSON.stringify([[['digest', '2025-02-03'], { ...digest, date: 'yesterday' }]])
    expect(readPrerenderedQueries(page(at, broken), at)).toBeNull()
  })

  it('reads the overview’s latest date, and refuses one that is not a date', () => {
    const overview = JSON.stringify([
      [['digest', '2025-02-03'], digest],
      [['prerendered-latest'], '2025-02-03'],
    ])
    expect(readPrerenderedQueries(page('/', overview), '/')).toEqual([
      [['digest', '2025-02-03'], digest],
      [['prerendered-latest'], '2025-02-03'],
    ])
    const notADate = JSON.stringify([[['prerendered-latest'], 'today']])
    expect(readPrerenderedQueries(page('/', notADate), '/')).toBeNull()
    const withId = JSON.stringify([[['prerendered-latest', 'x'], '2025-02-03']])
    expect(readPrerenderedQueries(page('/', withId), '/')).toBeNull()
  })
})

describe('embeddedDataFiles', () => {
  it('names the data file of each embedded digest and post, and nothing on other pages', () => {
    const json = JSON.stringify([
      [['digest', '2025-02-03'], {}],
      [['post', 'a-post'], {}],
      [['prerendered-latest'], '2025-02-03'],
    ])
    page('/', json)
    expect(embeddedDataFiles(document)).toEqual(['digests/2025-02-03.json', 'posts/a-post.json'])
    page('/', 'not json')
    expect(embeddedDataFiles(document)).toEqual([])
    document.body.innerHTML = ''
    expect(embeddedDataFiles(document)).toEqual([])
  })
})
