// UTF-8 bytes of a large string, for files the ingest writes. Buffer.from
// and writeFile(string) encode a two-byte string (any curly quote or emoji
// makes one) code unit by code unit: about 10 ms for a 750 KB search shard,
// several seconds of a 10,000-digest run. TextEncoder.encodeInto is
// vectorised and writes the same bytes (a lone surrogate becomes U+FFFD in
// both), about ten times faster.

const encoder = new TextEncoder()

/** The UTF-8 encoding of `text`, as Buffer.from(text) gives it. */
export function encodeUtf8(text: string): Uint8Array {
  // At most three bytes per UTF-16 code unit (a surrogate pair: four for two).
  const bytes = new Uint8Array(text.length * 3)
  const { written } = encoder.encodeInto(text, bytes)
  return bytes.subarray(0, written)
}
