import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Digest } from '../schema/digest'
import { parseDocument } from './parse-document'
import { renderDigest } from './render-digest'

const OPTIONS = { today: '2100-01-01' }

function parseDigestBytes(text: string): Digest {
  const parsed = parseDocument(new TextEncoder().encode(text), 'rendered.txt', OPTIONS)
  if (parsed.kind !== 'digest') throw new Error('expected a digest')
  return parsed.digest
}

describe('renderDigest', () => {
  it('writes the newsletter layout', () => {
    const digest = parseDigestBytes(`Digestly

Feb 3, 2025

A Day 🎙️

Top Podcast
Alpha Show: About alpha.

Alpha Show - Part 1 - Start

Summary.

Key Points:

  • Point.

Details:

1. 💰 Money

1.1. Funding

  • Funded.

2. Plain

  • Bullet.
`)
    expect(renderDigest(digest)).toBe(`Digestly

Feb 3, 2025

A Day 🎙️

Top Podcast
Alpha Show: About alpha.

Alpha Show - Part 1 - Start

Summary.

Key Points:

  • Point.

Details:

1. 💰 Money

1.1. Funding

  • Funded.

2. Plain

  • Bullet.

Previous Digests
`)
  })

  it('round-trips the seed digest', () => {
    const bytes = readFileSync(new URL('../../content/000_56be99a494d8df3b.txt', import.meta.url))
    const parsed = parseDocument(bytes, 'seed.txt', OPTIONS)
    if (parsed.kind !== 'digest') throw new Error('expected a digest')
    expect(parseDigestBytes(renderDigest(parsed.digest))).toEqual(parsed.digest)
  })
})
