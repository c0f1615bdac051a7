import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ReadingSettings } from './reading-settings-schema'
import { type ReadingSettingsStore, sharedReadingSettingsStore } from './reading-settings-store'
import type { RecordSnapshot } from './record-store'

/** Tests hand in a store of their own; the app uses the tab's shared one. */
export const ReadingSettingsStoreContext = createContext<ReadingSettingsStore | null>(null)

export function useReadingSettingsStore(): ReadingSettingsStore {
  return useContext(ReadingSettingsStoreContext) ?? sharedReadingSettingsStore()
}

/** The settings, re-rendering on every change made in this tab or another. */
export function useReadingSettings(): RecordSnapshot<ReadingSettings> {
  const store = useReadingSettingsStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot)
}
