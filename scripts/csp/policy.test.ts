import { describe, expect, it } from 'vitest'
import {
  allowSource,
  allows,
  hashSource,
  metaPolicy,
  withMetaPolicy,
  withoutMetaPolicy,
} from './policy'

const PAGE = `<head>
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self'"
    />
</head>`

describe('the policy helpers', () => {
  it('hashes text as the browser does for an inline element', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
  })

  it('adds a source to one directive only, once', () => {
    const policy = metaPolicy(PAGE) ?? ''
    const once = allowSource(policy, 'style-src', "'sha256-x'")
    expect(allowSource(once, 'style-src', "'sha256-x'")).toBe(once)
    expect(once).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-x'")
    expect(allows(once, 'style-src', "'sha256-x'")).toBe(true)
    expect(allows(once, 'script-src', "'sha256-x'")).toBe(false)
    expect(() => allowSource(policy, 'img-src', "'sha256-x'")).toThrow(/img-src/)
  })

  it("rewrites the page's CSP meta in place", () => {
    const page = withMetaPolicy(PAGE, "default-src 'none'")
    expect(metaPolicy(page)).toBe("default-src 'none'")
    expect(() => withMetaPolicy('<head></head>', "default-src 'none'")).toThrow(/meta/)
  })

  it('leaves the dev server a page without the policy (its styles are inline there)', () => {
    expect(metaPolicy(withoutMetaPolicy(PAGE))).toBeNull()
    expect(withoutMetaPolicy(PAGE)).toContain('<head>')
  })
})
