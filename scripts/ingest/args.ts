export interface IngestArgs {
  out: string
  keepGoing: boolean
  paths: string[]
  /** ISO date treated as "today" for future-date warnings (tests pin it). */
  today: string | undefined
  quiet: boolean
}

export const USAGE = `Usage: npm run ingest -- [--out DIR] [--keep-going] [--today YYYY-MM-DD] [--quiet] [PATH ...]

  PATH          .txt documents or folders of them (default: content/)
  --out DIR     where to publish the JSON (default: public/data)
  --keep-going  publish the good documents even when some fail
  --today DATE  the date used to flag digests from the future
  --quiet       print only errors and the summary line`

export class UsageError extends Error {}

export function parseArgs(argv: string[]): IngestArgs {
  const args: IngestArgs = {
    out: 'public/data',
    keepGoing: false,
    paths: [],
    today: undefined,
    quiet: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const value = () => {
      const next = argv[++i]
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`)
      return next
    }
    if (arg === '--out') args.out = value()
    else if (arg === '--keep-going') args.keepGoing = true
    else if (arg === '--quiet') args.quiet = true
    else if (arg === '--today') {
      const today = value()
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be YYYY-MM-DD')
      args.today = today
    } else if (arg === '--help' || arg === '-h') throw new UsageError('')
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`)
    else args.paths.push(arg)
  }
  if (args.paths.length === 0) args.paths.push('content')
  return args
}
