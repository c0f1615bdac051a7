import { useEffect, useState } from 'react'
import { Link, useLocation } from 'react-router'
import type { Section } from '../../schema/digest'

interface TableOfContentsProps {
  sections: readonly Section[]
  /** The section in view, marked with aria-current. */
  activeId: string | null
}

/** The contents' id: what a link to them names (the missing-section notice's). */
export const CONTENTS_ID = 'contents'

const linkClass =
  'block rounded-md px-2 py-2.5 leading-snug lg:py-1.5 break-words text-stone-600 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 aria-[current=location]:bg-teal-50 aria-[current=location]:font-medium aria-[current=location]:text-teal-900 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-stone-100 dark:aria-[current=location]:bg-teal-950 dark:aria-[current=location]:text-teal-100'

/**
 * The episode's sections as fragment links. Choosing one changes the URL's
 * fragment like any anchor (so back/forward and copying the address work);
 * the page reacts to the fragment by opening and scrolling to the section.
 * On a phone the list folds away behind its heading.
 */
export function TableOfContents({ sections, activeId }: TableOfContentsProps) {
  const [open, setOpen] = useState(false)
  // A link to the contents (the missing-section notice's) must show them, not
  // their folded heading on a phone; each time it is followed.
  const location = useLocation()
  useEffect(() => {
    if (location.hash === `#${CONTENTS_ID}`) setOpen(true)
  }, [location])
  return (
    <nav
      id={CONTENTS_ID}
      aria-label="Contents"
      // Focused when the missing-section notice's link leads here.
      tabIndex={-1}
      className="outline-none rounded-xl border border-stone-200 p-3 text-sm print:hidden lg:border-0 lg:p-0 dark:border-stone-800"
    >
      <h2 className="font-semibold text-stone-900 dark:text-stone-100">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="contents-list"
          onClick={() => setOpen(!open)}
          className="flex min-h-10 w-full items-center justify-between rounded-md px-2 text-left focus-visible:outline-2 focus-visible:outline-teal-600 lg:hidden noscript:hidden"
        >
          <span>
            Contents{' '}
            <span className="font-normal text-stone-600 dark:text-stone-400">
              ({sections.length} sections)
            </span>
          </span>
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            fill="currentColor"
            className={`size-5 text-stone-400 transition-transform motion-reduce:transition-none ${open ? 'rotate-180' : ''}`}
          >
            <path
              fillRule="evenodd"
              d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
              clipRule="evenodd"
            />
          </svg>
        </button>
        <span className="hidden px-2 uppercase tracking-wider text-stone-600 lg:block noscript:block dark:text-stone-400">
          Contents
        </span>
      </h2>
      <ol
        id="contents-list"
        className={`mt-2 space-y-0.5 ${open ? '' : 'hidden lg:block noscript:block'}`}
      >
        {sections.map((section) => (
          <li key={section.id}>
            <ContentsLink
              id={section.id}
              label={`${section.number}. ${section.title}`}
              active={activeId === section.id}
            />
            {section.subsections.length > 0 ? (
              <ol className="ml-4 space-y-0.5 border-l border-stone-200 pl-1 dark:border-stone-800">
                {section.subsections.map((sub) => (
                  <li key={sub.id}>
                    <ContentsLink
                      id={sub.id}
                      label={`${sub.number} ${sub.title}`}
                      active={activeId === sub.id}
                    />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  )
}

function ContentsLink({ id, label, active }: { id: string; label: string; active: boolean }) {
  return (
    <Link to={`#${id}`} aria-current={active ? 'location' : undefined} className={linkClass}>
      {label}
    </Link>
  )
}
