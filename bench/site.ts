import { type ChildProcess, spawn } from 'node:child_process'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { digestSchema } from '../src/schema/digest'

/**
 * A servable copy of the built app with the data of one archive size, plus a
 * plain static HTML file holding the same episode text (the yardstick the app
 * is compared with).
 */
export async function prepareSite(
  n: number,
  work: string,
): Promise<{ dir: string; episodePath: string }> {
  const dir = `${work}/dist-${n}`
  await rm(dir, { recursive: true, force: true })
  await cp('dist', dir, { recursive: true })
  await rm(join(dir, 'data'), { recursive: true, force: true })
  await cp(`${work}/site-${n}/data`, join(dir, 'data'), { recursive: true })
  const index = JSON.parse(await readFile(join(dir, 'data/index.json'), 'utf8'))
  const digest = digestSchema.parse(
    JSON.parse(await readFile(join(dir, `data/digests/${index.latest}.json`), 'utf8')),
  )
  const episode = digest.episodes[0]
  if (!episode) throw new Error('the latest digest has no episode')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'static-episode.html'), staticEpisode(digest.title, episode))
  return { dir, episodePath: `/digests/${digest.date}/${episode.slug}` }
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function staticEpisode(
  digestTitle: string,
  episode: ReturnType<typeof digestSchema.parse>['episodes'][number],
): string {
  const sections = episode.sections
    .map(
      (s) =>
        `<section><h2>${s.number}. ${esc(s.emoji ?? '')} ${esc(s.title)}</h2><ul>${s.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></section>`,
    )
    .join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(episode.title)}</title></head><body><main><p>${esc(digestTitle)}</p><h1>${esc(episode.title)}</h1><p>${esc(episode.summary)}</p><ul>${episode.keyPoints.map((k) => `<li>${esc(k)}</li>`).join('')}</ul>${sections}</main></body></html>`
}

export async function serve(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      dir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      stdio: 'ignore',
      detached: true,
    },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('vite preview did not start')
}

export function stop(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, 'SIGTERM')
}
