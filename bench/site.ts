import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { archiveDates } from '../src/schema/archive-dates'
import { type Digest, digestSchema } from '../src/schema/digest'
import { rendererDir } from './app-build'

const renderer = (app: string) => join(rendererDir(app), 'entry-prerender.js')

/**
 * A servable copy of the benchmark's app build with the data of one archive
 * size, plus a plain static HTML file holding the same episode's text (the
 * yardstick the app is compared with).
 */
export async function prepareSite(
  app: string,
  data: string,
  dir: string,
): Promise<{ dir: string; episodePath: string; olderEpisodePath: string | null }> {
  await rm(dir, { recursive: true, force: true })
  await cp(app, dir, { recursive: true })
  await rm(join(dir, 'data'), { recursive: true, force: true })
  await cp(data, join(dir, 'data'), { recursive: true })
  // As `npm run build` does: HTML for the newest digests, from this data. In
  // a process of its own: Vite's build, run in this one, has set NODE_ENV,
  // and React must not be loaded in two modes at once.
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/prerender.ts', '--dist', dir, '--renderer', renderer(app)],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  )
  if (run.status !== 0) throw new Error(`prerender failed:\n${run.stderr}`)
  const index = JSON.parse(await readFile(join(dir, 'data/index.json'), 'utf8'))
  const readDigest = async (date: string) =>
    v.parse(
      digestSchema,
      JSON.parse(await readFile(join(dir, `data/digests/${date}.json`), 'utf8')),
    )
  const digest = await readDigest(index.latest)
  const episode = digest.episodes[0]
  if (!episode) throw new Error('the latest digest has no episode')
  await writeFile(join(dir, 'static-episode.html'), staticEpisode(digest.title, episode))
  // An episode from the oldest month, to see a page far from the newest digests.
  const oldest: string | undefined = archiveDates(index.months).at(-1)
  const older = oldest && oldest !== digest.date ? await readDigest(oldest) : null
  return {
    dir,
    episodePath: `/digests/${digest.date}/${episode.slug}`,
    olderEpisodePath: older?.episodes[0]
      ? `/digests/${older.date}/${older.episodes[0].slug}`
      : null,
  }
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The episode as plain HTML: no CSS, no script, every section open. */
function staticEpisode(digestTitle: string, episode: Digest['episodes'][number]): string {
  const sections = episode.sections
    .map(
      (s) =>
        `<section><h2>${s.number}. ${esc(s.emoji ?? '')} ${esc(s.title)}</h2><ul>${s.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></section>`,
    )
    .join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(episode.title)}</title></head><body><main><p>${esc(digestTitle)}</p><h1>${esc(episode.title)}</h1><p>${esc(episode.summary)}</p><ul>${episode.keyPoints.map((k) => `<li>${esc(k)}</li>`).join('')}</ul>${sections}</main></body></html>`
}

/** `vite preview` of `dir` (the server `npm start` uses). */
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
    { stdio: 'ignore', detached: true },
  )
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop(child)
  throw new Error('vite preview did not start')
}

/** Stops the server and its children (it runs in its own process group). */
export function stop(child: ChildProcess): void {
  if (!child.pid) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch (error) {
    // Already gone (it failed, or a cleanup got there first): nothing to stop.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}
