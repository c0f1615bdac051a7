import { Link } from 'react-router'
import type { LastSection } from '../../lib/storage/reading-state-schema'

/** "Continue where you left off": the deep link to the section read last time. */
export function ContinueReading({ section }: { section: LastSection }) {
  const label = section.number.includes('.')
    ? `${section.number} ${section.title}`
    : `${section.number}. ${section.title}`
  return (
    <p className="mt-6 rounded-lg border border-teal-200 bg-teal-50 px-4 py-1 text-teal-950 dark:border-teal-900 dark:bg-teal-950/40 dark:text-teal-50">
      <Link
        to={`#${section.id}`}
        className="inline-flex min-h-10 items-center py-1 underline decoration-teal-600/50 underline-offset-4 hover:decoration-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
      >
        Continue where you left off: {label}
      </Link>
    </p>
  )
}
