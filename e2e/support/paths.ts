import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is e2e/support/paths.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Screenshots, axe reports and logs (gitignored). */
export const outputDir = path.join(repoRoot, 'e2e', 'output');
/** The shared server's log: one per shard when shards run side by side (E2E_SHARD, set by .ci/run). */
export const serverLogName = process.env.E2E_SHARD ? `server-${process.env.E2E_SHARD}.log` : 'server.log';
