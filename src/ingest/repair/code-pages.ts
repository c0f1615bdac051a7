// The two code pages of the damage model (see /work/shared/docs/text-repair.md):
// UTF-8 bytes were decoded as ISO-8859-7, bytes 0x80-0x9F were then shown as
// their Windows-1252 glyphs, and the five bytes Windows-1252 leaves undefined
// were dropped. These tables are the whole of the model's knowledge about
// characters; nothing here is specific to one damaged document.

/**
 * ISO-8859-7 (2003 edition, with € ₯ ͺ at 0xA4 0xA5 0xAA) for bytes 0xA0-0xFF,
 * as code points; `null` where the code page defines no character.
 *
 * Generated once with Node 20's `new TextDecoder('iso-8859-7')` (the WHATWG
 * index-iso-8859-7, which agrees with unicode.org's MAPPINGS/ISO8859/8859-7.TXT)
 * and committed, so the browser build and the tests share one table.
 * `code-pages.test.ts` re-derives it from TextDecoder to keep it honest.
 */
// biome-ignore format: one row per 16 bytes reads like the code chart
export const ISO_8859_7_A0_FF: readonly (number | null)[] = [
  0x00a0, 0x2018, 0x2019, 0x00a3, 0x20ac, 0x20af, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x037a, 0x00ab, 0x00ac, 0x00ad, null, 0x2015, // 0xA0-0xAF
  0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x0384, 0x0385, 0x0386, 0x00b7, 0x0388, 0x0389, 0x038a, 0x00bb, 0x038c, 0x00bd, 0x038e, 0x038f, // 0xB0-0xBF
  0x0390, 0x0391, 0x0392, 0x0393, 0x0394, 0x0395, 0x0396, 0x0397, 0x0398, 0x0399, 0x039a, 0x039b, 0x039c, 0x039d, 0x039e, 0x039f, // 0xC0-0xCF
  0x03a0, 0x03a1, null, 0x03a3, 0x03a4, 0x03a5, 0x03a6, 0x03a7, 0x03a8, 0x03a9, 0x03aa, 0x03ab, 0x03ac, 0x03ad, 0x03ae, 0x03af, // 0xD0-0xDF
  0x03b0, 0x03b1, 0x03b2, 0x03b3, 0x03b4, 0x03b5, 0x03b6, 0x03b7, 0x03b8, 0x03b9, 0x03ba, 0x03bb, 0x03bc, 0x03bd, 0x03be, 0x03bf, // 0xE0-0xEF
  0x03c0, 0x03c1, 0x03c2, 0x03c3, 0x03c4, 0x03c5, 0x03c6, 0x03c7, 0x03c8, 0x03c9, 0x03ca, 0x03cb, 0x03cc, 0x03cd, 0x03ce, null, // 0xF0-0xFF
]

/**
 * Windows-1252 glyphs for bytes 0x80-0x9F: the 27 defined characters, `null`
 * for the five undefined bytes. Written by hand from unicode.org's
 * MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT. It cannot be generated in
 * Node 20: its `TextDecoder('windows-1252')` returns the C1 controls
 * U+0080-U+009F for this range (0x80 gives U+0080, not €).
 */
// biome-ignore format: one row per 8 bytes reads like the code chart
export const WINDOWS_1252_80_9F: readonly (number | null)[] = [
  0x20ac /* € */, null,           0x201a /* ‚ */, 0x0192 /* ƒ */, 0x201e /* „ */, 0x2026 /* … */, 0x2020 /* † */, 0x2021 /* ‡ */, // 0x80-0x87
  0x02c6 /* ˆ */, 0x2030 /* ‰ */, 0x0160 /* Š */, 0x2039 /* ‹ */, 0x0152 /* Œ */, null,           0x017d /* Ž */, null,           // 0x88-0x8F
  null,           0x2018 /* ‘ */, 0x2019 /* ’ */, 0x201c /* “ */, 0x201d /* ” */, 0x2022 /* • */, 0x2013 /* – */, 0x2014 /* — */, // 0x90-0x97
  0x02dc /* ˜ */, 0x2122 /* ™ */, 0x0161 /* š */, 0x203a /* › */, 0x0153 /* œ */, null,           0x017e /* ž */, 0x0178 /* Ÿ */, // 0x98-0x9F
]

/** The bytes Windows-1252 leaves undefined: the damage dropped them. */
export const LOST_BYTES: readonly number[] = WINDOWS_1252_80_9F.flatMap((cp, i) =>
  cp === null ? [0x80 + i] : [],
)

/** How the damage showed one byte: its glyph, or `null` when the byte was dropped or cannot be shown. */
export function damagedGlyph(byte: number): string | null {
  if (byte < 0x80) return String.fromCharCode(byte)
  const cp = byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80] : ISO_8859_7_A0_FF[byte - 0xa0]
  return cp === null || cp === undefined ? null : String.fromCodePoint(cp)
}

/**
 * The reverse table: every glyph the damage can produce, with the bytes it may
 * stand for. Three glyphs have two sources because both code pages define
 * them: `€` (0x80, 0xA4), `‘` (0x91, 0xA1) and `’` (0x92, 0xA2). All three
 * pairs are UTF-8 continuation bytes, so the choice never changes where a
 * character starts, only its value.
 */
export const BYTES_BY_GLYPH: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>()
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const glyph = damagedGlyph(byte)
    if (glyph === null) continue
    const bytes = map.get(glyph)
    if (bytes) bytes.push(byte)
    else map.set(glyph, [byte])
  }
  return map
})()

/** Glyph pairs that stand for two bytes, as [low byte, high byte]. */
export const DOUBLE_MAPPED_BYTES: readonly (readonly [number, number])[] = [
  ...BYTES_BY_GLYPH.values(),
].flatMap((bytes) => (bytes.length === 2 ? [[bytes[0] ?? 0, bytes[1] ?? 0] as const] : []))
