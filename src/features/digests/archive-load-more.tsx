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
}

/**
 * "Show older digests": a button, plus loading on scroll where
 * IntersectionObserver exists (old browsers and some embedded views keep the
 * button, which always works).
 */
export function ArchiveLoadMore({ label, onMore, auto, shown }: ArchiveLoadMoreProps) {
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
      onClick={() => onMore('click')}
      className="h-10 rounded-md border border-stone-300 bg-white px-4 font-medium hover:border-teal-600 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-teal-400"
    >
      {label}
    </button>
  )
}
