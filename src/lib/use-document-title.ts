import { useEffect } from 'react'

export const APP_NAME = 'Digest Reader'

/**
 * `<page> · Digest Reader`, or just the app name for the home page.
 * Effects run child first, so a page's own call runs after that of a
 * NotFound it renders, and wins: a page that can render NotFound decides
 * "not found" before its call and passes the NotFound's title to it.
 */
export function useDocumentTitle(page: string | null | undefined): void {
  useEffect(() => {
    document.title = page ? `${page} · ${APP_NAME}` : APP_NAME
  }, [page])
}
