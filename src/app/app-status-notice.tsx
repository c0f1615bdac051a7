import { onlineManager } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { applyUpdate, registerServiceWorker, useServiceWorker } from './service-worker'
import { useOnlineStatus } from './use-online-status'

export const OFFLINE_MESSAGE = 'You are offline. Pages you have opened before still work.'
export const UPDATE_MESSAGE = 'A new version of Digest Reader is ready.'

/**
 * One small banner at the bottom of every page: "you are offline" while
 * there is no network, and "a new version is ready" with a Reload button.
 * The status region is always in the page, so screen readers announce the
 * message when it appears. It also starts the service worker, once.
 */
export function AppStatusNotice() {
  const online = useOnlineStatus()
  const { updateReady } = useServiceWorker()
  const [updateDismissed, setUpdateDismissed] = useState(false)
  const showUpdate = updateReady && !updateDismissed

  useEffect(registerServiceWorker, [])
  // The query library assumes a network at start and learns only from later
  // online/offline events: a page opened offline, whose files failed, did not
  // load when the network came back, though its message says it will. Here
  // (a lazy chunk, off the first-load budget) it is told what the browser knows.
  useEffect(() => onlineManager.setOnline(online), [online])

  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center px-3 pb-3 print:hidden"
    >
      {!online || showUpdate ? (
        <div className="pointer-events-auto flex max-w-xl flex-col gap-2 rounded-lg bg-stone-900 px-4 py-3 text-sm text-stone-50 shadow-lg sm:flex-row sm:items-center sm:gap-4 dark:bg-stone-100 dark:text-stone-900">
          <div className="flex-1 space-y-1">
            {online ? null : <p>{OFFLINE_MESSAGE}</p>}
            {showUpdate ? <p>{UPDATE_MESSAGE}</p> : null}
          </div>
          {showUpdate ? (
            <div className="flex shrink-0 gap-2">
              <button
                type="button"
                onClick={applyUpdate}
                className="min-h-10 rounded-md bg-teal-700 px-3 font-medium text-white hover:bg-teal-800"
              >
                Reload
              </button>
              <button
                type="button"
                onClick={() => setUpdateDismissed(true)}
                className="min-h-10 rounded-md px-3 font-medium text-stone-200 underline-offset-4 hover:underline dark:text-stone-700"
              >
                Not now
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
