// A prerendered page's own stylesheet: the built one less every rule its
// markup cannot match (docs/decisions/0008, fourth addendum). The whole
// stylesheet (51 KB) is parsed inside the HTML parse task of a page that
// carries it inline; the rules one episode page uses are about half of it,
// and the page painted its first section ~0.3-0.4 s sooner under a 4x slowed
// CPU. The whole stylesheet still arrives right after the first paint
// (public/boot-after-paint.js), before the app renders anything the page's
// own rules may lack.
import { type CustomProperty, type Selector, transform } from 'lightningcss'

const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
}

/** Every class name used in `html` (React escapes `&<>"'` in attribute values). */
export function classesIn(html: string): Set<string> {
  const classes = new Set<string>()
  for (const match of html.matchAll(CLASS_ATTRIBUTE)) {
    const value = (match[1] ?? '').replace(
      /&(?:amp|lt|gt|quot|#x27|#39);/g,
      (e) => ENTITIES[e] ?? e,
    )
    for (const name of value.split(/\s+/)) if (name) classes.add(name)
  }
  return classes
}

/** Custom properties read with var() in `text` (CSS, or markup with inline styles). */
function propertiesRead(text: string): Set<string> {
  return new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] ?? ''))
}

/**
 * Whether a selector can match in a page with these classes: every class it
 * names at its own level is there. Classes inside :where(), :is(), :not() or
 * :has() are not judged (the dark variant is `:where(.dark, .dark *)`, and
 * `.dark` is put on <html> by the theme script, not in the markup): such a
 * rule is kept.
 */
function canMatch(selector: Selector, classes: ReadonlySet<string>): boolean {
  return selector.every((part) => part.type !== 'class' || classes.has(part.name))
}

/**
 * A selector for a pseudo-element of every element (`::before`, `*::after`,
 * `::backdrop`), as in the reset's `*,:after,:before,::backdrop{...}`.
 * Chromium computes the style of both pseudo-elements of every element such
 * a rule reaches, content or not: it halved the style work of an episode's
 * first frame (86 -> 38 ms of CPU under a 4x slowdown) to leave them out.
 */
function everyElementsPseudo(selector: Selector): boolean {
  return (
    selector.some((part) => part.type === 'pseudo-element') &&
    selector.every((part) => part.type === 'universal' || part.type === 'pseudo-element')
  )
}

/**
 * Whether the page's markup makes a ::before or ::after of its own (Tailwind's
 * `before:`/`after:` variants); those need the reset's rules for them. The
 * print stylesheet's link addresses are made at print time, when the whole
 * stylesheet is in, and a dialog's ::backdrop only once the app has opened it.
 */
function makesPseudoElements(classes: ReadonlySet<string>): boolean {
  for (const name of classes) if (/(^|:)(before|after):/.test(name)) return true
  return false
}

/**
 * `stylesheet` with only what a page of `html` uses: style rules whose every
 * selector names a class the page lacks are dropped, then the custom
 * properties (and their @property rules) that nothing left reads. Rules
 * without classes (the reset, element and attribute rules, @media print)
 * all stay, but for the reset's rules for every element's pseudo-elements
 * when the page makes none. `alwaysClasses` are classes the page gets outside its markup.
 */
export function criticalCss(
  stylesheet: string,
  html: string,
  alwaysClasses: readonly string[] = [],
): string {
  return prune(stylesheet, withClasses(classesIn(html), alwaysClasses), propertiesRead(html))
}

/**
 * criticalCss for many pages of one stylesheet: pages with the same classes
 * and inline custom properties (most episode pages) share one result; each
 * lightningcss pass costs ~40 ms.
 */
export function criticalCssCache(stylesheet: string, alwaysClasses: readonly string[] = []) {
  const byPage = new Map<string, string>()
  return (html: string): string => {
    const classes = withClasses(classesIn(html), alwaysClasses)
    const inlineRead = propertiesRead(html)
    const key = `${[...classes].sort().join(' ')}|${[...inlineRead].sort().join(' ')}`
    let css = byPage.get(key)
    if (css === undefined) {
      css = prune(stylesheet, classes, inlineRead)
      byPage.set(key, css)
    }
    return css
  }
}

function withClasses(classes: Set<string>, more: readonly string[]): Set<string> {
  for (const name of more) classes.add(name)
  return classes
}

function prune(stylesheet: string, classes: ReadonlySet<string>, inlineRead: ReadonlySet<string>) {
  const keepPseudo = makesPseudoElements(classes)
  const wanted = (selector: Selector) =>
    canMatch(selector, classes) && (keepPseudo || !everyElementsPseudo(selector))
  const rules = transform({
    filename: 'critical.css',
    code: Buffer.from(stylesheet),
    minify: true,
    visitor: {
      Rule: {
        style(rule) {
          const kept = rule.value.selectors.filter(wanted)
          if (kept.length === 0) return []
          // Returned only when changed: lightningcss cannot take back every
          // rule it hands out (some declarations fail to deserialise).
          if (kept.length === rule.value.selectors.length) return undefined
          rule.value.selectors = kept
          return rule
        },
      },
    },
  }).code.toString()
  // The page's own inline styles (the reading settings' --reading-measure) read some too.
  const read = new Set([...propertiesRead(rules), ...inlineRead])
  // Properties lightningcss does not know (`content`, say) reach the same
  // visitor as custom ones: only names starting with `--` are judged.
  const unread = (name: string) => name.startsWith('--') && !read.has(name)
  return transform({
    filename: 'critical.css',
    code: Buffer.from(rules),
    minify: true,
    visitor: {
      Declaration: {
        custom(property: CustomProperty) {
          return unread(property.name) ? [] : undefined
        },
      },
      Rule: {
        property(rule) {
          return unread(rule.value.name) ? [] : undefined
        },
      },
    },
  }).code.toString()
}
