import type { ReactNode } from 'react'

/** The h1 of a listing page, with an optional line under it. */
export function PageHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <header className="mb-6 border-b border-stone-200 pb-5 dark:border-stone-800">
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">
        {children}
      </h1>
      {lead && <p className="mt-2 text-stone-600 dark:text-stone-300">{lead}</p>}
    </header>
  )
}
