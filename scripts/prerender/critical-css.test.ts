import { describe, expect, it } from 'vitest'
import { classesIn, criticalCss, criticalCssCache } from './critical-css'

const SHEET = [
  '*,:after,:before,::backdrop{box-sizing:border-box;margin:0}',
  '@property --tw-used{syntax:"*";inherits:false}',
  '@property --tw-unused{syntax:"*";inherits:false}',
  ':root{--color-used:#111;--color-unused:#222;--measure-inline:30rem}',
  'p{margin:0}',
  'html.dark{color-scheme:dark}',
  '.used{color:var(--color-used);--tw-used:1;--tw-unused:2;translate:var(--tw-used)}',
  '.unused{color:blue}',
  '.used,.unused-too{font-weight:600}',
  '.dark\\:bg-black:where(.dark,.dark *){background:#000}',
  '.group:hover .group-hover\\:underline{text-decoration:underline}',
  '@media (min-width:40rem){.sm\\:flex{display:flex}.sm\\:grid{display:grid}}',
  '.\\[\\&\\>p\\]\\:mt-2>p{margin-top:.5rem}',
  '@media print{.print\\:hidden{display:none}a::after{content:"x"}}',
  '.after\\:block:after{content:"";display:block}',
].join('\n')

describe('classesIn', () => {
  it('reads every class attribute, unescaping what React escaped', () => {
    expect([
      ...classesIn('<p class="a  b"></p><div id="x" class="[&amp;&gt;p]:mt-2 a"></div>'),
    ]).toEqual(['a', 'b', '[&>p]:mt-2'])
  })
})

describe('criticalCss', () => {
  const page =
    '<main class="used sm:flex dark:bg-black [&amp;&gt;p]:mt-2"><p style="max-width:var(--measure-inline)">x</p></main>'
  const css = criticalCss(SHEET, page, ['dark'])

  it('keeps the rules the markup uses and those without classes, drops the rest', () => {
    expect(css).toContain('.used{')
    expect(css).toContain('p{margin:0}')
    expect(css).toContain('.sm\\:flex{display:flex}')
    expect(css).toContain('.\\[\\&\\>p\\]\\:mt-2>p{')
    expect(css).toContain('a:after{content:"x"}')
    expect(css).not.toMatch(/\.unused\{|sm\\:grid|group-hover|print\\:hidden/)
  })

  it('keeps of a selector list only the selectors that can match', () => {
    expect(css).toMatch(/\.used\{[^}]*font-weight:600/)
    expect(css).not.toContain('unused-too')
  })

  it('keeps dark-theme rules: the theme script puts `dark` on <html>, outside the markup', () => {
    expect(css).toContain('html.dark{color-scheme:dark}')
    expect(css).toContain('.dark\\:bg-black:where(.dark,.dark *)')
    expect(criticalCss(SHEET, page)).not.toContain('html.dark')
  })

  it("leaves the reset's rule for every element's pseudo-elements out unless the page makes one", () => {
    // Chromium styles both pseudo-elements of every element such a rule reaches.
    expect(css).toContain('*{box-sizing:border-box;margin:0}')
    expect(criticalCss(SHEET, '<p class="used after:block">x</p>')).toContain(
      '*,:after,:before,::backdrop{box-sizing:border-box;margin:0}',
    )
  })

  it('drops custom properties and @property rules that nothing kept reads', () => {
    expect(css).toContain('--color-used:#111')
    expect(css).toContain('--tw-used:1')
    expect(css).toContain('@property --tw-used')
    // Read only by the page's inline style.
    expect(css).toContain('--measure-inline:30rem')
    expect(css).not.toMatch(/--color-unused|--tw-unused/)
  })
})

describe('criticalCssCache', () => {
  it('gives pages with the same classes the same stylesheet, others their own', () => {
    const critical = criticalCssCache(SHEET)
    const a = critical('<p class="used">one</p>')
    expect(critical('<div class="used">two</div>')).toBe(a)
    expect(critical('<p class="sm:grid">three</p>')).toContain('sm\\:grid')
    expect(critical('<p class="sm:grid">three</p>')).not.toContain('.used')
  })
})
