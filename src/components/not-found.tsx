import { Link } from 'react-router'
import { useDocumentTitle } from '../lib/use-document-title'

interface NotFoundProps {
  title?: string
  message: string
  backTo?: string
  backLabel?: string
}

/** Unknown route, date, episode, post or anchor: a clear message and a way back. */
export function NotFound({
  title = 'Not found',
  message,
  backTo = '/',
  backLabel = 'Back to the latest digest',
}: NotFoundProps) {
  useDocumentTitle(title)
  return (
    <section aria-labelledby="not-found-title" className="py-12">
      <h1
        id="not-found-title"
        className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl"
      >
        {title}
      </h1>
      <p className="mt-3 max-w-[65ch] text-stone-600 dark:text-stone-300">{message}</p>
      <Link
        to={backTo}
        className="mt-4 inline-flex min-h-10 items-center font-medium text-teal-700 underline dark:text-teal-300"
      >
        {backLabel}
      </Link>
    </section>
  )
}
