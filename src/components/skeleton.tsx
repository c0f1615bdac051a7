/** Placeholder blocks while data loads; fixed heights keep layout shift at zero. */
export function Skeleton({ lines = 6, label = 'Loading' }: { lines?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" data-skeleton="" className="animate-pulse space-y-3 py-4">
      <span className="sr-only">{label}…</span>
      <div className="h-8 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: lines }, (_, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
          key={i}
          className="h-4 rounded bg-stone-200 dark:bg-stone-800"
          style={{ width: `${90 - ((i * 13) % 35)}%` }}
        />
      ))}
    </div>
  )
}
