// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { isTypingTarget, type KeyInput, SHORTCUT_HELP, shortcutFor } from './shortcuts'

afterEach(() => {
  document.body.innerHTML = ''
})

function key(value: string, overrides: Partial<KeyInput> = {}): KeyInput {
  return {
    key: value,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    repeat: false,
    isComposing: false,
    defaultPrevented: false,
    target: document.body,
    ...overrides,
  }
}

function element(html: string): Element {
  document.body.innerHTML = html
  const found = document.querySelector('[data-target]')
  if (!found) throw new Error('no [data-target] in the fixture')
  return found
}

describe('shortcutFor', () => {
  it.each([
    ['j', 'next-section'],
    ['k', 'previous-section'],
    ['o', 'toggle-section'],
    ['Enter', 'toggle-section'],
    ['b', 'bookmark-section'],
    ['c', 'copy-link'],
    ['[', 'previous-episode'],
    [']', 'next-episode'],
  ] as const)('maps %s to %s', (pressed, action) => {
    expect(shortcutFor(key(pressed))).toBe(action)
  })

  it('maps ? (typed with Shift) to the help dialog', () => {
    expect(shortcutFor(key('?', { shiftKey: true }))).toBe('help')
  })

  it('takes a letter typed with Caps Lock, but not Shift + letter', () => {
    expect(shortcutFor(key('J'))).toBe('next-section')
    expect(shortcutFor(key('J', { shiftKey: true }))).toBeNull()
  })

  it('ignores other keys, including search’s / (handled site-wide)', () => {
    for (const other of ['a', 'x', '/', 'Escape', ' ', 'ArrowDown', 'Tab', 'F5']) {
      expect(shortcutFor(key(other))).toBeNull()
    }
  })

  it('never fires with Ctrl, ⌘ or Alt (Ctrl K is search’s), but accepts AltGr symbols', () => {
    expect(shortcutFor(key('j', { ctrlKey: true }))).toBeNull()
    expect(shortcutFor(key('k', { metaKey: true }))).toBeNull()
    expect(shortcutFor(key('c', { ctrlKey: true }))).toBeNull()
    expect(shortcutFor(key('b', { altKey: true }))).toBeNull()
    expect(shortcutFor(key('[', { ctrlKey: true }))).toBeNull()
    const altGr = { ctrlKey: true, altKey: true, getModifierState: (k: string) => k === 'AltGraph' }
    expect(shortcutFor(key('[', altGr))).toBe('previous-episode')
  })

  it.each([
    ['a text input', '<input data-target type="text">'],
    ['a search input', '<input data-target type="search">'],
    ['a checkbox', '<input data-target type="checkbox">'],
    ['a textarea', '<textarea data-target></textarea>'],
    ['a select', '<select data-target><option>1</option></select>'],
    ['an editable region', '<div contenteditable="true"><p data-target>text</p></div>'],
    ['a custom combobox', '<div role="combobox" data-target tabindex="0"></div>'],
  ])('is ignored while typing in %s', (_, html) => {
    const target = element(html)
    for (const pressed of ['j', 'k', 'o', 'b', 'c', '[', ']', '?', 'Enter']) {
      expect(shortcutFor(key(pressed, { target }))).toBeNull()
    }
    expect(isTypingTarget(target)).toBe(true)
  })

  it('is not ignored in an element that only says contenteditable="false"', () => {
    const target = element('<div contenteditable="false"><p data-target>text</p></div>')
    expect(shortcutFor(key('j', { target }))).toBe('next-section')
  })

  it('leaves Enter to buttons and links, which have their own', () => {
    expect(
      shortcutFor(key('Enter', { target: element('<button data-target>7.</button>') })),
    ).toBeNull()
    expect(
      shortcutFor(key('Enter', { target: element('<a data-target href="#x">x</a>') })),
    ).toBeNull()
    // ...while letters still work from a button (j from a section heading).
    expect(shortcutFor(key('j', { target: element('<button data-target>7.</button>') }))).toBe(
      'next-section',
    )
    expect(
      shortcutFor(key('Enter', { target: element('<h1 data-target tabindex="-1">T</h1>') })),
    ).toBe('toggle-section')
  })

  it('stays out of an open dialog, a handled event and an IME composition', () => {
    const inDialog = element('<dialog open><button data-target>Close</button></dialog>')
    expect(shortcutFor(key('j', { target: inDialog }))).toBeNull()
    expect(shortcutFor(key('j', { defaultPrevented: true }))).toBeNull()
    expect(shortcutFor(key('j', { isComposing: true }))).toBeNull()
  })

  it('repeats moving between sections, not toggles', () => {
    expect(shortcutFor(key('j', { repeat: true }))).toBe('next-section')
    expect(shortcutFor(key('b', { repeat: true }))).toBeNull()
    expect(shortcutFor(key('o', { repeat: true }))).toBeNull()
  })

  it('lists every shortcut in the help, search included', () => {
    const listed = SHORTCUT_HELP.flatMap((entry) => entry.keys)
    for (const k of ['j', 'k', 'o', 'Enter', 'b', 'c', '[', ']', '?', '/', 'Ctrl K', '⌘ K', 'Esc'])
      expect(listed).toContain(k)
  })
})
