import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react'

interface AnnounceOptions {
  /**
   * Kept until the reader dismisses it (or another message comes): a message
   * to act on, such as a link to copy by hand when copying failed. Five
   * seconds was too short to select a long address on a phone.
   */
  untilDismissed?: boolean
}

type Announce = (message: string, options?: AnnounceOptions) => void

const AnnouncerContext = createContext<Announce>(() => {})

/** Confirmations ("Link copied") from anywhere on the page, shown and announced in one place. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext)
}

const VISIBLE_MS = 5000
const NOTHING = { message: '', kept: false }

/**
 * A polite live region that is always in the DOM (a region inserted together
 * with its text is often not read), shown as a small toast while it has text.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<{ message: string; kept: boolean }>(NOTHING)
  const { message, kept } = shown
  const timer = useRef<number | undefined>(undefined)

  const announce = useCallback<Announce>((next, options) => {
    window.clearTimeout(timer.current)
    const kept = options?.untilDismissed === true
    // Clear first so the same message twice in a row is announced twice.
    setShown(NOTHING)
    window.requestAnimationFrame(() => setShown({ message: next, kept }))
    if (!kept) timer.current = window.setTimeout(() => setShown(NOTHING), VISIBLE_MS)
  }, [])

  useEffect(() => () => window.clearTimeout(timer.current), [])

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
        <div className="pointer-events-auto flex max-w-md items-start gap-2">
          <div role="status" aria-live="polite" aria-atomic="true">
            {message ? (
              <p className="select-text break-words rounded-lg bg-stone-900 px-4 py-2.5 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900">
                {message}
              </p>
            ) : null}
          </div>
          {/* Outside the live region: its name is not read with the message. */}
          {message && kept ? (
            <button
              type="button"
              onClick={() => setShown(NOTHING)}
              className="min-h-10 shrink-0 rounded-lg bg-stone-900 px-3 text-sm font-medium text-white shadow-lg hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
            >
              Dismiss
            </button>
          ) : null}
        </div>
      </div>
    </AnnouncerContext.Provider>
  )
}
