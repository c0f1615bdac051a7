import { useEffect } from 'react'
import { cutAtWord } from '../schema/cut-at-word'
import { APP_NAME } from './use-document-title'

// Description and Open Graph tags for the page being read, so a link shared
// or bookmarked from the app carries its title and summary. They are set in
// the browser: crawlers that run no JavaScript still see index.html's
// defaults (a build-time prerender would be needed for those).

export interface PageMeta {
  title: string
  /** Any length: trimmed to one short paragraph here. */
  description: string
  /** `article` for an episode or a post, `website` for list pages. */
  type?: 'article' | 'website'
}

/** Search engines and link previews show about this many characters. */
export const DESCRIPTION_LENGTH = 160

/**
 * Whitespace collapsed, cut at a word with an ellipsis: by the ingest's own
 * rule for titles, excerpts and feed lines (schema/cut-at-word.ts), so a
 * post's description is cut as its excerpt is. It had a rule of its own,
 * which dropped a whole word that ended just where the room did.
 */
export function trimDescription(text: string, length = DESCRIPTION_LENGTH): string {
  return cutAtWord(text.replace(/\s+/g, ' ').trim(), length)
}

/** index.html's own description: what a page without one of its own says. */
export const DEFAULT_DESCRIPTION = 'Daily podcast digests and commentary, in a fast, calm reader.'

/**
 * Sets `<meta name=…>`/`<meta property=…>` content and returns how to put the
 * app's default back: the default description, and no Open Graph tag at all.
 * Not the content found on arrival: a page prerendered at build time arrives
 * with its own tags, which must not follow the reader to the next page.
 */
function setMeta(attribute: 'name' | 'property', key: string, content: string): () => void {
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`)
  if (!tag) {
    tag = document.createElement('meta')
    tag.setAttribute(attribute, key)
    document.head.append(tag)
  }
  tag.setAttribute('content', content)
  const element = tag
  return () => {
    if (key === 'description') element.setAttribute('content', DEFAULT_DESCRIPTION)
    else element.remove()
  }
}

/** While the calling page is shown, its description and Open Graph tags; restored when it goes. */
export function usePageMeta(meta: PageMeta | null): void {
  const title = meta?.title ?? null
  const description = meta?.description ?? null
  const type = meta?.type ?? 'website'
  useEffect(() => {
    if (title === null || description === null) return
    // The page without its fragment or query: one URL per page. Read here, not
    // while rendering: a page is also rendered at build time, with no window.
    const url = `${window.location.origin}${window.location.pathname}`
    const text = trimDescription(description)
    const undo = [
      setMeta('name', 'description', text),
      setMeta('property', 'og:title', title),
      setMeta('property', 'og:description', text),
      setMeta('property', 'og:type', type),
      setMeta('property', 'og:url', url),
      setMeta('property', 'og:site_name', APP_NAME),
    ]
    return () => {
      for (const restore of undo.reverse()) restore()
    }
  }, [title, description, type])
}
