import { NavLink } from 'react-router'
import { ThemeToggle } from './theme-toggle'

const links = [
  { to: '/', label: 'Today', end: true },
  { to: '/digests', label: 'Archive', end: false },
  { to: '/podcasts', label: 'Podcasts', end: false },
  { to: '/commentary', label: 'Commentary', end: false },
  { to: '/bookmarks', label: 'Bookmarks', end: false },
]

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 sm:px-6">
        <NavLink
          to="/"
          className="mr-2 flex h-14 shrink-0 items-center gap-2 font-semibold tracking-tight"
        >
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span className="hidden sm:inline">Digest Reader</span>
        </NavLink>
        <nav aria-label="Main" className="-mx-1 flex min-w-0 flex-1 overflow-x-auto">
          <ul className="flex items-center gap-1">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink
                  to={link.to}
                  end={link.end}
                  className={({ isActive }) =>
                    `flex h-10 items-center rounded-md px-2.5 text-sm font-medium whitespace-nowrap sm:px-3 ${
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
        <ThemeToggle />
      </div>
    </header>
  )
}
