import { useLayoutEffect } from 'react'
import { followStoredReadingSettings } from '../lib/storage/apply-reading-settings'
import { HeaderSearch } from './header-search'
import { ThemeToggle } from './theme-toggle'

/**
 * The header's controls, which arrive just after the page in a chunk of their
 * own (site-header.tsx keeps their room): search, the theme toggle, and
 * following the reader's text size and line width when another tab changes
 * them. None is needed for the first paint: public/theme-init.js has already
 * applied the saved theme and settings, and prerendered pages answer the
 * search shortcut until this is in (public/boot-after-paint.js).
 */
export function HeaderTools() {
  useLayoutEffect(() => followStoredReadingSettings(), [])
  return (
    <>
      <HeaderSearch />
      <ThemeToggle />
    </>
  )
}
