/**
 * `compute`, remembered by its text argument. The ingest asks the same
 * questions of the same short texts across thousands of documents (a
 * podcast's name, a recurring emoji, a name in the prose); each answer is
 * worked out once. Bounded: past `max` entries the memory starts over, so an
 * archive of endless distinct texts cannot grow it without end.
 */
export function memoByText<T>(max: number, compute: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>()
  return (text) => {
    let answer = answers.get(text)
    if (answer === undefined) {
      answer = compute(text)
      if (answers.size >= max) answers.clear()
      answers.set(text, answer)
    }
    return answer
  }
}
