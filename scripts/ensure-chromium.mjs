#!/usr/bin/env node
// Playwright cannot download its own browser on these machines, so the tests
// use a system Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. When
// neither exists and we are root with apt, install Debian's package; otherwise
// stop and say exactly what to run.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
const found = candidates.find((path) => path && existsSync(path))
if (found) {
  console.log(`Using Chromium at ${found}`)
  process.exit(0)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian chromium with apt-get (about 20 s)…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
  if (existsSync('/usr/bin/chromium')) process.exit(0)
}

console.error(
  [
    'No Chromium found for the end-to-end tests.',
    'Install one, then run the tests again:',
    '  sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary:',
    '  CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n'),
)
process.exit(1)
