import { NavLink } from 'react-router'
import { HeaderSearch } from './header-search'
import { ThemeToggle } from './theme-toggle'

const links = [
  { to: '/', label: 'Today', end: true },
  { to: '/digests', label: 'Archive', end: false },
  { to: '/podcasts', label: 'Podcasts', end: false },
  { to: '/commentary', label: 'Commentary', end: false },
  { to: '/bookmarks', label: 'Bookmarks', end: false },
]

/**
 * On a phone the five destinations get a row of their own (all visible at
 * 360 px, none hidden behind a menu); from `sm` up they sit beside the name,
 * and the header stays in view while reading.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-stone-50/90 backdrop-blur sm:sticky sm:top-0 sm:z-40 dark:border-stone-800 dark:bg-stone-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center px-2 sm:flex-nowrap sm:gap-2 sm:px-6">
        <NavLink
          to="/"
          className="order-1 mr-auto flex h-12 shrink-0 items-center gap-2 px-2 font-semibold tracking-tight sm:mr-2 sm:h-14 sm:px-0"
        >
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>Digest Reader</span>
        </NavLink>
        <nav
          aria-label="Main"
          className="order-3 w-full overflow-x-auto sm:order-2 sm:w-auto sm:flex-1"
        >
          <ul className="flex items-center justify-between sm:justify-start sm:gap-1">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink
                  to={link.to}
                  end={link.end}
                  className={({ isActive }) =>
                    `flex h-10 items-center rounded-md px-2 text-sm font-medium whitespace-nowrap sm:px-3 ${
                      isActive
                        ? 'bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-white'
                        : 'text-stone-600 hover:bg-stone-200/60 hover:text-stone-900 dark:text-stone-300 dark:hover:bg-stone-800/60 dark:hover:text-white'
                    }`
                  }
                >
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="order-2 flex items-center gap-1 sm:order-3">
          <HeaderSearch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  )
}
