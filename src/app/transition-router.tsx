import { type ReactNode, startTransition, useLayoutEffect, useState } from 'react'
import { UNSAFE_createBrowserHistory as createBrowserHistory, Router } from 'react-router'
import { hideProgress, showProgress } from './navigation-progress'

/**
 * React Router's BrowserRouter, which also says when a move to another page
 * is slow (docs/decisions/0016-navigation-keeps-the-page.md). Like
 * BrowserRouter it renders every change of address in a transition, so a
 * page whose chunk is still loading leaves the page before it on screen
 * (AppRoutes) instead of a skeleton; but BrowserRouter tells no one, and the
 * reader had no sign that a click was taken. The history is the one
 * BrowserRouter makes (the same function, which react-router exports as
 * UNSAFE_ for routers of one's own).
 */
export function TransitionRouter({
  children,
  onNavigate,
}: {
  children: ReactNode
  /**
   * Told of each new address as the move to it starts, before the
   * transition renders anything, whatever started it (a link, a filter, a
   * shortcut, Back): the app asks for its page's chunk and data there. A
   * page that asked for its own data only once rendered and committed (the
   * archive filtered by podcast) left its request 0.4 s after the choice
   * at 4x CPU.
   */
  onNavigate?: (location: { pathname: string; search: string }) => void
}) {
  const [history] = useState(() => createBrowserHistory({ window, v5Compat: true }))
  const [state, setState] = useState({ action: history.action, location: history.location })
  useLayoutEffect(
    () =>
      history.listen((update) => {
        onNavigate?.(update.location)
        showProgress()
        startTransition(() => setState(update))
      }),
    [history, onNavigate],
  )
  // Committed: the new page is on screen (or its error, or a skeleton on a first visit).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new location, which it does not read
  useLayoutEffect(hideProgress, [state])
  return (
    <Router location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  )
}
