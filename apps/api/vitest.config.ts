import { defineConfig } from 'vitest/config';

// Tests run on sources: the custom condition resolves workspace packages to src/.
export default defineConfig({
  resolve: { conditions: ['@dutymap/source'] },
  ssr: { resolve: { conditions: ['@dutymap/source'] } },
  test: { include: ['test/**/*.test.ts'], fileParallelism: false, testTimeout: 30_000, hookTimeout: 120_000 },
});
