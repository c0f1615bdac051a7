// Characters an earlier, wrong repair left behind. `€` `‘` `’` each stand for
// two bytes (0x80/0xA4, 0x91/0xA1, 0x92/0xA2); a repair that picked the wrong
// one produced a valid character that is no emoji: 🀝 (U+1F01D, F0 9F 80 9D,
// a mahjong tile) where 🤝 (F0 9F A4 9D) was meant.
import { DOUBLE_MAPPED_BYTES } from './code-pages'
import { isEmojiCodePoint, qualifiedForm } from './emoji-classes'
import { EMOJI_INFO, emojiKey } from './emojibase-index'
import { decodeSequence, encodeCodePoint } from './utf8'

const TWIN_BYTE = new Map<number, number>(
  DOUBLE_MAPPED_BYTES.flatMap(([low, high]) => [
    [low, high],
    [high, low],
  ]),
)

/**
 * Wrong twin -> the emoji it may stand for (RGI spelling). Built from every
 * single-code-point emoji emojibase knows: swap any subset of its
 * double-mapped bytes; keep the twins that are astral and not emoji
 * themselves. Astral only: a BMP twin is usually a real symbol (❀ is ❤'s),
 * and text can use it on purpose; nobody writes mahjong tiles or the
 * supplemental arrows in a podcast digest.
 */
export const EMOJI_BY_WRONG_TWIN: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>()
  for (const key of EMOJI_INFO.keys()) {
    const cp = key.codePointAt(0) ?? 0
    if (key.length !== (cp > 0xffff ? 2 : 1)) continue // sequences: their parts are covered
    const bytes = encodeCodePoint(cp)
    const swappable = bytes.flatMap((b, i) => (TWIN_BYTE.has(b) ? [i] : []))
    for (let mask = 1; mask < 1 << swappable.length; mask++) {
      const twinBytes = bytes.map((b, i) => {
        const bit = swappable.indexOf(i)
        return bit >= 0 && mask & (1 << bit) ? (TWIN_BYTE.get(b) ?? b) : b
      })
      const twin = decodeSequence(twinBytes)
      if (twin === null || twin <= 0xffff || isEmojiCodePoint(twin)) continue
      const char = String.fromCodePoint(twin)
      const emoji = qualifiedForm(cp)
      const list = map.get(char)
      if (!list) map.set(char, [emoji])
      else if (!list.some((e) => emojiKey(e) === key)) list.push(emoji)
    }
  }
  return map
})()
