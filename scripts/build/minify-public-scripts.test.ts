import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ResolvedConfig } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { minifyPublicScripts } from './minify-public-scripts'

let dir = ''
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function runOn(source: string): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'minify-public-'))
  await writeFile(join(dir, 'boot.js'), source)
  const plugin = minifyPublicScripts(['boot.js'])
  const config = { root: dir, build: { outDir: '.' } } as unknown as ResolvedConfig
  ;(plugin.configResolved as (c: ResolvedConfig) => void)(config)
  await (plugin.closeBundle as () => Promise<void>)()
  return readFile(join(dir, 'boot.js'), 'utf8')
}

describe('minifyPublicScripts', () => {
  it('drops the comments and keeps what the script does', async () => {
    const out = await runOn(`// Explains the rule at length.
;(() => {
  // And this line too.
  const answer = 40 + 2
  globalThis.bootAnswer = answer
})()
`)
    expect(out).not.toContain('Explains')
    expect(out.length).toBeLessThan(60)
    const scope: { bootAnswer?: number } = {}
    new Function('globalThis', out)(scope)
    expect(scope.bootAnswer).toBe(42)
  })

  it('fails the build on a script it cannot read, naming it', async () => {
    await expect(runOn('const = ;')).rejects.toThrow(/boot\.js/)
  })
})
