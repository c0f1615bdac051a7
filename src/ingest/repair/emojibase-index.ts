// Names and keywords of every emoji, from emojibase-data (CLDR annotations,
// Emoji 17). Loaded once at module load; ingest-time only (compact.json is
// ~570 KB, so the browser bundle should receive labels computed here, not
// import this module).
import compactEmoji from 'emojibase-data/en/compact.json'

export interface EmojiInfo {
  /** CLDR short name, e.g. "money bag". */
  label: string
  /** CLDR keywords, lower case ("million", "money"...); skin-tone variants share their base's. */
  tags: readonly string[]
  /** emojibase's order (emoji-picker order), for stable listings. */
  order: number
}

/**
 * The key under which an emoji is stored: its text without variation
 * selectors. emojibase is not consistent about U+FE0F (it writes 💰️ with one
 * although the RGI form has none), and documents are not either, so lookups
 * ignore it.
 */
export function emojiKey(emoji: string): string {
  return emoji.replace(/[\uFE0E\uFE0F]/g, '')
}

export const EMOJI_INFO: ReadonlyMap<string, EmojiInfo> = (() => {
  const map = new Map<string, EmojiInfo>()
  for (const entry of compactEmoji) {
    const tags = (entry.tags ?? []).map((tag) => tag.toLowerCase())
    const order = entry.order ?? Number.MAX_SAFE_INTEGER
    map.set(emojiKey(entry.unicode), { label: entry.label, tags, order })
    for (const skin of entry.skins ?? []) {
      const key = emojiKey(skin.unicode)
      if (!map.has(key)) map.set(key, { label: skin.label, tags, order: skin.order ?? order })
    }
  }
  return map
})()
