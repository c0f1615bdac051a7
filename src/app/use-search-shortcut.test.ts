import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NOT_TEXT, TYPING_SELECTOR } from './use-search-shortcut'

// public/boot-after-paint.js answers the shortcut before the app runs, with a
// copy of the typing rule (a plain file, it cannot import): the two must say
// the same, or "/" typed in a field would search on one side and not the other.
describe('the boot script’s copy of the search shortcut’s typing rule', () => {
  const boot = readFileSync(new URL('../../public/boot-after-paint.js', import.meta.url), 'utf8')

  it('names the same typing elements', () => {
    expect(boot).toContain(`'${TYPING_SELECTOR}'`)
  })

  it('lists the same inputs that take no text, in the same order', () => {
    const list = boot.match(/\[((?:\s*'[a-z]+',?)+)\s*\]\.includes\(target\.type\)/)?.[1] ?? ''
    expect([...list.matchAll(/'([a-z]+)'/g)].map((m) => m[1])).toEqual(NOT_TEXT)
  })
})
