// Vite: React, /api proxied to a running API in dev, one chunk per view in the build.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.DUTYMAP_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@dutymap/source'] },
  server: { proxy: { '/api': apiTarget, '/readyz': apiTarget } },
  build: { outDir: 'dist', chunkSizeWarningLimit: 800 },
});
