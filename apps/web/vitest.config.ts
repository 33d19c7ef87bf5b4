import { defineConfig } from 'vitest/config';

// Browser tests drive one Chromium against one API server: files run one after another.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A test waits for the state it checks (expect.poll); on a busy machine a layout can take seconds, not the default one.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
