import { useEffect } from 'react'

export const APP_NAME = 'Digest Reader'

/** `<page> · Digest Reader`, or just the app name for the home page. */
export function useDocumentTitle(page: string | null | undefined): void {
  useEffect(() => {
    document.title = page ? `${page} · ${APP_NAME}` : APP_NAME
  }, [page])
}
