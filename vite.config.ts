import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The same policy as the meta tag in index.html, also sent as a header by
// `npm start` (vite preview), where headers such as frame-ancestors work.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    manifest: true,
    // Inline nothing: the CSP allows no inline script or style.
    assetsInlineLimit: 0,
  },
  preview: {
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
  },
})
