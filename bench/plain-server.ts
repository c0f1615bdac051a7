// A static server that sends files as they are, for measurements that
// `vite preview` would skew: it gzips every response as it goes (10–15 ms of
// CPU per search shard here, on the cores the browser uses), where a host
// serves precompressed files. Addresses without a file get `<path>.html` if
// there is one (prerendered pages), else `index.html` (the app's shell), as
// `vite preview` does.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile()

export function servePlain(dir: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    const asked = join(dir, pathname)
    const file = [asked, join(asked, 'index.html'), `${asked}.html`].find(isFile)
    const sent = file ?? join(dir, 'index.html')
    response.writeHead(200, { 'content-type': TYPES[extname(sent)] ?? 'application/octet-stream' })
    createReadStream(sent).pipe(response)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
