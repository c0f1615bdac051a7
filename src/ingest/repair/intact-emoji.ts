import {
  EMOJI_CLUSTER_SOURCE,
  hasEmojiPresentation,
  isKnownEmoji,
  isRgiEmoji,
} from './emoji-classes'

// The lookahead skips, cheaply, characters no emoji starts with (ASCII
// letters, Latin, Greek): emoji start with # * 0-9 (keycaps), © ® or a code
// point from U+203C up. It halves the scan of a 17 KB document.
const CLUSTERS = new RegExp(
  String.raw`(?=[#*0-9\u00A9\u00AE\u203C-\u{10FFFF}])${EMOJI_CLUSTER_SOURCE}`,
  'gu',
)

/**
 * The emoji that stand intact in a text, as spelled there (🏛️, 🌍). Text
 * symbols without VS16 (™ © ⚖) are not counted, nor pictographs that are no
 * emoji (🀝). The damage glyphs are never emoji, so a damaged run adds
 * nothing. Callers collect this over the archive and pass it to `repairText`
 * as `knownEmoji`.
 */
export function findIntactEmoji(text: string): Set<string> {
  const found = new Set<string>()
  for (const match of text.matchAll(CLUSTERS)) {
    const cluster = match[0]
    const cp = cluster.codePointAt(0) ?? 0
    if (cluster.length === 1 && !hasEmojiPresentation(cp)) continue
    if (isRgiEmoji(cluster) || isKnownEmoji(cluster)) found.add(cluster)
  }
  return found
}
