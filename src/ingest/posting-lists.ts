// The postings of a shard's index, every (term, field) list in a few typed
// arrays. As one small array per list (most terms are in one or two
// documents) they were tens of thousands of objects that all live until the
// shard is written: the young generation copied each of them before
// promoting it, and garbage collection was over a quarter of a shard's build.

const NONE = -1

/**
 * Lists of `(document id, frequency)`, one per slot (a slot is a term and
 * field, numbered by the caller), each a chain through the arrays in the
 * order the postings were added.
 */
export class PostingLists {
  private head = new Int32Array(1024).fill(NONE)
  private tail = new Int32Array(1024).fill(NONE)
  private doc = new Int32Array(8192)
  private freq = new Int32Array(8192)
  private next = new Int32Array(8192)
  private size = 0

  /** One occurrence in document `id`; a list's ids must arrive in ascending order. */
  count(slot: number, id: number): void {
    if (slot >= this.head.length) this.growSlots(slot)
    const tail = this.tail[slot] ?? NONE
    if (tail !== NONE && this.doc[tail] === id) {
      this.freq[tail] = (this.freq[tail] ?? 0) + 1
      return
    }
    if (this.size === this.doc.length) this.growPostings()
    const at = this.size++
    this.doc[at] = id
    this.freq[at] = 1
    this.next[at] = NONE
    if (tail === NONE) this.head[slot] = at
    else this.next[tail] = at
    this.tail[slot] = at
  }

  /** Whether the slot's list has a posting. */
  has(slot: number): boolean {
    return slot < this.head.length && this.head[slot] !== NONE
  }

  /** Appends the slot's list to `out` as `docDelta, freq, …` (each id minus the one before, from 0). */
  encode(slot: number, out: number[]): void {
    let previous = 0
    for (let at = this.head[slot] ?? NONE; at !== NONE; at = this.next[at] ?? NONE) {
      const id = this.doc[at] ?? 0
      out.push(id - previous, this.freq[at] ?? 0)
      previous = id
    }
  }

  private growSlots(slot: number): void {
    const length = Math.max(this.head.length * 2, slot + 1)
    this.head = grown(this.head, length, NONE)
    this.tail = grown(this.tail, length, NONE)
  }

  private growPostings(): void {
    const length = this.doc.length * 2
    this.doc = grown(this.doc, length, 0)
    this.freq = grown(this.freq, length, 0)
    this.next = grown(this.next, length, NONE)
  }
}

function grown(array: Int32Array, length: number, fill: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(length)
  larger.set(array)
  if (fill !== 0) larger.fill(fill, array.length)
  return larger
}
