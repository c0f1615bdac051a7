import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { minify, type Plugin } from 'vite'

/**
 * A public/ script as the build writes it. The theme script's text is also
 * what index.html's policy allows by hash (scripts/csp/vite-plugin.ts), so
 * both ask this one function. Oxc's output is the same for the same input.
 */
export async function minifiedScript(file: string, source: string): Promise<string> {
  const { code, errors } = await minify(file, source)
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`)
  return code
}

/**
 * Minifies scripts of public/ in the build's output. public/ files are
 * copied as they are, and the boot script of prerendered pages
 * (public/boot-after-paint.js) carries the comments that explain each of
 * its rules to the next engineer: 3.9 KB gzip of which readers need 1.6.
 * The theme script is inline in every prerendered page's head (decision
 * 0008), where its comments were 2.4 KB of HTML parsed before the first paint.
 * Vite's own minifier (Oxc), so no other dependency.
 */
export function minifyPublicScripts(files: readonly string[]): Plugin {
  let outDir = 'dist'
  return {
    name: 'digest-reader-minify-public-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      for (const file of files) {
        const path = join(outDir, file)
        await writeFile(path, await minifiedScript(file, await readFile(path, 'utf8')))
      }
    },
  }
}
