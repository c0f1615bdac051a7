import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import { SEARCH_FIELD_ATTRIBUTE, SEARCH_PATH, type SearchNavigationState } from '../lib/search-link'

/** Where keys are text: form fields, editable regions, custom text widgets. */
export const TYPING_SELECTOR =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"]'
/** Inputs that take no text: "/" pressed on a checkbox still means search. */
export const NOT_TEXT = [
  'button',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'submit',
  'reset',
  'image',
]

/**
 * True when the key belongs to the reader's typing. Ctrl-K included: in a
 * macOS text field it deletes to the end of the line.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target instanceof HTMLInputElement && NOT_TEXT.includes(target.type)) return false
  return target.closest(TYPING_SELECTOR) !== null
}

/** `/` alone, or Ctrl-K / Cmd-K. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.altKey || event.isComposing) return false
  if (event.key === '/') return !event.ctrlKey && !event.metaKey
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey
}

function visibleSearchField(): HTMLInputElement | null {
  const fields = document.querySelectorAll<HTMLInputElement>(`input[${SEARCH_FIELD_ATTRIBUTE}]`)
  // The page's own field comes after the header's in document order: prefer it.
  return [...fields].reverse().find((field) => field.getClientRects().length > 0) ?? null
}

/**
 * `/` or Ctrl/Cmd-K from any page focuses the search field on screen (the
 * header's on a wide screen, the search page's), or opens the search page
 * when none is shown (phones). Never while the reader types in a field.
 */
export function useSearchShortcut(): void {
  const navigate = useNavigate()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isSearchShortcut(event) || isTypingTarget(event.target)) return
      event.preventDefault()
      const field = visibleSearchField()
      if (field) {
        field.focus()
        field.select()
      } else {
        const state: SearchNavigationState = { focusSearch: true }
        navigate(SEARCH_PATH, { state })
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navigate])
}
