import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = process.env.MAILLAGE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
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
