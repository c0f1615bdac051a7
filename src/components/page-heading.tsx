import type { ReactNode, Ref } from 'react'

/**
 * The h1 of a listing page, with an optional line under it. A page that moves
 * focus to its heading (after removing the item that had it) passes `ref`.
 */
export function PageHeading({
  children,
  lead,
  ref,
}: {
  children: ReactNode
  lead?: ReactNode
  ref?: Ref<HTMLHeadingElement>
}) {
  return (
    <header className="mb-6 border-b border-stone-200 pb-5 dark:border-stone-800">
      <h1
        ref={ref}
        tabIndex={ref ? -1 : undefined}
        className="font-serif text-3xl leading-tight font-bold text-balance focus:outline-none sm:text-4xl"
      >
        {children}
      </h1>
      {lead && <p className="mt-2 text-stone-600 dark:text-stone-300">{lead}</p>}
    </header>
  )
}
