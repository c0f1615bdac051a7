/**
 * After "Show more" adds rows to a list: focus the link of the first row it
 * added, once React has rendered them. Left on the button, focus was behind
 * the new rows (a keyboard reader had to walk back to find them), and on the
 * last page the button went away with focus on it, dropping focus to <body>.
 * `from` is how many rows the list had before; it must hold links.
 */
export function focusFirstAdded(list: HTMLElement | null, from: number): void {
  window.requestAnimationFrame(() => {
    const row = list?.querySelectorAll(':scope > li')[from]
    row?.querySelector<HTMLElement>('a[href]')?.focus()
  })
}
