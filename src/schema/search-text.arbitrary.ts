import fc from 'fast-check'

/**
 * Words that exercise the tokenizer: camel case, capitalised pairs, accents,
 * apostrophes, stop words, stop words in capitals alone and in shouted runs,
 * and acronyms written with dots (and abbreviations that are none).
 */
const WORDS = [
  'DeepSeek',
  'Open',
  'AI',
  'the',
  'café',
  'Seek’s',
  "don't",
  'All-In',
  'GPU',
  '6',
  'x',
  'Élan',
  'model',
  'Model',
  'iPhone',
  'US',
  'IT',
  'WHO’s',
  'WHAT',
  'NEWS',
  'us',
  'U.S.',
  'U.K',
  'A.I.',
  'e.g.',
  'u.s.',
  'u.S.',
]
/** Text with the shapes the search tokenizer cares about, for property tests. */
export const searchText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 12 })
  .chain((words) =>
    fc
      .array(fc.constantFrom(' ', '. ', '-', '\n', ', '), {
        minLength: words.length,
        maxLength: words.length,
      })
      .map((gaps) => words.map((word, at) => `${word}${gaps[at]}`).join('')),
  )
