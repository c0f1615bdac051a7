// The weakest signal: which reading is more common when nothing else decides.
import { emojiKey } from './emojibase-index'

/**
 * Emoji ranked by how likely they are to mark a topic in a digest heading,
 * most likely first. Hand-ranked, not copied from a dataset: first the
 * topic markers generated digests use for tech, business and news sections
 * (search, idea, world, charts, money, AI, books; the seed archive's intact
 * heading emoji 🌟 🌍 🧠 🚨 are among them), then emoji at the top of general
 * popularity rankings such as Unicode's published emoji frequency list.
 * What matters is the order inside each damage-ambiguous family, where one
 * member is a common marker and the others are rare in headings:
 *   🔍 over 🔐 🔒 🔁 🔏 🔝 🍔 🐔   (F0 9F 94 + lost byte)
 *   🌍 over 🌐 🌎 🌏 🌁 🌝 🍌 🐌   (F0 9F 8C + lost byte)
 *   💡 over 💑                     (‘ is 0xA1 or 0x91)
 *   🏛️ over 🛍️ 🛏️                   (lost byte before 9B, then VS16)
 * Emoji not listed rank after all listed ones, equally.
 */
// biome-ignore format: a ranked list reads better in rows
const EMOJI_BY_COMMONNESS: readonly string[] = [
  '🔍', '💡', '🌍', '📈', '📉', '📊', '🚀', '🤖', '🧠', '💰', '💻', '📚', '🎯', '🔥',
  '⚡', '🌟', '✨', '🛠️', '🔧', '⚙️', '🔑', '📌', '📝', '🗣️', '💬', '🗨️', '🎙️', '🎧',
  '🤝', '⚖️', '🏛️', '🌐', '🌎', '🌏', '📱', '🔒', '🔐', '⚠️', '🚨', '✅', '❌', '🏆',
  '🎉', '💼', '🏢', '🏭', '🏥', '💊', '🧬', '🔬', '🧪', '📰', '🗳️', '🌱', '♻️', '💸',
  '💵', '📦', '🛡️', '🔮', '🧩', '🎓', '👥', '👀', '❤️', '👍', '🙏', '😂', '😊', '⏳',
  '📅', '🗺️', '🏠', '🚗', '✈️', '🎬', '🎵', '🎮', '⚽', '🇺🇸', '🇨🇳', '🇪🇺',
]

/**
 * Non-emoji characters a repaired run most often is, most common first:
 * typographic punctuation of English text, then currency and the usual
 * symbols. Characters not listed fall back to their class (`textPrior`).
 */
const TEXT_BY_COMMONNESS: readonly string[] = [...'’“”—–…•‘€£™©®°«»·×½é']

const emojiRank = new Map(EMOJI_BY_COMMONNESS.map((emoji, i) => [emojiKey(emoji), i]))
const textRank = new Map(TEXT_BY_COMMONNESS.map((char, i) => [char, i]))

/** Higher is more common; 0 for emoji not in the list. */
export function emojiPrior(emoji: string): number {
  // A skin tone does not make 👍🏽 rarer than 👍 as a choice.
  const rank = emojiRank.get(emojiKey(emoji).replace(/[\u{1F3FB}-\u{1F3FF}]/gu, ''))
  return rank === undefined ? 0 : EMOJI_BY_COMMONNESS.length - rank
}

const LETTER = /\p{L}/u

/**
 * Higher is more common. Listed characters first, then by class: Latin-1
 * letters (names like José), other Latin, General Punctuation, other letters,
 * anything else.
 */
export function textPrior(cp: number): number {
  const char = String.fromCodePoint(cp)
  const rank = textRank.get(char)
  if (rank !== undefined) return 100 + TEXT_BY_COMMONNESS.length - rank
  if (cp >= 0xc0 && cp <= 0xff && LETTER.test(char)) return 50
  if (cp >= 0x100 && cp <= 0x24f) return 40
  if (cp >= 0x2010 && cp <= 0x205e) return 30
  if (LETTER.test(char)) return 20
  return 0
}
