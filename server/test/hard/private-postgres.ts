/**
 * A PostgreSQL cluster of a test's own, in a temporary directory, for the faults that take the whole
 * server down (a restart, a crash): the shared server on 5432 serves the other test files running
 * alongside and must never go down. Made from the PostgreSQL binaries installed on the machine.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The directory of initdb and pg_ctl, or null when this machine has no PostgreSQL server installed. */
export function postgresBinDir(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(
      execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
  } catch {
    // No pg_config on the PATH: the Debian layout below may still hold a server.
  }
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debian, v, 'bin')));
  }
  return (
    candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null
  );
}

/** initdb refuses to run as root: as root, the cluster belongs to the postgres account. */
const asRoot = () => process.getuid?.() === 0;

export interface PrivateCluster {
  port: number;
  /** A connection URL to `database` on this cluster (TCP, trust authentication). */
  url(database: string): string;
  /** pg_ctl restart: `fast` ends the sessions cleanly, `immediate` kills the server (recovery from the WAL at start). */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and removes its directory; safe to call whatever state it is in. */
  destroy(): Promise<void>;
  /** The server's log (to explain a failure). */
  log(): string;
}

export async function startPrivateCluster(binDir: string, port: number): Promise<PrivateCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-pg-'));
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const bin = (name: string) => path.join(binDir, name);
  if (asRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const pg = (name: string, args: string[]) =>
    asRoot() ? run('runuser', ['-u', 'postgres', '--', bin(name), ...args]) : run(bin(name), args);
  // -l on every start: without it the server writes to pg_ctl's output, which then never closes.
  const ctl = (args: string[]) => pg('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', ...args]);

  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  // The socket in the cluster's own directory: the default one (/var/run/postgresql) belongs to the shared server.
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c shared_buffers=32MB',
    '-c max_connections=40',
  ].join(' ');
  let running = false;
  const cluster: PrivateCluster = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await ctl(['-o', options, 'start']);
      running = true;
    },
    async restart(mode) {
      await ctl(['-m', mode, 'restart']);
    },
    async stop(mode = 'fast') {
      await ctl(['-m', mode, 'stop']);
      running = false;
    },
    async destroy() {
      if (running || fs.existsSync(path.join(data, 'postmaster.pid')))
        await ctl(['-m', 'immediate', 'stop']).catch(() => undefined);
      running = false;
      fs.rmSync(dir, { recursive: true, force: true });
    },
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
  };
  try {
    await cluster.start();
  } catch (err) {
    await cluster.destroy();
    throw err;
  }
  return cluster;
}
