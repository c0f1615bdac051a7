import { useEffect, useEffectEvent, useRef } from 'react'

interface ArchiveLoadMoreProps {
  label: string
  /** `click`: the reader pressed the button; `scroll`: the end of the list came near. */
  onMore: (how: 'click' | 'scroll') => void
  /** Also load when the button comes near the viewport, not only on a press. */
  auto: boolean
  /**
   * How much is shown now. Each load changes it, which re-arms the observer:
   * a new observer reports at once whether the end is still near, so loading
   * goes on until the list reaches past the viewport (or `auto` turns off).
   */
  shown: number
  /**
   * The days the last load asked for are not in yet (a podcast's older part
   * on its way, or failed): a press adds nothing until they are, as with
   * ShowMoreButton (components/show-more.tsx).
   */
  busy?: boolean
}

/**
 * "Show older digests": a button, plus loading on scroll where
 * IntersectionObserver exists (old browsers and some embedded views keep the
 * button, which always works).
 */
export function ArchiveLoadMore({
  label,
  onMore,
  auto,
  shown,
  busy = false,
}: ArchiveLoadMoreProps) {
  const button = useRef<HTMLButtonElement>(null)
  const loadOnScroll = useEffectEvent(() => onMore('scroll'))
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` re-arms the observer after each load
  useEffect(() => {
    const target = button.current
    if (!target || !auto || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        loadOnScroll()
      },
      { rootMargin: '0px 0px 600px 0px' },
    )
    observer.observe(target)
    return () => observer.disconnect()
  }, [auto, shown])
  return (
    <button
      ref={button}
      type="button"
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onMore('click')
      }}
      className="h-10 rounded-md border border-stone-300 bg-white px-4 font-medium hover:border-teal-600 aria-disabled:cursor-default aria-disabled:opacity-60 aria-disabled:hover:border-stone-300 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-teal-400 dark:aria-disabled:hover:border-stone-700"
    >
      {label}
    </button>
  )
}
