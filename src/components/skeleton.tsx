// The rows' widths, in turn. Classes, not a style attribute: the app shell
// carries a skeleton in its HTML (scripts/prerender/shell-html.ts), where
// the CSP refuses inline styles.
const WIDTHS = ['w-[90%]', 'w-[77%]', 'w-[64%]', 'w-[86%]', 'w-[73%]', 'w-[60%]', 'w-[82%]']

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
          className={`h-4 rounded bg-stone-200 dark:bg-stone-800 ${WIDTHS[i % WIDTHS.length]}`}
        />
      ))}
    </div>
  )
}
