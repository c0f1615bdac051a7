import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Component, type ReactNode } from 'react'
import { Link } from 'react-router'
import { ErrorPanel } from '../components/error-panel'
import { NotFound } from '../components/not-found'
import { DataError, isNotFound } from '../lib/data-error'

interface BoundaryProps {
  children: ReactNode
  /** Lets failed queries run again when the reader asks to retry. */
  resetQueries: () => void
}

interface State {
  error: unknown
}

/**
 * Last line of defence for a page. Pages show their own data errors inline,
 * but anything thrown while rendering lands here: a query error thrown by a
 * suspense query, a page chunk that failed to download (offline, new
 * deployment), or a bug. Rendered inside the layout, so the header and
 * navigation keep working; keyed by path in the router, so moving to another
 * page clears it.
 */
class Boundary extends Component<BoundaryProps, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error }
  }

  private retry = () => {
    this.props.resetQueries()
    this.setState({ error: null })
  }

  override render() {
    const { error } = this.state
    if (error === null) return this.props.children
    if (isNotFound(error)) {
      return <NotFound title="Not found" message="What this address names does not exist." />
    }
    if (error instanceof DataError) return <ErrorPanel error={error} onRetry={this.retry} />
    const chunkFailed =
      error instanceof Error &&
      /dynamically imported module|Importing a module script|Failed to fetch/.test(error.message)
    return (
      <section role="alert" className="py-12">
        <h1 className="text-2xl font-bold">This page could not be shown</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-300">
          {chunkFailed
            ? 'Part of the app could not be downloaded. Check your connection, then reload.'
            : 'Something went wrong on this page.'}
        </p>
        <div className="mt-4 flex flex-wrap gap-4">
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="h-10 rounded-md bg-teal-700 px-4 font-medium text-white hover:bg-teal-800"
          >
            Reload
          </button>
          <Link
            to="/"
            className="inline-flex h-10 items-center px-1 font-medium text-teal-700 underline dark:text-teal-300"
          >
            Back to the latest digest
          </Link>
        </div>
      </section>
    )
  }
}

/** One page's error boundary, paired with TanStack Query's reset so "Try again" refetches. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => <Boundary resetQueries={reset}>{children}</Boundary>}
    </QueryErrorResetBoundary>
  )
}
