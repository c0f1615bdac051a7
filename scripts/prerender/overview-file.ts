/**
 * The prerendered overview (`/`), beside the shell in dist/. Not `index.html`:
 * that is the shell every other address falls back to (a host's rule, and the
 * service worker's), which must paint nothing of its own, or a deep link
 * would show today's digest until the app replaced it. `vite preview` answers
 * `/` with this file (scripts/preview/overview-at-root.ts); a host without
 * that rule serves the shell at `/`, which works, only later
 * (docs/decisions/0009-prerendered-overview.md).
 */
export const OVERVIEW_FILE = 'overview.html'
