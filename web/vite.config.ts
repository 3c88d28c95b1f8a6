import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Swaps react-dsfr's colour tables (`fr/colors`, ~11 kB gzipped on every page) for the one colour the
 * library reads at run time: see src/app/dsfrColors.ts.
 */
function slimDsfrColors(): Plugin {
  const standIn = fileURLToPath(new URL('./src/app/dsfrColors.ts', import.meta.url));
  const dsfrFrIndex = /[\\/]@codegouvfr[\\/]react-dsfr[\\/]fr[\\/]index\.js$/;
  return {
    name: 'maillage:slim-dsfr-colors',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      return source === './colors' && importer !== undefined && dsfrFrIndex.test(importer) ? standIn : null;
    },
  };
}

const server = process.env.MAILLAGE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), slimDsfrColors()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/graphql': { target: server, changeOrigin: false },
      '/health': { target: server, changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/graphql': { target: server, changeOrigin: false },
      '/health': { target: server, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
});
