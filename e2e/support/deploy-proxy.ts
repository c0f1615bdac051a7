import { createServer } from 'node:http'

/**
 * A tiny proxy in front of the preview server, on its own port (so its own
 * origin and service-worker scope), that can "deploy a new version": after
 * `deploy()`, `/sw.js` differs by one comment, as it would after a rebuild.
 * Playwright's routing cannot do this: the browser's update check of a
 * worker script does not go through page or context routes.
 */
export async function startDeployProxy(target: string) {
  let version = 1
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', target)
      const upstream = await fetch(url, {
        headers: { accept: request.headers.accept ?? '*/*' },
        redirect: 'manual',
      })
      let body = Buffer.from(await upstream.arrayBuffer())
      if (url.pathname === '/sw.js' && version > 1) {
        body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)])
      }
      const headers: Record<string, string> = {}
      upstream.headers.forEach((value, name) => {
        // fetch() already decoded the body and its length may have changed.
        if (!['content-encoding', 'content-length', 'transfer-encoding'].includes(name)) {
          headers[name] = value
        }
      })
      response.writeHead(upstream.status, headers)
      response.end(body)
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' })
      response.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    deploy() {
      version++
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
