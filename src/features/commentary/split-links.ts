/** A run of a post's text: plain, or a web address to show as a link. */
export type TextRun = { type: 'text'; text: string } | { type: 'link'; text: string; href: string }

// Web addresses only (never javascript: or data:), up to a space or a quote mark.
const ADDRESS = /\bhttps?:\/\/[^\s<>"“”‘’]+/gu
// Punctuation that ends the sentence around an address, not the address.
const TRAILING = /[.,;:!?'’)\]]+$/u

/**
 * The author's and the quoted answers' text with its web addresses marked
 * out. The ingest keeps addresses as printed ("Here’s the interview:
 * https://…"), and the page showed them as text a reader could not follow.
 * A closing parenthesis is kept when the address opened one (Wikipedia's
 * `…/Example_(film)`).
 */
export function splitLinks(text: string): TextRun[] {
  const runs: TextRun[] = []
  let from = 0
  for (const match of text.matchAll(ADDRESS)) {
    let address = match[0]
    const trailing = TRAILING.exec(address)?.[0] ?? ''
    address = address.slice(0, address.length - trailing.length)
    // Give back the closing parentheses the address itself opened.
    for (const char of trailing) {
      if (char !== ')' || count(address, '(') <= count(address, ')')) break
      address += char
    }
    if (!/^https?:\/\/[^/?#]/u.test(address)) continue
    const start = match.index
    if (start > from) runs.push({ type: 'text', text: text.slice(from, start) })
    runs.push({ type: 'link', text: address, href: address })
    from = start + address.length
  }
  if (from < text.length) runs.push({ type: 'text', text: text.slice(from) })
  return runs
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}
