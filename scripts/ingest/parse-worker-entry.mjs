// The entry of a parse worker thread. Workers do not inherit the tsx loader
// the CLI runs with from source (`node --import tsx`, vitest), so this plain module registers it
// before loading the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./parse-worker.ts')
