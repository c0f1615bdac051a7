import type { ReactNode } from 'react'
import { lazySlot } from '../components/lazy-slot'
import { PageArrival } from './page-arrival'
import { SITE_FOOTER_ID } from './site-footer-id'
import { SiteHeader } from './site-header'
import { usePrintLinks } from './use-print-links'

// The offline / new-version banner (and the service worker it starts) is
// needed only after the page is up: its own chunk, off the first-load budget.
const AppStatusNotice = lazySlot(
  () => import('./app-status-notice').then((module) => module.AppStatusNotice),
  null,
)

/** Landmarks shared by every page: skip link, banner, main, contentinfo. */
export function RootLayout({ children }: { children: ReactNode }) {
  usePrintLinks()
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-teal-700 px-3 py-2 text-sm font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <SiteHeader />
      {/* At least a screen tall, so the footer is never on the first screen:
          there, whatever arrived after a page's first frame (its text after
          a loading placeholder, search results after a status line) pushed
          it down, a layout shift (0.044 on an old episode, 0.086 on a cold
          search). Hiding it while a placeholder showed covered only the first. */}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto min-h-dvh w-full max-w-5xl px-4 py-6 outline-none sm:px-6 sm:py-10 print:min-h-0"
      >
        {children}
      </main>
      {/* Its id marks the end of a prerendered overview's first screen (scripts/prerender). */}
      <footer
        id={SITE_FOOTER_ID}
        className="print:hidden border-t border-stone-200 py-6 text-center text-sm text-stone-500 dark:border-stone-800 dark:text-stone-400"
      >
        Digest Reader · summaries of podcast episodes, repaired and indexed for reading
      </footer>
      <AppStatusNotice />
      <PageArrival />
    </div>
  )
}
