/**
 * The site's mark, drawn inline: the same drawing as public/favicon.svg (a
 * test keeps the two alike). As an <img> it was a document of its own, with
 * its own request, parse and paint, and a preload React put in the head: work
 * between a prerendered page's HTML and its first section's paint
 * (docs/decisions/0008, fourth addendum).
 */
export function SiteLogo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" width="24" height="24" className="shrink-0">
      <rect width="32" height="32" rx="7" fill="#0f766e" />
      <path d="M9 8h9a7 7 0 0 1 0 14h-4v3H9z" fill="#fff" />
      <circle cx="18" cy="15" r="3" fill="#0f766e" />
    </svg>
  )
}
