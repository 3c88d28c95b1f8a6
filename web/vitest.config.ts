import { defineProject } from 'vitest/config';

/** The web app's pure helpers (formats, parsing); pages are exercised by the browser journeys of e2e/. */
export default defineProject({ test: { name: 'web', include: ['src/**/*.test.ts'], environment: 'node' } });
