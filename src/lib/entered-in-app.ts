import type { NavigationType } from 'react-router'

/** The Navigation API's entries, where the browser has it (not yet in TypeScript's DOM types). */
interface NavigationEntries {
  currentEntry: { key: string } | null
  activation: { entry: { key: string } } | null
}

/**
 * Whether the episode was reached from another of the app's pages (a link
 * followed, or Back/Forward) rather than loaded by the browser (a cold load, a
 * reload, and the redirect of a loaded address written with capitals). Only
 * then does the linked section take focus: the link the reader pressed went
 * with the old page, and focus would fall to the document. A loaded page
 * leaves focus where the browser put it.
 */
export function enteredInApp(navigationType: NavigationType): boolean {
  if (navigationType === 'PUSH') return true
  // Back/Forward is a POP, like a load; a redirect is a REPLACE of whichever
  // page it came from. The Navigation API tells them apart: a loaded page is
  // the entry the document was activated with (a replace keeps its key).
  const navigation = (window as { navigation?: NavigationEntries }).navigation
  const current = navigation?.currentEntry?.key
  const activated = navigation?.activation?.entry.key
  return current !== undefined && activated !== undefined && current !== activated
}
