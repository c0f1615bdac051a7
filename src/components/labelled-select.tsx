import { type ReactNode, useId } from 'react'

interface LabelledSelectProps {
  label: string
  /** The query parameter it writes, as in a GET form (public/boot-after-paint.js keeps a choice made before the app runs). */
  name: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
}

/**
 * A select with its visible label, as the list filters show them ("Filter by
 * podcast", "Jump to month"). Hidden without JavaScript: it acts through the
 * app. min-w-0 and max-w-full: a select is as wide as its longest option, and
 * a long one must not push the page sideways on a phone.
 */
export function LabelledSelect({ label, name, value, onChange, children }: LabelledSelectProps) {
  const id = useId()
  return (
    <div className="flex min-w-0 max-w-full flex-wrap items-center gap-2 noscript:hidden">
      <label htmlFor={id} className="text-sm font-medium text-stone-600 dark:text-stone-300">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="h-10 min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        {children}
      </select>
    </div>
  )
}
