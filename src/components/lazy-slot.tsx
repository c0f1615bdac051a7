import { type ComponentType, memo, type ReactNode, Suspense, use } from 'react'

const started = new Set<Promise<unknown>>()

/**
 * Settles once every slot defined so far has its component (or has failed to
 * load it). The router waits for it before taking over a prerendered page, so
 * the page's slots hydrate with it in one pass (see lazySlot).
 */
export function slotsStarted(): Promise<unknown> {
  return Promise.allSettled(started)
}

/**
 * A component in a chunk of its own (off the first-load budget), shown in its
 * own Suspense boundary, with `fallback` until the chunk is in. Its chunk is
 * asked for when the module defining the slot runs, not at first render.
 *
 * On a prerendered page the slot's HTML is already on screen. Rendered by
 * React.lazy, it stayed "dehydrated" until its chunk came, after the page
 * said it was ready: its buttons did nothing when pressed, and when the
 * parent rendered again (right after hydration) React swapped the HTML for
 * the fallback: the "Unread only" box and the read status blinked out for
 * ~70 ms. Now the router waits for the slots (slotsStarted) before the page
 * hydrates, a loaded slot renders at once, and `memo` keeps a parent's
 * render from reaching a slot whose props have not changed.
 */
export function lazySlot<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  /** Holds the component's room until its chunk is in: from its props where that room depends on them. */
  fallback: ReactNode | ((props: Props) => ReactNode),
) {
  let loaded: ComponentType<Props> | undefined
  const loading = load().then((component) => {
    loaded = component
    return component
  })
  started.add(loading)
  // A failure is React's to report, through use() and the nearest error boundary.
  loading.catch(() => {})
  function Loaded(props: Props) {
    const Component = loaded ?? use(loading)
    return <Component {...props} />
  }
  return memo(function LazySlot(props: Props) {
    return (
      <Suspense fallback={typeof fallback === 'function' ? fallback(props) : fallback}>
        <Loaded {...props} />
      </Suspense>
    )
  })
}
