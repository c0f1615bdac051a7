import { browserLocalStorage, type KeyValueStorage } from './browser-storage'

// "Continue where you left off" stands above the newest digest's Top Podcast
// and comes with the reader's data, after the page has painted: a returning
// reader's overview moved down under their eyes when it came (layout shift
// 0.116 on a 390 px phone, 0.051 at 1280 px). So the card's room is held from
// the first paint, as tall as the card was the last time it showed at this
// screen width and text size (public/theme-init.js reads this hint, before
// anything is drawn), while the reader's data says there is an episode to
// continue. A hint of layout, not the reader's data: not exported, and
// losing it costs one move of the page, nothing else.

/** Read by public/theme-init.js under this name. */
export const CONTINUE_ROOM_KEY = 'digest-reader:continue-room'

export interface ContinueRoom {
  /** Whether the reader's data has an episode to continue (the card shows). */
  has: boolean
  /** The window's width (CSS px) and text size the card was measured at... */
  w: number
  t: string
  /** ...and its height there (CSS px). */
  h: number
}

// `window.localStorage` itself may throw (storage blocked): asked for inside `try`.
type StorageAccess = () => KeyValueStorage

function read(storage: StorageAccess): ContinueRoom | null {
  try {
    const room = JSON.parse(storage().getItem(CONTINUE_ROOM_KEY) ?? 'null') as ContinueRoom | null
    return room && typeof room === 'object' ? room : null
  } catch {
    return null
  }
}

function write(storage: StorageAccess, room: ContinueRoom): void {
  try {
    storage().setItem(CONTINUE_ROOM_KEY, JSON.stringify(room))
  } catch {
    // Storage full or blocked: the page moves once when the card comes, as before.
  }
}

/** The card showed, `height` tall, at this width and text size. */
export function rememberContinueRoom(
  height: number,
  at: { width: number; textSize: string },
  storage: StorageAccess = browserLocalStorage,
): void {
  const room = { has: true, w: at.width, t: at.textSize, h: Math.round(height) }
  const known = read(storage)
  if (known?.has && known.w === room.w && known.t === room.t && known.h === room.h) return
  write(storage, room)
}

/**
 * Whether there is an episode to continue, kept in step with every change of
 * the reading record (reading-state-store.ts), wherever it is made: an
 * episode marked read on its own page takes the card away, and the next
 * overview must not hold room for it.
 */
export function noteContinueEntry(
  has: boolean,
  storage: StorageAccess = browserLocalStorage,
): void {
  const known = read(storage)
  if (!known || known.has === has) return
  write(storage, { ...known, has })
}

/**
 * The room is no longer held: the reader's data is in, and the card is on
 * screen (or, the hint being out of date, is not there to show).
 */
export function releaseContinueRoom(root: HTMLElement = document.documentElement): void {
  delete root.dataset.continueRoom
  root.style.removeProperty('--continue-room')
}
