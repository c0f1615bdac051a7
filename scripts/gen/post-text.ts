import type { Random } from './prng'
import { SUBJECTS, TOPICS } from './vocabulary'

/** A commentary post like the seed: the author's lines, then a quoted AI answer with labelled parts. */
export function postText(random: Random, n: number): string {
  const topic = random.pick(TOPICS)
  const subject = random.pick(SUBJECTS)
  const assistant = random.pick(['Grok', 'ChatGPT', 'Claude'])
  return [
    `Post ${n}: more on ${topic} and ${subject.toLowerCase()}.`,
    `${topic} keeps showing up in the podcasts I follow. Whether the numbers hold up doesn’t matter much; the direction does. Here’s what ${assistant} has to say.`,
    `The discussion around ${topic} and ${subject.toLowerCase()} has drawn attention from analysts and researchers alike:`,
    `Claims Regarding Cost: ${topic} has claimed figures that many consider optimistic, and independent estimates vary widely.`,
    `Replication in Practice: Several groups have tried to reproduce the results around ${subject.toLowerCase()}, with mixed success so far.`,
    `In summary, ${topic} remains a topic of debate, and more detailed data will be needed before firm conclusions.`,
    'Pray for peace!',
    '',
  ].join('\n')
}
