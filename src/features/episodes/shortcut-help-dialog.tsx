import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react'
import { SHORTCUT_HELP } from './shortcuts'

export interface ShortcutHelp {
  dialogRef: RefObject<HTMLDialogElement | null>
  /** Whether the dialog is in the page at all: it is rendered only while open. */
  isOpen: boolean
  open: () => void
  /** The dialog's `close` event (Escape, the Close button): focus goes back where it was. */
  onClose: () => void
}

/**
 * Opens the help as a real modal and brings focus back to where the reader
 * was. The dialog (70-odd elements) is rendered only while open: a
 * prerendered page's first style and layout are the larger part of its
 * first paint (docs/decisions/0008), and a closed dialog is never seen.
 */
export function useShortcutHelp(): ShortcutHelp {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  const [isOpen, setOpen] = useState(false)
  const open = useCallback(() => {
    if (dialogRef.current?.open) return
    const active = document.activeElement
    returnTo.current = active instanceof HTMLElement ? active : null
    setOpen(true)
  }, [])
  const onClose = useCallback(() => {
    setOpen(false)
    const target = returnTo.current
    returnTo.current = null
    // Browsers differ in whether a closed modal restores focus; do it, without jumping.
    if (target?.isConnected) target.focus({ preventScroll: true })
  }, [])
  return { dialogRef, isOpen, open, onClose }
}

/**
 * Every keyboard shortcut of the episode page, in a modal `<dialog>`
 * (showModal: the page behind is inert, Escape closes it natively). Nothing
 * while closed.
 */
export function ShortcutHelpDialog({ help }: { help: ShortcutHelp }) {
  return help.isOpen ? <OpenShortcutHelp help={help} /> : null
}

function OpenShortcutHelp({ help }: { help: ShortcutHelp }) {
  // Modal from the frame it first appears in.
  const { dialogRef } = help
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [dialogRef])
  return (
    <dialog
      ref={help.dialogRef}
      aria-labelledby="shortcut-help-title"
      onClose={help.onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="flex items-center justify-between gap-4 border-b border-stone-200 px-5 py-3 dark:border-stone-800">
        <h2 id="shortcut-help-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <button
          type="button"
          onClick={() => help.dialogRef.current?.close()}
          className="inline-flex min-h-10 items-center rounded-md border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          Close
        </button>
      </div>
      <div className="px-5 pt-3 pb-5">
        <p className="text-sm text-stone-600 dark:text-stone-400">
          On an episode page. They pause while you type in a field.
        </p>
        <table className="mt-3 w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {SHORTCUT_HELP.map((entry) => (
              <tr key={entry.description}>
                <td className="py-2 pr-4 align-top whitespace-nowrap">
                  {entry.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? (
                        <span className="text-stone-600 dark:text-stone-400"> or </span>
                      ) : null}
                      <kbd className="inline-block min-w-7 rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 text-center font-mono text-xs text-stone-800 shadow-[0_1px_0_var(--color-stone-300)] dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:shadow-[0_1px_0_var(--color-stone-600)]">
                        {k}
                      </kbd>
                    </span>
                  ))}
                </td>
                <td className="py-2 align-top">{entry.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  )
}
