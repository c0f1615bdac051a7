import type { ReactNode } from 'react'

/**
 * The failure of the rows a kept place waits for (Back or a reload deep in a
 * long list), held where the returning status was: at the bottom of the
 * screen. At the list's end, thousands of pixels below, the reader never saw
 * it and waited for a place that was not coming. `data-keeps-place` tells
 * lib/use-kept-place.ts that a press in it (Try again) does not give the
 * place up: once the rows come, the reader is taken there.
 */
export function KeptPlaceFailure({ pinned, children }: { pinned: boolean; children: ReactNode }) {
  return (
    <div
      data-keeps-place
      className={pinned ? 'sticky bottom-0 bg-stone-50 py-3 dark:bg-stone-950' : undefined}
    >
      {children}
    </div>
  )
}
