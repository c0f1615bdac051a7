/**
 * Copy text: the Clipboard API where the browser allows it (secure context,
 * permission), else the old hidden-textarea `execCommand('copy')`, which still
 * works over plain http and in some embedded browsers. Resolves false when
 * neither worked, so the caller can show the text for copying by hand.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      // Denied or the document lost focus: try the fallback.
    }
  }
  return copyWithTextarea(text)
}

function copyWithTextarea(text: string): boolean {
  const previousFocus = document.activeElement
  const textarea = document.createElement('textarea')
  textarea.value = text
  textarea.setAttribute('readonly', '')
  // Off-screen but selectable; fixed so that selecting it does not scroll the page.
  textarea.style.position = 'fixed'
  textarea.style.top = '0'
  textarea.style.left = '-9999px'
  document.body.append(textarea)
  textarea.select()
  let copied = false
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  textarea.remove()
  if (previousFocus instanceof HTMLElement) previousFocus.focus({ preventScroll: true })
  return copied
}
