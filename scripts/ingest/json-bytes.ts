// `Buffer.from(JSON.stringify(value))`, for large values, in about half the
// time. V8 builds a long JSON string as a tree of pieces and copies it flat
// on first use: for a search shard (~600,000 characters, mostly two-byte) the
// copy and the encoding cost twice the stringify itself. Here the outer
// levels are written by hand and each piece below them is stringified and
// encoded on its own into one growing buffer, so no long string ever exists.

const encoder = new TextEncoder()

/** UTF-8 of `JSON.stringify(value)`: the outer `depth` levels of arrays and objects written piece by piece. */
export function jsonToUtf8(value: unknown, depth: number): Uint8Array {
  const out = new Utf8Writer()
  write(out, value, depth)
  return out.bytes()
}

function write(out: Utf8Writer, value: unknown, depth: number): void {
  if (depth <= 0 || value === null || typeof value !== 'object' || 'toJSON' in value) {
    // As JSON.stringify at the top level: a value it cannot write is written as in an array.
    out.put(JSON.stringify(value) ?? 'null')
    return
  }
  if (Array.isArray(value)) {
    out.put('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.put(',')
      const item: unknown = value[i]
      // JSON.stringify writes null for what it cannot write in an array.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') {
        out.put('null')
      } else write(out, item, depth - 1)
    }
    out.put(']')
    return
  }
  out.put('{')
  let first = true
  for (const [key, item] of Object.entries(value)) {
    // ...and leaves such a property out of an object.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
    out.put(`${first ? '' : ','}${JSON.stringify(key)}:`)
    first = false
    write(out, item, depth - 1)
  }
  out.put('}')
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
