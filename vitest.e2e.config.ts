// Browser tests (npm run test:e2e → scripts/e2e.mjs, which starts the server first). One browser, one
// server, one file at a time: the specs share the demo data and must not race each other.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll waits 1 s by default: too short for a page on a loaded machine (a shared CI box),
    // where it made the employer-filing run fail at random.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
