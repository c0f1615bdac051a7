/**
 * A section as a control's name says it: “What Bitcoin Gets Wrong”, section 3.
 * The number tells apart a section and a sub-section of the same title (a
 * digest printed both), whose buttons had the same name; the title comes
 * first, so a list of them still reads by title.
 */
export function sectionName(title: string, number: string): string {
  return number ? `“${title}”, section ${number}` : `“${title}”`
}

/** As in the episode's contents: "7. Title" for a section, "7.1 Title" for a sub-section. */
export function numberedTitle(number: string, title: string): string {
  if (!number) return title
  return number.includes('.') ? `${number} ${title}` : `${number}. ${title}`
}
