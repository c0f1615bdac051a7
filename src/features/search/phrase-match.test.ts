import { describe, expect, it } from 'vitest'
import { containsPhrase } from './phrase-match'

describe('containsPhrase', () => {
  const text = 'There was a trillion-dollar decline in market capitalization.'
  it('finds whole words in order, across punctuation and case', () => {
    expect(containsPhrase(text, { words: ['Trillion', 'dollar', 'decline'], open: false })).toBe(
      true,
    )
    expect(containsPhrase(text, { words: ['dollar', 'trillion'], open: false })).toBe(false)
    expect(containsPhrase(text, { words: ['trillion', 'dollar', 'decl'], open: false })).toBe(false)
  })

  it('lets the last word of an unfinished phrase be a prefix', () => {
    expect(containsPhrase(text, { words: ['trillion', 'dollar', 'decl'], open: true })).toBe(true)
  })

  it('folds accents and curly apostrophes like the index does', () => {
    // An accent inside the first word: NFKD puts its mark after the letter.
    for (const words of [
      ['résumé', 'writing'],
      ['resume', 'writing'],
      ['Zurich', 'office'],
    ]) {
      expect(
        containsPhrase('Her résumé writing tips from the Zürich office', { words, open: false }),
      ).toBe(true)
    }
    expect(containsPhrase('Le café’s menu', { words: ['cafe', 'menu'], open: false })).toBe(true)
    // An accented query over plain text, and an accented last word.
    expect(
      containsPhrase('Her resume writing', { words: ['résumé', 'writing'], open: false }),
    ).toBe(true)
    expect(containsPhrase('Tips from Zürich', { words: ['from', 'zurich'], open: false })).toBe(
      true,
    )
    expect(containsPhrase('It doesn’t matter', { words: ["doesn't", 'matter'], open: false })).toBe(
      true,
    )
  })

  it('finds a word written with an apostrophe when the phrase has it without', () => {
    // The index reads "don’t" as "dont" and "O’Reilly" as "oreilly", so an
    // unquoted search finds them; the quoted phrase must too.
    expect(containsPhrase('I don’t know', { words: ['dont', 'know'], open: false })).toBe(true)
    expect(containsPhrase("I don't know", { words: ['dont', 'know'], open: false })).toBe(true)
    expect(containsPhrase('Tim O’Reilly said', { words: ['tim', 'oreilly'], open: false })).toBe(
      true,
    )
    expect(containsPhrase('Tim O’Reilly’s book', { words: ['oreilly', 'book'], open: false })).toBe(
      true,
    )
    // A possessive "’s" is not part of the word: "company’s" reads "company".
    expect(containsPhrase('the company’s plan', { words: ['companys', 'plan'], open: false })).toBe(
      false,
    )
    expect(containsPhrase('the company’s plan', { words: ['company', 'plan'], open: false })).toBe(
      true,
    )
  })

  it('reads an acronym written with dots as its letters, in text of every kind', () => {
    const phrase = { words: ['US', 'export', 'controls'], open: false }
    for (const text of [
      'New U.S. export controls',
      'New U.S export controls',
      'The company’s U.S. export controls',
      'Le café’s U.S. export controls',
      'New US export controls',
    ]) {
      expect(containsPhrase(text, phrase), text).toBe(true)
    }
    expect(containsPhrase('U.K. growth', { words: ['uk', 'gr'], open: true })).toBe(true)
    // Its letters are one word: "U.S." is not "u s".
    expect(containsPhrase('New U.S. rules', { words: ['u', 's'], open: false })).toBe(false)
    // In lower case too: "e.g." is the word "eg", whatever the text's kind.
    for (const text of ['See e.g. this', 'See e.g. this’s', 'Voilà, e.g. this']) {
      expect(containsPhrase(text, { words: ['eg', 'this'], open: false }), text).toBe(true)
      expect(containsPhrase(text, { words: ['e', 'g', 'this'], open: false }), text).toBe(false)
    }
    expect(containsPhrase('made in the u.s. today', { words: ['us', 'today'], open: false })).toBe(
      true,
    )
    // A dot after a longer word joins nothing: "example.com" is two words.
    expect(containsPhrase('see example.com now', { words: ['example', 'com'], open: false })).toBe(
      true,
    )
  })
})
