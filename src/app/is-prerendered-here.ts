/**
 * Whether the page's #root holds HTML prerendered at build time for the
 * current address (scripts/prerender), which React is to take over rather
 * than replace. Never true while prerendering (there is no document).
 */
export function isPrerenderedHere(): boolean {
  if (typeof document === 'undefined') return false
  const root = document.getElementById('root')
  return root?.dataset.prerendered === window.location.pathname && root.hasChildNodes()
}
