import {
  DEFAULT_READING_SETTINGS,
  READING_SETTINGS_VERSION,
  type ReadingSettings,
  readingSettingsSchema,
} from './reading-settings-schema'
import {
  browserDeps,
  type CorruptCopy,
  createRecordStore,
  type RecordSnapshot,
  type RecordStoreDeps,
} from './record-store'
import { decodeVersioned, type Migrations, versionField } from './versioned-record'

export const READING_SETTINGS_KEY = 'digest-reader:reading-settings'

// Version 1 is the first; its step table starts empty and grows one step per change.
const migrations: Migrations = {
  current: READING_SETTINGS_VERSION,
  steps: {},
  detectVersion: versionField,
}

export function decodeReadingSettings(json: unknown) {
  return decodeVersioned(json, migrations, readingSettingsSchema)
}

export interface ReadingSettingsStore {
  getSnapshot(): RecordSnapshot<ReadingSettings>
  getServerSnapshot(): RecordSnapshot<ReadingSettings>
  subscribe(listener: () => void): () => void
  set(change: Partial<Omit<ReadingSettings, 'version'>>): void
  discardCorruptCopy(copy: CorruptCopy): void
}

export function createReadingSettingsStore(
  deps: RecordStoreDeps = browserDeps(),
): ReadingSettingsStore {
  const store = createRecordStore<ReadingSettings>(
    {
      key: READING_SETTINGS_KEY,
      decode: decodeReadingSettings,
      empty: () => DEFAULT_READING_SETTINGS,
    },
    deps,
  )
  return {
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    subscribe: store.subscribe,
    set(change) {
      store.update((current) => {
        const next = { ...current, ...change }
        const same =
          next.textSize === current.textSize &&
          next.lineWidth === current.lineWidth &&
          next.markReadAtEnd === current.markReadAtEnd &&
          next.keyPointsOnly === current.keyPointsOnly
        // The same value back is a no-op for the store: nothing written, nobody re-rendered.
        return same ? current : next
      })
    },
    discardCorruptCopy: store.discardCorruptCopy,
  }
}

let shared: ReadingSettingsStore | null = null

export function sharedReadingSettingsStore(): ReadingSettingsStore {
  shared ??= createReadingSettingsStore()
  return shared
}
