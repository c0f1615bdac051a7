#!/usr/bin/env node
// Draws the app icons (public/icons/*.png) from the same shape as
// public/favicon.svg, with no image tools: the shape is a few rectangles and
// circles on a 32-unit grid, sampled 4×4 per pixel, and written as a PNG with
// node's zlib. Run it after changing the favicon: `node scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const TEAL = [0x0f, 0x76, 0x6e]
const WHITE = [0xff, 0xff, 0xff]

/** The favicon's "speech-bubble D" in its 32×32 grid: true where it is white. */
function inGlyph(x, y) {
  const inStem = x >= 9 && x <= 18 && y >= 8 && y <= 22
  const inBowl = x >= 18 && (x - 18) ** 2 + (y - 15) ** 2 <= 49
  const inTail = x >= 9 && x <= 14 && y >= 22 && y <= 25
  const inHole = (x - 18) ** 2 + (y - 15) ** 2 <= 9
  return (inStem || inBowl || inTail) && !inHole
}

/** Inside a 32×32 square with corners of radius r (r = 0: the full square). */
function inRoundedSquare(x, y, r) {
  if (x < 0 || y < 0 || x > 32 || y > 32) return false
  const cx = Math.min(Math.max(x, r), 32 - r)
  const cy = Math.min(Math.max(y, r), 32 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

/**
 * `maskable`: full-bleed background with the glyph shrunk into the central
 * safe zone (platforms cut maskable icons to circles or squircles).
 * Otherwise the favicon as drawn, with transparent corners.
 */
function render(size, { maskable }) {
  const samples = 4
  const rgba = Buffer.alloc(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0
      let glyph = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          // Grid coordinates of this sample.
          const x = ((px + (sx + 0.5) / samples) / size) * 32
          const y = ((py + (sy + 0.5) / samples) / size) * 32
          if (!inRoundedSquare(x, y, maskable ? 0 : 7)) continue
          background++
          // Maskable: the glyph (centred on 17, 16.5) at 70% in the middle of the square.
          const gx = maskable ? 17 + (x - 16) / 0.7 : x
          const gy = maskable ? 16.5 + (y - 16) / 0.7 : y
          if (inGlyph(gx, gy)) glyph++
        }
      }
      const total = samples * samples
      const at = (py * size + px) * 4
      const white = background ? glyph / background : 0
      for (let c = 0; c < 3; c++) {
        rgba[at + c] = Math.round(TEAL[c] * (1 - white) + WHITE[c] * white)
      }
      rgba[at + 3] = Math.round((background / total) * 255)
    }
  }
  return png(size, size, rgba)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** 8-bit RGBA, no interlace; every scanline with filter type 0 (none). */
function png(width, height, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8
  header[9] = 6
  const rows = Buffer.alloc(height * (width * 4 + 1))
  for (let y = 0; y < height; y++) {
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const out = new URL('../public/icons/', import.meta.url)
mkdirSync(out, { recursive: true })
const icons = [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
]
for (const [name, size, maskable] of icons) {
  const bytes = render(size, { maskable })
  writeFileSync(new URL(name, out), bytes)
  console.log(`public/icons/${name}: ${size}×${size}, ${bytes.length} bytes`)
}
