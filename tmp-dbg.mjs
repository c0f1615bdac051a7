import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
let fails = 0
for (let i = 0; i < 12; i++) {
  const p = await b.newPage()
  const logs = []
  p.on('console', (m) => logs.push(m.text())); p.on('pageerror', (e) => logs.push('ERR ' + e.message))
  await p.addInitScript(() => {
    const t0 = performance.now()
    const log = (...a) => console.log(Math.round(performance.now() - t0), ...a)
    for (const k of ['pushState', 'replaceState']) {
      const orig = history[k].bind(history)
      history[k] = (s, u, url) => { log(k, String(url)); return orig(s, u, url) }
    }
    addEventListener('popstate', () => log('popstate', location.search))
    document.addEventListener('change', (e) => log('change', e.target.name, e.target.value, Object.keys(e.target).filter(k=>k.startsWith('__react')).join(',')), true)
    document.addEventListener('readystatechange', () => log('rs', document.readyState))
    const poll = () => { if (document.documentElement && 'appReady' in document.documentElement.dataset) log('ready'); else setTimeout(poll, 5) }; poll()
    addEventListener('app:hydrating', () => log('hydrating'))
  })
  await p.goto('http://127.0.0.1:4399/digests')
  await p.getByRole('combobox', { name: 'Filter by podcast' }).selectOption({ label: 'All-In Podcast' })
  await p.waitForTimeout(2500)
  // console.log('ready?', await p.evaluate(() => document.documentElement.outerHTML.slice(0, 200)))
  const url = p.url()
  if (!url.includes('podcast')) { fails++; console.log('FAIL', url, '\n ', logs.join('\n  ')) }
  await p.close()
}
console.log('fails', fails)
await b.close()
