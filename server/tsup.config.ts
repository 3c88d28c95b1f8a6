import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/main.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  // The workspace's shared package is TypeScript source: bundle it; keep real dependencies external.
  noExternal: ['@maillage/shared'],
});
