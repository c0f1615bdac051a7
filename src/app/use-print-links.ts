import { useEffect } from 'react'

/**
 * On paper a link is only its text, and the app's links are root-relative
 * ("/podcasts/…"). Just before printing, each content link gets its full
 * address in `data-print-url`, which the print stylesheet writes after the
 * link text (src/styles.css). Fragment links (contents, skip link) are left
 * alone: they point inside the printed page.
 */
export function usePrintLinks(): void {
  useEffect(() => {
    const label = () => {
      for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
        if (link.getAttribute('href')?.startsWith('#')) continue
        link.dataset.printUrl = link.href
      }
    }
    window.addEventListener('beforeprint', label)
    return () => window.removeEventListener('beforeprint', label)
  }, [])
}
