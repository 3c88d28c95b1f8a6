import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { memoryOf } from './measure.js';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoDir = path.resolve(benchDir, '..');

export interface Server {
  name: string;
  pid: number;
  port: number;
  base: string;
  /** Peak resident memory of the process so far (VmHWM), MB. */
  hwmMb(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Fresh keys for the run: NODE_ENV=production requires a token-signing pair and the locker's master key. */
export function productionKeys(): { JWT_PRIVATE_KEY: string; JWT_PUBLIC_KEY: string; DOCUMENT_MASTER_KEY: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    JWT_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    DOCUMENT_MASTER_KEY: randomBytes(32).toString('base64'),
  };
}

async function waitReady(child: ChildProcess, url: string, name: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`${name} exited with ${exited} before it was ready`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${name} not ready after ${timeoutMs / 1000}s`);
}

function spawnServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  readyPath: string,
  cwd = repoDir,
): Promise<Server> {
  // node itself (not a wrapper such as the tsx binary, which forks): the pid is the server's, for its memory.
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(chunk.toString());
    if (tail.length > 50) tail.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let hwm = 0;
  const server: Server = {
    name,
    pid: child.pid!,
    port,
    base: `http://127.0.0.1:${port}`,
    hwmMb: () => (hwm = Math.max(hwm, memoryOf(child.pid!)?.hwmMb ?? 0)),
    async stop() {
      server.hwmMb();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return waitReady(child, `${server.base}${readyPath}`, name).then(
    () => server,
    async (err: Error) => {
      await server.stop();
      throw new Error(`${err.message}\n${tail.join('').slice(-3000)}`);
    },
  );
}

export interface Target {
  kind: 'postgres' | 'pglite';
  /** PostgreSQL: the run's database. */
  databaseUrl?: string;
  /** PGlite: the run's copy of the data directory (holds `pglite/`). */
  dataDir?: string;
}

/**
 * The API as in production (built bundle, NODE_ENV=production), counting its SQL statements; `extra`
 * adds or overrides settings (N1: SMTP_URL, JOB_POLL_SECONDS, NOTIFICATIONS).
 */
export async function startApi(target: Target, extra: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    ...productionKeys(),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SERVE_WEB: 'off',
    DEMO_DATA: 'off',
    BENCH_COUNT_SQL: 'on',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    // The load reads pages of many people in a few minutes: the budget's bookkeeping is measured, its refusals are not.
    READ_BUDGET_PER_HOUR: 'PSAD_REFERENT=10000000,COUNSELLOR=10000000,SOCIAL_WORKER=10000000',
    ...(target.kind === 'postgres'
      ? { DATABASE_URL: target.databaseUrl! }
      : { DATABASE_URL: '', DATA_DIR: target.dataDir! }),
    ...extra,
  };
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": Node refuses --cpu-prof in NODE_OPTIONS.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return spawnServer('api', [...nodeArgs, path.join(repoDir, 'server/dist/main.js')], env, port, '/health/ready');
}

/** TypeScript through tsx's loader, resolved from bench/. */
const tsx = (file: string) => ['--import', 'tsx', path.join(benchDir, file)];

export async function startRaw(target: Target): Promise<Server> {
  const port = await freePort();
  const env: Record<string, string> =
    target.kind === 'postgres'
      ? { BENCH_DATABASE_URL: target.databaseUrl! }
      : { BENCH_PGLITE_DIR: path.join(target.dataDir!, 'pglite') };
  return spawnServer(
    'raw',
    tsx('src/baselines/raw.ts'),
    { ...env, NODE_ENV: 'production' },
    port,
    '/raw/none',
    benchDir,
  );
}

export async function startPostGraphile(target: Target): Promise<Server> {
  if (target.kind !== 'postgres') throw new Error('PostGraphile needs PostgreSQL');
  const port = await freePort();
  return spawnServer(
    'postgraphile',
    tsx('src/baselines/postgraphile.ts'),
    { BENCH_DATABASE_URL: target.databaseUrl!, GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
    port,
    '/graphql',
    benchDir,
  );
}
