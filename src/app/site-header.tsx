import { NavLink } from 'react-router'
import { lazySlot } from '../components/lazy-slot'
import { MainNav } from './main-nav'
import { SiteLogo } from './site-logo'

/**
 * The site name, the main navigation (a row where the header is wide enough,
 * a Menu disclosure below: see main-nav.tsx), search and the theme toggle. From `sm` up the
 * header stays in view while reading; on a phone it scrolls away, leaving the
 * short screen to the text. `relative` anchors the phone menu under it.
 * What it holds is in view wherever the page is: its negative scroll margin
 * cancels the page's scroll padding (styles.css), which made focusing one of
 * its links scroll the page up to "reveal" it.
 */
// The search field with its `/` / Ctrl-K shortcut, and the theme toggle,
// arrive just after the page (their own chunk, off the first-load budget:
// header-tools.tsx); the space they take is kept. Until then a prerendered
// page answers the shortcut itself (public/boot-after-paint.js), and the app
// takes it over only once this chunk is in (the router waits for it), so no
// key goes unanswered there.
const HeaderTools = lazySlot(
  () => import('./header-tools').then((module) => module.HeaderTools),
  <>
    <div aria-hidden="true" className="size-10 lg:w-44 xl:w-56" />
    <div aria-hidden="true" className="size-10" />
  </>,
)

export function SiteHeader() {
  return (
    <header className="relative z-40 print:hidden border-b border-stone-200 bg-stone-50/90 backdrop-blur sm:sticky sm:top-0 sm:**:-scroll-mt-26 dark:border-stone-800 dark:bg-stone-950/90">
      <div className="@container mx-auto flex h-14 max-w-5xl items-center gap-1 px-2 sm:gap-2 sm:px-6">
        <NavLink
          to="/"
          className="mr-auto flex h-10 shrink-0 items-center gap-2 rounded-md px-2 text-lg font-semibold tracking-tight @nav-row:mr-2 @nav-row:px-0"
        >
          <SiteLogo />
          {/* Where even the Menu button's icon alone leaves no room (320 px at a large text size). */}
          <span className="@max-[19rem]:sr-only">Digest Reader</span>
        </NavLink>
        {/* On a phone the Menu button comes last, at the right edge, where a thumb finds it. */}
        <div className="order-last @nav-row:order-none @nav-row:flex-1">
          <MainNav />
        </div>
        <div className="flex items-center gap-1">
          <HeaderTools />
        </div>
      </div>
    </header>
  )
}
