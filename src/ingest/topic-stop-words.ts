// Capitalised words that are not topics, as topic keys (see topicKey).

/**
 * Function words, sentence starters and pronouns: they split a run of
 * capitalised words ("The White House" → "White House") and are never topics.
 * "Former" too: it leads no name ("Former Google CEO Eric Schmidt").
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
  former
  key points details top summary conclusion
  cofounder cofounders cohost cohosts coauthor coauthors cochair cocreator`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Too generic alone ("US", "AI", months) but fine inside a longer name
 * ("Open AI", "US Congress"): a run made only of these is dropped.
 */
export const SOFT_STOP_WORDS: ReadonlySet<string> = new Set(
  `ai us usa uk eu un api apis llm llms gpu gpus cpu ok tv pm am mr mrs ms dr st vs
  podcast podcasts episode
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Titles written as a word of their own before a name ("OpenAI CEO Sam
 * Altman", "Governor Newsom"): one splits the run it stands in and is never
 * a topic, so the names on either side stand alone. In a run, "OpenAI CEO Sam
 * Altman" was four words, too long for a name, and the person was lost;
 * "President Biden" was a name of its own, unrelated to "Biden". Only titles
 * that are rarely part of a name ("Chief" is not among them: "Chief Keef");
 * the price is the rare name that holds one ("Founder Institute": "Institute").
 */
export const SPELLED_TITLES: ReadonlySet<string> = new Set(
  `ceo ceos cto ctos cfo cfos coo founder chair chairman chairwoman president governor senator
  chancellor minister secretary`
    .split(/\s+/)
    .filter(Boolean),
)

/** Part of the spelled title they lead ("Vice President Kamala Harris", "Prime Minister"): dropped with it. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice',
  'deputy',
  'acting',
  'interim',
  'prime',
])

/** How a title's prefix reads what follows it (see TITLE_PREFIXES). */
export type TitlePrefix = 'joint' | 'former'

/**
 * The first part of a hyphenated title written before a name ("Vice-chair
 * Jane Doe", "Ex-CEO John Smith", "OpenAI Co-founder Sam Altman"). A compound
 * that is a title splits the run and is never a topic. Otherwise it would
 * lead the name as "Multi-head" leads "Multi-head Latent Attention".
 * - `joint` (co-, vice-): a title whatever follows (no list of co-chair,
 *   vice-president… is ever complete), except the few words of
 *   JOINT_NON_TITLES: "Co-op Bank" is a name.
 * - `former` (ex-, then-): a title when a title follows (FORMER_TITLES:
 *   "Ex-CEO", "Then-Governor"); a capitalised word that is none is a name
 *   of its own, the prefix left out ("Ex-Google engineer": "Google").
 */
export const TITLE_PREFIXES: ReadonlyMap<string, TitlePrefix> = new Map([
  ['co', 'joint'],
  ['vice', 'joint'],
  ['ex', 'former'],
  ['then', 'former'],
])

/** After co- or vice-, words that make no title ("Co-op Bank", "Co-operative Group"). */
export const JOINT_NON_TITLES: ReadonlySet<string> = new Set([
  'op',
  'ops',
  'operative',
  'operatives',
])

/** After ex- or then-, the words that make a title (any other capitalised word is a name). */
export const FORMER_TITLES: ReadonlySet<string> = new Set([
  ...SPELLED_TITLES,
  ...`chair chairs chief head host hosts cohost director minister secretary chancellor mayor
  premier ambassador commissioner official member employee staffer partner boss manager
  champion leader lead editor star officer`
    .split(/\s+/)
    .filter(Boolean),
])
