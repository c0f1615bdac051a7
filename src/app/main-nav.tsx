import { useEffect, useId, useRef, useState } from 'react'
import { NavLink, useLocation } from 'react-router'

const links = [
  { to: '/', label: 'Today', end: true },
  { to: '/digests', label: 'Archive', end: false },
  { to: '/podcasts', label: 'Podcasts', end: false },
  { to: '/commentary', label: 'Commentary', end: false },
  { to: '/bookmarks', label: 'Bookmarks', end: false },
]

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
    </svg>
  )
}

/**
 * The five destinations. Where the header is wide enough (`@nav-row`, a container query in
 * rem: styles.css) they sit in a row beside the site name. Narrower, five
 * labels do not fit beside search and the theme toggle (at 640 px, a laptop
 * at 200 % zoom, the header scrolled sideways when the row began at `sm`),
 * so they fold behind a "Menu" button that opens a full-width
 * list under the header; it closes on navigation, on Escape, on a second
 * press and when focus moves out of it. The landmark stays the same in both layouts.
 */
export function MainNav() {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const { pathname } = useLocation()

  // A new page closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every new path, which the body does not read
  useEffect(() => setOpen(false), [pathname])

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])

  return (
    <nav
      aria-label="Main"
      className="@nav-row:flex-1"
      // Tab past the last link closes the list: open, it covered the page
      // where focus went on unseen. Focus gone nowhere (a click on text, or
      // Safari, which does not focus what is clicked) leaves it as it is.
      onBlur={(event) => {
        const next = event.relatedTarget
        if (next instanceof Node && !event.currentTarget.contains(next)) setOpen(false)
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex h-10 min-w-10 shrink-0 items-center justify-center gap-1.5 rounded-md px-2.5 text-sm whitespace-nowrap text-stone-700 hover:bg-stone-200 hover:text-stone-900 @nav-row:hidden dark:text-stone-200 dark:hover:bg-stone-800 dark:hover:text-white"
      >
        <MenuIcon open={open} />
        {/* Where the word would not fit beside search and theme (below 380 px at the
            default text size; in rem, so a larger text size hides it sooner, where the
            header scrolled sideways), the icon shows and the name stays. */}
        <span className="@max-[22.75rem]:sr-only">Menu</span>
      </button>
      <ul
        id={listId}
        className={`${open ? 'flex' : 'hidden'} absolute inset-x-0 top-full z-40 flex-col gap-1 border-b border-stone-200 bg-stone-50 p-2 shadow-md @nav-row:static @nav-row:flex @nav-row:flex-row @nav-row:items-center @nav-row:gap-1 @nav-row:border-0 @nav-row:bg-transparent @nav-row:p-0 @nav-row:shadow-none dark:border-stone-800 dark:bg-stone-950 @nav-row:dark:bg-transparent`}
      >
        {links.map((link) => (
          <li key={link.to}>
            <NavLink
              to={link.to}
              end={link.end}
              className={({ isActive }) =>
                `flex h-11 items-center rounded-md px-3 whitespace-nowrap @nav-row:h-10 @nav-row:text-sm ${
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
  )
}
