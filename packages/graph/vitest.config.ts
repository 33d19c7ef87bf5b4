import { defineConfig } from 'vitest/config';

// Tests run on sources: the custom condition resolves workspace packages to src/.
// Files run one after another: the Neo4j lane shares one local server.
export default defineConfig({
  resolve: { conditions: ['@dutymap/source'] },
  ssr: { resolve: { conditions: ['@dutymap/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
