/**
 * The id of a section's collapsible body (the target of its toggle's
 * aria-controls). The body follows the heading in the markup, so the
 * prerender also uses it to mean "the first heading is whole"
 * (scripts/prerender/prerender-site.ts).
 */
export function sectionBodyId(sectionId: string): string {
  return `${sectionId}-body`
}
