import { Component, type ReactNode } from 'react'
import { Link } from 'react-router'

interface State {
  error: unknown
}

/**
 * Last line of defence for a page: a chunk that failed to download (offline,
 * new deployment) or a bug. Rendered inside the layout, so navigation stays;
 * keyed by path in the router, so moving to another page clears it.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error }
  }

  override render() {
    if (this.state.error === null) return this.props.children
    const error = this.state.error
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
        <div className="mt-4 flex gap-4">
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="rounded-md bg-teal-700 px-3 py-2 font-medium text-white hover:bg-teal-800"
          >
            Reload
          </button>
          <Link to="/" className="px-1 py-2 font-medium text-teal-700 underline dark:text-teal-300">
            Back to the latest digest
          </Link>
        </div>
      </section>
    )
  }
}
