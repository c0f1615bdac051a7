// Capitalised words that are not topics, as topic keys (see topicKey).

/**
 * Function words, sentence starters and pronouns: they split a run of
 * capitalised words ("The White House" → "White House") and are never topics.
 * So do the closed spellings of titles written before a name ("Cofounder Sam
 * Altman" → "Sam Altman"); hyphenated ones are told by their prefix (see
 * TITLE_PREFIXES).
 */
export const HARD_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about additionally after again against all also although an and another any are as at
  be because been before being both but by can could despite did do does each either even
  every finally first for from further furthermore had has have he her here hers him his how
  however i if in into is it its just keep let many may me meanwhile might more moreover most
  much must my neither new no nor not now of on once one only or other our overall please pray
  regarding second she should since so some still such than thanks that the their them then
  there these they third this those though thus to today too two under until upon very was we
  well were what whatever when where whether which while who whom whose why will with would
  yes yet you your
  key points details top summary conclusion
  cofounder cofounders cohost cohosts coauthor coauthors cochair cocreator`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Too generic alone ("US", "AI", months, titles) but fine inside a longer
 * name ("Open AI", "US Congress"): a run made only of these is dropped.
 */
export const SOFT_STOP_WORDS: ReadonlySet<string> = new Set(
  `ai us usa uk eu un ceo ceos cto api apis llm llms gpu gpus cpu ok tv pm am mr mrs ms dr st vs
  podcast podcasts episode
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * The first part of a hyphenated title written before a name ("Vice-chair
 * Jane Doe", "Ex-CEO John Smith", "OpenAI Co-founder Sam Altman"): a
 * capitalised compound that starts with one of these splits the run and is
 * never a topic. Otherwise it would lead the name as "Multi-head" leads
 * "Multi-head Latent Attention", and no list of spelled-out titles (co-chair,
 * vice-president, ex-CEO…) is ever complete. The price: a name that starts so
 * ("Co-op Bank") loses its first word.
 */
export const TITLE_PREFIXES: ReadonlySet<string> = new Set(['co', 'ex', 'then', 'vice'])
