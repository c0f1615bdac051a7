import { describe, expect, it } from 'vitest'
import { extractTopics, topicDisplays, topicKey, topicKeys } from './topics'

describe('topicKey', () => {
  it('keeps lower-case letters and digits only', () => {
    expect(topicKey('Deep Seek')).toBe('deepseek')
    expect(topicKey('DeepSeek')).toBe('deepseek')
    expect(topicKey('DeepSeek-R1')).toBe('deepseekr1')
    expect(topicKey('Zürich')).toBe('zurich')
  })
})

describe('extractTopics', () => {
  it('finds capitalised names, CamelCase words and multi-word names in prose', () => {
    const topics = topicDisplays({
      prose: [
        'The model, comparable to OpenAI reasoning models, was released by Deep Seek in China.',
      ],
      headings: [],
    })
    expect(topics).toEqual(expect.arrayContaining(['OpenAI', 'Deep Seek', 'China']))
  })

  it('relates spellings by key and shows the most frequent one', () => {
    const [top] = extractTopics({
      prose: ['We like DeepSeek.', 'Again DeepSeek and Deep Seek.', 'So DeepSeek wins.'],
      headings: [],
    })
    expect(top).toMatchObject({ key: 'deepseek', display: 'DeepSeek', count: 4 })
  })

  it('leaves out stop words, generic acronyms and months', () => {
    const keys = topicKeys({
      prose: ['The US and AI labs met in February. However, it was quiet. Yes, the UK too.'],
      headings: [],
    })
    expect(keys).toEqual([])
  })

  it('strips a leading "The" and possessives from names', () => {
    expect(
      topicDisplays({
        prose: ['Critics say the Biden Administration’s plan failed.'],
        headings: [],
      }),
    ).toEqual(['Biden Administration'])
  })

  it('counts a capitalised sentence starter only when it is also capitalised mid-sentence', () => {
    expect(topicKeys({ prose: ['Reasoning models think. Reeves agrees.'], headings: [] })).toEqual(
      [],
    )
    expect(topicKeys({ prose: ['Reeves agrees.', 'A book by Reeves.'], headings: [] })).toEqual([
      'reeves',
    ])
    // CamelCase is a name wherever it stands.
    expect(topicKeys({ prose: ['DeepSeek leads.'], headings: [] })).toEqual(['deepseek'])
  })

  it('takes from Title Case headings only CamelCase words and names the prose has', () => {
    const keys = topicKeys({
      prose: ['The talk was about China and its labs.'],
      headings: ['China Explains the DeepSeek Freak Out'],
    })
    expect(keys).toEqual(['china', 'deepseek'])
  })

  it('keeps a hyphenated compound with a lower-case part that starts a capitalised name', () => {
    // The seed post: "innovations like Multi-head Latent Attention, DeepSeekMoE, and…".
    expect(
      topicDisplays({
        prose: ['Its innovations like Multi-head Latent Attention, DeepSeekMoE, and more.'],
        headings: [],
      }),
    ).toEqual(['Multi-head Latent Attention', 'DeepSeekMoE'])
    expect(
      topicKeys({
        prose: ['Multi-head Latent Attention cuts memory. Labs copy Multi-head Latent Attention.'],
        headings: ['Why Multi-Head Latent Attention Matters'],
      }),
    ).toEqual(['multiheadlatentattention'])
  })

  it('does not make topics of capitalised compounds that are only adjectives or titles', () => {
    const keys = topicKeys({
      prose: [
        // Alone, or before lower-case words: an adjective.
        'Self-driving cars are here. They drive Long-term growth, says the report.',
        // At a sentence start the capital is grammar: the name is what follows.
        'Low-cost Chinese models spread. Open-source AI wins.',
        // A title before a name is not part of it.
        'We heard from OpenAI Co-founder Sam Altman today.',
        'DeepSeek-based tools and iPhone-ready apps.',
      ],
      headings: ['Self-driving Cars and DeepSeek-based Tools'],
    })
    expect(keys).toEqual(['chinese', 'openai', 'samaltman'])
  })

  it('splits a hyphenated title off the name it leads, whatever the title', () => {
    const keys = (prose: string) => topicKeys({ prose: [prose], headings: [] })
    expect(keys('We heard from Vice-chair Jane Doe today.')).toEqual(['janedoe'])
    expect(keys('We heard from Ex-CEO John Smith today.')).toEqual(['johnsmith'])
    expect(keys('We heard from Vice-president Kamala Harris today.')).toEqual(['kamalaharris'])
    expect(keys('We heard from Vice-President Kamala Harris today.')).toEqual(['kamalaharris'])
    expect(keys('We heard from Then-Governor Jerry Brown today.')).toEqual(['jerrybrown'])
    expect(keys('OpenAI Co-CEO Jane Doe and Meta Co-Chair John Smith spoke.')).toEqual([
      'janedoe',
      'johnsmith',
      'meta',
      'openai',
    ])
    // Alone, a title is no topic either; the closed spelling stays a stop word.
    expect(keys('An Ex-CEO spoke, and so did a Cofounder Sam Altman.')).toEqual(['samaltman'])
    // A Title Case heading splits it the same way.
    expect(
      topicKeys({ prose: ['A talk with Jane Doe.'], headings: ['Vice-Chair Jane Doe Explains'] }),
    ).toEqual(['janedoe'])
  })

  it('keeps a name that starts like a hyphenated title', () => {
    const displays = (prose: string) => topicDisplays({ prose: [prose], headings: [] })
    // "Co-op" is no title: the rule for "Co-founder" took "Co-op Bank" for "Bank".
    expect(displays('We heard the Co-op Bank say so, and the Co-op Group too.')).toEqual([
      'Co-op Bank',
      'Co-op Group',
    ])
    expect(displays('We heard from Co-founder Sam Altman and Co-Chair Jane Doe.')).toEqual([
      'Sam Altman',
      'Jane Doe',
    ])
  })

  it('reads a former employer after ex- or then- as a name, and a former title as none', () => {
    const keys = (prose: string) => topicKeys({ prose: [prose], headings: [] })
    expect(keys('An Ex-Google engineer spoke.')).toEqual(['google'])
    expect(keys('An ex-Google engineer and Ex-OpenAI staff spoke.')).toEqual(['google', 'openai'])
    // At a sentence start the capital is the prefix's: what follows is a name all the same.
    expect(keys('Ex-Google engineers warn. Ex-Meta staff agree.')).toEqual(['google', 'meta'])
    expect(keys('We heard from Ex-President Jane Doe and then-Governor Jerry Brown.')).toEqual([
      'janedoe',
      'jerrybrown',
    ])
    expect(keys('We heard from an Ex-CEO and an ex-officio member.')).toEqual([])
  })

  it('splits a spelled-out title off the names around it', () => {
    const displays = (prose: string) => topicDisplays({ prose: [prose], headings: [] })
    expect(displays('We heard OpenAI CEO Sam Altman today.')).toEqual(['OpenAI', 'Sam Altman'])
    expect(displays('We heard Nvidia CEO Jensen Huang and OpenAI’s CEO Sam Altman.')).toEqual([
      'Nvidia',
      'Jensen Huang',
      'OpenAI',
      'Sam Altman',
    ])
    expect(displays('We heard from US Vice President Kamala Harris today.')).toEqual([
      'Kamala Harris',
    ])
    expect(displays('We heard from Former President Barack Obama and Governor Newsom.')).toEqual([
      'Barack Obama',
      'Newsom',
    ])
    // Alone, a title is no topic; a Title Case heading splits it the same way.
    expect(displays('We met a CEO, then the President.')).toEqual([])
    expect(
      topicKeys({ prose: ['A talk with Sam Altman.'], headings: ['OpenAI CEO Sam Altman Speaks'] }),
    ).toEqual(['openai', 'samaltman'])
  })

  it('reads a run as a name and its CamelCase words on their own, led by a compound or not', () => {
    const ranked = (prose: string[]) =>
      extractTopics({ prose, headings: [] }).map((t) => [t.display, t.count])
    expect(
      ranked([
        'Labs use Multi-head DeepSeek Attention now.',
        'Low-cost DeepSeek Models spread.',
        'Low-cost DeepSeek spreads.',
        'Low-cost Chinese models spread.',
        'Open-source Chinese Labs win. Critics of Chinese Labs agree.',
        'We saw Multi-head Latent Attention Beat DeepSeek Today.',
        'Self-driving cars are here.',
      ]),
    ).toEqual([
      ['DeepSeek', 4],
      ['Chinese Labs', 2],
      ['Multi-head DeepSeek Attention', 1],
      ['DeepSeek Models', 1],
      ['Chinese', 1],
    ])
    expect(
      ranked([
        'DeepSeek rose.',
        'We like DeepSeek V3 a lot, and Deep Seek.',
        'We read Quick Brown DeepSeek Fox Jumps today.',
        'US AI met. We like the PodCast and the US PodCast.',
        'Reeves agrees. A book by Reeves.',
      ]),
    ).toEqual([
      ['DeepSeek', 4],
      ['Reeves', 2],
      ['DeepSeek V3', 1],
    ])
  })

  // Correctness on large input only: timings belong in `npm run bench`.
  it('reads a 1 MB paragraph', () => {
    const text = 'Alpha Beta met Gamma in the city. '.repeat(32_000)
    const keys = topicKeys({ prose: [text], headings: [text.slice(0, 100_000)] })
    expect(keys).toEqual(['alphabeta', 'gamma'])
  })
})
