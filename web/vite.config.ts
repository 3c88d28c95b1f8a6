import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/**
 * react-router's package exports only its development build (warnings and checks, ~4 kB gzipped more on
 * every page); its production build sits beside it and is what a production bundle should carry.
 */
function reactRouterProduction(): Plugin {
  const require = createRequire(fileURLToPath(new URL('./package.json', import.meta.url)));
  const routerDir = dirname(
    require.resolve('react-router/package.json', { paths: [dirname(require.resolve('react-router-dom'))] }),
  );
  const production: Record<string, string> = {
    'react-router': join(routerDir, 'dist/production/index.mjs'),
    'react-router/dom': join(routerDir, 'dist/production/dom-export.mjs'),
  };
  return {
    name: 'maillage:react-router-production',
    enforce: 'pre',
    apply: 'build',
    resolveId(source) {
      return production[source] ?? null;
    },
  };
}

const server = process.env.MAILLAGE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), slimDsfrColors(), reactRouterProduction()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/graphql': { target: server, changeOrigin: false },
      // GraphiQL (the « API » page links to it outside production).
      '/graphiql': { target: server, changeOrigin: false },
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
