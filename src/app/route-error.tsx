import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

/**
 * Last line of defence for a route: a chunk that failed to download (offline,
 * new deployment) or a bug. Rendered inside the layout, so navigation stays.
 */
export function RouteError() {
  const error = useRouteError()
  const chunkFailed =
    error instanceof Error &&
    /dynamically imported module|Importing a module script/.test(error.message)
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : chunkFailed
      ? 'Part of the app could not be downloaded. Check your connection, then reload.'
      : 'Something went wrong on this page.'
  return (
    <section role="alert" className="py-12">
      <h1 className="text-2xl font-bold">This page could not be shown</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">{message}</p>
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
