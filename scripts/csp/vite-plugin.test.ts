import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pageFiles, pagePolicies } from './vite-plugin'

const page = (policy: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="${policy}" /></head></html>`

describe('pageFiles', () => {
  it('tries the files a static server answers a path with, in its order', () => {
    expect(pageFiles('/')).toEqual(['overview.html', 'index.html'])
    expect(pageFiles('/digests/2026-11-23')).toEqual([
      'digests/2026-11-23.html',
      'digests/2026-11-23/index.html',
    ])
    expect(pageFiles('/static-episode.html')).toEqual(['static-episode.html'])
    // Not a page: nothing to look up on every script or data request.
    expect(pageFiles('/assets/index-abc.js')).toEqual([])
    expect(pageFiles('/data/digests/2026-11-23.json')).toEqual([])
    expect(pageFiles('/commentary/a%20b')).toEqual([
      'commentary/a b.html',
      'commentary/a b/index.html',
    ])
  })

  it('names no file outside the built site, nor for a malformed address', () => {
    expect(pageFiles('/digests/../../etc/passwd')).toEqual([])
    expect(pageFiles('/%E0%A4%A')).toEqual([])
  })
})

describe('pagePolicies', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("answers with a prerendered page's own policy, else the shell's, else the fallback", () => {
    dir = mkdtempSync(join(tmpdir(), 'csp-'))
    const policyFor = pagePolicies(dir, 'fallback')
    expect(policyFor('/')).toBe('fallback')
    writeFileSync(join(dir, 'index.html'), page('shell'))
    mkdirSync(join(dir, 'digests'))
    writeFileSync(join(dir, 'digests/2026-11-23.html'), page("style-src 'sha256-page'"))
    expect(policyFor('/')).toBe('shell')
    expect(policyFor('/digests/2026-11-23')).toBe("style-src 'sha256-page'")
    // An address of the app with no prerendered page: the shell answers it.
    expect(policyFor('/digests/2001-01-01')).toBe('shell')
    expect(policyFor('/digests')).toBe('shell')
  })

  it('reads a page again once it changed (a rebuild under a running preview)', () => {
    dir = mkdtempSync(join(tmpdir(), 'csp-'))
    const file = join(dir, 'index.html')
    writeFileSync(file, page('before'))
    const policyFor = pagePolicies(dir, 'fallback')
    expect(policyFor('/')).toBe('before')
    writeFileSync(file, page('after'))
    utimesSync(file, new Date(), new Date(Date.now() + 5_000))
    expect(policyFor('/')).toBe('after')
  })
})
