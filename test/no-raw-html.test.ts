import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Content from documents reaches the page only as React text children, which
// React escapes. These are the ways around that: none may appear in the app's
// source. Biome's noDangerouslySetInnerHtml catches the first, but a
// `biome-ignore` comment silences it; this test cannot be silenced, and it
// covers the DOM sinks Biome does not. Tests are exempt (they inject on purpose).
const SINKS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\s*\.\s*write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
  ['srcdoc', /\bsrcdoc\b/i],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['a javascript: URL in code', /['"`]javascript:/],
]

const root = process.cwd()

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(path))
    else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      files.push(path)
    }
  }
  return files
}

/** Drops comments, so a comment that names a sink (to explain its absence) is fine. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

describe('no raw HTML sinks in the app', () => {
  const files = [
    ...sourceFiles(join(root, 'src')),
    ...sourceFiles(join(root, 'public')).filter((f) => !f.includes(`${join('public', 'data')}`)),
    join(root, 'index.html'),
  ]

  it('finds the source files it checks', () => {
    expect(files.some((f) => f.endsWith('main.tsx'))).toBe(true)
    expect(files.some((f) => f.endsWith('theme-init.js'))).toBe(true)
  })

  it('uses none of them', () => {
    const found: string[] = []
    for (const file of files) {
      const lines = withoutComments(readFileSync(file, 'utf8')).split('\n')
      lines.forEach((line, i) => {
        for (const [name, pattern] of SINKS) {
          if (pattern.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${name}`)
        }
      })
    }
    expect(found).toEqual([])
  })

  it('would notice one (the patterns work)', () => {
    const samples = [
      '<div dangerouslySetInnerHTML={{ __html: html }} />',
      'node.innerHTML = text',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      'const f = new Function(code)',
      'eval(code)',
      "<a href={'javascript:' + x}>",
    ]
    for (const sample of samples) {
      expect(
        SINKS.some(([, pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true)
    }
    expect(SINKS.some(([, pattern]) => pattern.test('const retrieval = evaluate(x)'))).toBe(false)
  })
})
