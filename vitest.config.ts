import { defineConfig } from 'vitest/config'

// Unit and component tests sit next to their modules (src/**/*.test.ts[x]).
// The ingest tests run in Node; component tests opt into jsdom with a
// `// @vitest-environment jsdom` comment at the top of the file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
