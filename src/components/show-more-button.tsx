import type { Ref } from 'react'

interface ShowMoreButtonProps {
  /** Says what it adds and how many are left: "Show older episodes (40 more)". */
  label: string
  onClick: () => void
  ref?: Ref<HTMLButtonElement>
}

/** The button under a long list that adds its next page of rows. */
export function ShowMoreButton({ label, onClick, ref }: ShowMoreButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      onClick={onClick}
      className="mt-4 h-10 rounded-md border border-stone-300 px-4 font-medium hover:border-teal-600 dark:border-stone-700 dark:hover:border-teal-400"
    >
      {label}
    </button>
  )
}
