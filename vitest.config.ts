import { defineConfig } from 'vitest/config'

// Unit and component tests sit next to their modules (src/**/*.test.ts[x]),
// and so do the few of the benchmark's own logic (bench/*.test.ts).
// The ingest tests run in Node; component tests opt into jsdom with a
// `// @vitest-environment jsdom` comment at the top of the file. The JSON
// report feeds the "N passed, N failed" line that CI prints.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test/**/*.test.{ts,tsx}',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
})
