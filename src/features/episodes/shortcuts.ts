/**
 * The episode page's keyboard shortcuts: which key does what (one table,
 * shown in the help dialog too), and the pure dispatcher deciding whether a
 * keydown is a shortcut at all. The page performs the actions
 * (use-episode-shortcuts.ts).
 */

export type ShortcutAction =
  | 'next-section'
  | 'previous-section'
  | 'toggle-section'
  | 'bookmark-section'
  | 'copy-link'
  | 'previous-episode'
  | 'next-episode'
  | 'help'

export interface ShortcutHelp {
  /** Each key the reader may press for it, as printed on the keyboard. */
  keys: readonly string[]
  description: string
}

/**
 * What the help dialog lists. `/` and Ctrl/⌘ K belong to the site-wide search
 * (handled there, not here) but are listed so every key is in one place.
 */
export const SHORTCUT_HELP: readonly ShortcutHelp[] = [
  { keys: ['j'], description: 'Next section' },
  { keys: ['k'], description: 'Previous section' },
  { keys: ['o', 'Enter'], description: 'Open or close the current section' },
  { keys: ['b'], description: 'Bookmark the current section (again to remove)' },
  { keys: ['c'], description: 'Copy the link to the current section' },
  { keys: ['['], description: 'Previous episode' },
  { keys: [']'], description: 'Next episode' },
  { keys: ['/'], description: 'Search' },
  { keys: ['Ctrl K', '⌘ K'], description: 'Search (from anywhere, even while typing)' },
  { keys: ['?'], description: 'Show these shortcuts' },
  { keys: ['Esc'], description: 'Close this dialog' },
]

/** The part of a KeyboardEvent the dispatcher reads (tests build plain objects). */
export interface KeyInput {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  repeat: boolean
  isComposing: boolean
  defaultPrevented: boolean
  target: EventTarget | null
  getModifierState?: (key: string) => boolean
}

const TYPING_SELECTOR =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"]'

/** Where keys are text: a form field, an editable region, a custom text widget. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING_SELECTOR) !== null
}

/** Elements whose own Enter means something (follow, press, open): Enter is theirs. */
const ENTER_OWNERS =
  'a[href], button, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="switch"], [role="option"]'

const LETTERS: Readonly<Record<string, ShortcutAction>> = {
  j: 'next-section',
  k: 'previous-section',
  o: 'toggle-section',
  b: 'bookmark-section',
  c: 'copy-link',
}

/** Symbols typed with Shift (?) or AltGr ([ and ] on many European layouts). */
const SYMBOLS: Readonly<Record<string, ShortcutAction>> = {
  '[': 'previous-episode',
  ']': 'next-episode',
  '?': 'help',
}

/** Actions that make sense to repeat while a key is held down. */
const REPEATABLE = new Set<ShortcutAction>(['next-section', 'previous-section'])

/** The shortcut a keydown means, or null when it is not one (and must be left alone). */
export function shortcutFor(event: KeyInput): ShortcutAction | null {
  if (event.defaultPrevented || event.isComposing) return null
  if (isTypingTarget(event.target)) return null
  // A modal (the help dialog) owns the keyboard while it is open.
  if (event.target instanceof Element && event.target.closest('dialog')) return null
  const altGraph = event.getModifierState?.('AltGraph') ?? false
  // Ctrl/⌘/Alt combinations are the browser's and the system's (Ctrl K is search's).
  if (event.metaKey || ((event.ctrlKey || event.altKey) && !altGraph)) return null

  let action: ShortcutAction | null = null
  if (event.key === 'Enter') {
    // On a heading button, a link or any other control, Enter already does its own thing.
    if (event.shiftKey) return null
    if (event.target instanceof Element && event.target.closest(ENTER_OWNERS)) return null
    action = 'toggle-section'
  } else if (event.key in SYMBOLS) {
    action = SYMBOLS[event.key] ?? null
  } else if (!event.shiftKey && event.key.length === 1) {
    // Caps Lock gives "J" without Shift: still j.
    action = LETTERS[event.key.toLowerCase()] ?? null
  }
  if (action === null) return null
  if (event.repeat && !REPEATABLE.has(action)) return null
  return action
}
