/**
 * Vitest globalSetup: builds the app, starts it the way a user does
 * (`node server/dist/main.js` after `pnpm build`, from the repository root) on a
 * free port with a fresh, temporary DATA_DIR — so the migrations run and the demo
 * data is loaded into an empty embedded database — waits for /health/ready,
 * provides the base URL to the tests (`inject('baseUrl')`) and stops the server
 * at the end.
 *
 * `E2E_SKIP_BUILD=1` skips the build when server/dist and web/dist already
 * exist (quicker reruns while writing journeys). `E2E_BASE_URL=http://…` runs
 * against an already running app instead (nothing is built, started or
 * stopped; the demo data must be loaded there).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { outputDir, repoRoot, serverLogName } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

/** The environment a user's shell would have: no test-runner variables, no external database. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key === 'DATABASE_URL' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  }
  return { ...env, ...extra };
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

/** Runs a command from the repository root, its output in a log file; rejects with the log's tail. */
function run(command: string, args: string[], logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'w');
    const child = spawn(command, args, { cwd: repoRoot, env: userEnv({}), stdio: ['ignore', out, out] });
    child.on('error', (error) => {
      fs.closeSync(out);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      fs.closeSync(out);
      if (code === 0) resolve();
      else
        reject(
          new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); ${logFile}:\n${tail(logFile)}`),
        );
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForReady(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server stopped before being ready (${child.signalCode ?? `exit ${child.exitCode}`}); ${logFile}:\n${tail(logFile)}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `the server was not ready after ${READY_TIMEOUT_MS / 1000}s (last: ${last}); ${logFile}:\n${tail(logFile)}`,
  );
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The output of this run only: screenshots, axe reports, logs. Shards side by side share it: their
  // runner empties it once before starting them (E2E_KEEP_OUTPUT=1).
  if (process.env.E2E_KEEP_OUTPUT !== '1') fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });

  const external = process.env.E2E_BASE_URL;
  if (external) {
    log(`using the app at ${external}`);
    project.provide('baseUrl', external.replace(/\/$/, ''));
    return async () => {};
  }

  const built =
    fs.existsSync(path.join(repoRoot, 'server', 'dist', 'main.js')) &&
    fs.existsSync(path.join(repoRoot, 'web', 'dist', 'index.html'));
  if (process.env.E2E_SKIP_BUILD === '1' && built) {
    log('E2E_SKIP_BUILD=1: using the existing server/dist and web/dist');
  } else {
    const started = Date.now();
    log('pnpm build…');
    await run('pnpm', ['build'], path.join(outputDir, 'build.log'));
    log(`built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }

  // The journeys of the shared app sign in as the demo users to test their pages: second factors are
  // not required there (sign-in-security.e2e.test.ts starts an app with the default, ADMIN).
  const { baseUrl, stop: teardown } = await startApp(serverLogName, { SECOND_FACTOR_ROLES: 'none' });
  project.provide('baseUrl', baseUrl);
  return teardown;
}

/**
 * Starts the built app (server/dist, web/dist) on a free port with a fresh DATA_DIR and the demo data;
 * its output in e2e/output/<logName>, `env` added to its environment. The shared app of the run is one;
 * a journey whose data would disturb the others' counts starts its own.
 */
export async function startApp(
  logName: string,
  env: Record<string, string> = {},
): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-e2e-'));
  // A journey that must know the port first (its APP_URL, a provider's redirect URI) chooses it: env.PORT.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(outputDir, logName);
  const out = fs.openSync(logFile, 'w');
  const started = Date.now();
  const child = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: repoRoot,
    env: userEnv({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env }),
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);

  const teardown = async () => {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForReady(baseUrl, child, logFile);
  } catch (error) {
    await teardown();
    throw error;
  }
  log(
    `server ready at ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)}s (DATA_DIR ${dataDir}, log e2e/output/${logName})`,
  );
  return { baseUrl, stop: teardown };
}
