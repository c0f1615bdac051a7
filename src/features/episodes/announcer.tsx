import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react'

type Announce = (message: string) => void

const AnnouncerContext = createContext<Announce>(() => {})

/** Confirmations ("Link copied") from anywhere on the page, shown and announced in one place. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext)
}

const VISIBLE_MS = 5000

/**
 * A polite live region that is always in the DOM (a region inserted together
 * with its text is often not read), shown as a small toast while it has text.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('')
  const timer = useRef<number | undefined>(undefined)

  const announce = useCallback<Announce>((next) => {
    window.clearTimeout(timer.current)
    // Clear first so the same message twice in a row is announced twice.
    setMessage('')
    window.requestAnimationFrame(() => setMessage(next))
    timer.current = window.setTimeout(() => setMessage(''), VISIBLE_MS)
  }, [])

  useEffect(() => () => window.clearTimeout(timer.current), [])

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4"
      >
        {message ? (
          <p className="pointer-events-auto max-w-md break-words rounded-lg bg-stone-900 px-4 py-2.5 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900">
            {message}
          </p>
        ) : null}
      </div>
    </AnnouncerContext.Provider>
  )
}
