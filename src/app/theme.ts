import { useCallback, useSyncExternalStore } from 'react'

// The same key as public/theme-init.js, which applies it before first paint.
const KEY = 'digest-reader:theme'
export type ThemeChoice = 'light' | 'dark' | 'system'

const media = () => window.matchMedia('(prefers-color-scheme: dark)')
const listeners = new Set<() => void>()

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(KEY)
    return saved === 'light' || saved === 'dark' ? saved : 'system'
  } catch {
    return 'system'
  }
}

function apply(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && media().matches)
  document.documentElement.classList.toggle('dark', dark)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onSystem = () => {
    apply(readChoice())
    listener()
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return
    apply(readChoice())
    listener()
  }
  media().addEventListener('change', onSystem)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    media().removeEventListener('change', onSystem)
    window.removeEventListener('storage', onStorage)
  }
}

/** The reader's theme choice, persisted, followed across tabs and system changes. */
export function useTheme() {
  const choice = useSyncExternalStore(subscribe, readChoice, () => 'system' as const)
  const isDark = useSyncExternalStore(
    subscribe,
    () => document.documentElement.classList.contains('dark'),
    () => false,
  )
  const setChoice = useCallback((next: ThemeChoice) => {
    try {
      if (next === 'system') localStorage.removeItem(KEY)
      else localStorage.setItem(KEY, next)
    } catch {
      // Storage blocked: the choice still applies for this visit.
    }
    apply(next)
    for (const listener of listeners) listener()
  }, [])
  return { choice, isDark, setChoice }
}
