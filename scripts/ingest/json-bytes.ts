// `Buffer.from(JSON.stringify(value))` for large values, in about half the
// time. V8 builds a long JSON string as a tree of pieces and copies it flat on
// first use: for a search shard (~600,000 characters, mostly two-byte) the
// copy and the encoding cost as much as the stringify itself. Here the large
// lists a layout names are stringified and encoded item by item into one
// growing buffer, so no long string ever exists.

const encoder = new TextEncoder()

/**
 * Which parts of a value are written piece by piece: `'items'`, an array
 * whose items are each one piece; an object layout, an object whose named
 * properties have layouts of their own (the others are one piece each).
 * Many tiny pieces cost more than one string, so only large lists are split.
 */
export type JsonLayout = 'items' | { readonly [key: string]: JsonLayout }

/** UTF-8 of `JSON.stringify(value)`, the parts `layout` names written piece by piece. */
export function jsonToUtf8(value: unknown, layout: JsonLayout): Uint8Array {
  const out = new Utf8Writer()
  write(out, value, layout)
  return out.bytes()
}

/**
 * UTF-8 of `JSON.stringify(value, null, space)`, the same way. The ingest
 * report (20 MB at 10,000 documents) was one such string: its pieces all
 * lived until the end, and the main thread's young generation copied them
 * (scavenges of 40-85 ms each); piece by piece it costs ~25% less CPU.
 */
export function prettyJsonToUtf8(value: unknown, layout: JsonLayout, space: number): Uint8Array {
  const out = new Utf8Writer()
  writePretty(out, value, layout, ' '.repeat(Math.min(10, Math.max(0, space))), 0)
  return out.bytes()
}

function write(out: Utf8Writer, value: unknown, layout: JsonLayout | undefined): void {
  const plain = value !== null && typeof value === 'object' && !('toJSON' in value)
  if (layout === 'items' && plain && Array.isArray(value)) {
    out.put('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.put(',')
      const item: unknown = value[i]
      // JSON.stringify writes null for what it cannot write in an array.
      out.put(unwritable(item) ? 'null' : (JSON.stringify(item) ?? 'null'))
    }
    out.put(']')
  } else if (typeof layout === 'object' && plain && !Array.isArray(value)) {
    out.put('{')
    let first = true
    for (const [key, item] of Object.entries(value)) {
      // ...and leaves such a property out of an object.
      if (unwritable(item)) continue
      out.put(`${first ? '' : ','}${JSON.stringify(key)}:`)
      first = false
      write(out, item, Object.hasOwn(layout, key) ? layout[key] : undefined)
    }
    out.put('}')
  } else {
    // As JSON.stringify at the top level; a property's unwritable value never gets here.
    out.put(JSON.stringify(value) ?? 'null')
  }
}

function writePretty(
  out: Utf8Writer,
  value: unknown,
  layout: JsonLayout | undefined,
  gap: string,
  depth: number,
): void {
  const plain = value !== null && typeof value === 'object' && !('toJSON' in value)
  const inner = `\n${gap.repeat(depth + 1)}`
  if (layout === 'items' && plain && Array.isArray(value) && value.length > 0 && gap) {
    for (let i = 0; i < value.length; i++) {
      out.put(i > 0 ? `,${inner}` : `[${inner}`)
      // In an array JSON.stringify writes null for what it cannot write; so does nesting.
      out.put(nested(value[i], gap, depth + 1))
    }
    out.put(`\n${gap.repeat(depth)}]`)
  } else if (typeof layout === 'object' && plain && !Array.isArray(value) && gap) {
    let first = true
    for (const [key, item] of Object.entries(value)) {
      if (unwritable(item)) continue
      out.put(`${first ? '{' : ','}${inner}${JSON.stringify(key)}: `)
      first = false
      writePretty(out, item, Object.hasOwn(layout, key) ? layout[key] : undefined, gap, depth + 1)
    }
    out.put(first ? '{}' : `\n${gap.repeat(depth)}}`)
  } else {
    out.put(nested(value, gap, depth))
  }
}

/**
 * `value` as JSON.stringify(…, null, gap) writes it `depth` levels deep: the
 * value inside `depth` arrays, stringified and cut out, so its lines carry
 * the indentation of their place.
 */
function nested(value: unknown, gap: string, depth: number): string {
  let wrapped = value
  for (let level = 0; level < depth; level++) wrapped = [wrapped]
  const json = JSON.stringify(wrapped, null, gap)
  if (json === undefined) return 'null'
  // Each level adds "[\n" + its indent before, "\n" + the outer indent + "]" after.
  let before = 0
  let after = 0
  for (let level = 0; level < depth; level++) {
    before += 2 + gap.length * (level + 1)
    after += 2 + gap.length * level
  }
  return json.slice(before, json.length - after)
}

function unwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

class Utf8Writer {
  private buffer = new Uint8Array(64 * 1024)
  private length = 0

  put(text: string): void {
    // At most three bytes per UTF-16 unit.
    const room = this.length + text.length * 3
    if (room > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, room))
      grown.set(this.buffer.subarray(0, this.length))
      this.buffer = grown
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }
}
