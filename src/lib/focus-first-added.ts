/**
 * After "Show more" adds rows to a list: focus the link of the first row it
 * added, once React has rendered them. Left on the button, focus was behind
 * the new rows (a keyboard reader had to walk back to find them), and on the
 * last page the button went away with focus on it, dropping focus to <body>.
 * The rows are the list's children (its items, or the sections of a page of
 * groups); `from` is how many it had before; they must hold links.
 */
export function focusFirstAdded(list: HTMLElement | null, from: number): void {
  window.requestAnimationFrame(() => {
    list?.children[from]?.querySelector<HTMLElement>('a[href]')?.focus()
  })
}
