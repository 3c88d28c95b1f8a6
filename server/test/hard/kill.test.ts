/**
 * An API process killed outright (SIGKILL) in the middle of an import confirm and of a document
 * upload (issue 15): after a restart, the import is confirmed whole or not at all (and can then be
 * confirmed), the upload left no document row and, once swept at start-up, no stored file.
 * PostgreSQL only: the process is a client of a database that survives it.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/core/config.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { M as PARCOURS, personInput } from '../../src/modules/parcours/test-fixtures.js';
import { withDatabase } from '../template-database.js';
import { freePort, spawnServer } from '../harness.js';

const postgresUrl = process.env.DATABASE_URL;
/** Large enough that the confirm's writes take a while: the kill lands in them, not after the commit. */
const LIST_ROWS = Number(process.env.KILL_LIST_ROWS ?? 20_000);

describe.skipIf(!postgresUrl)('an API process killed with SIGKILL', () => {
  let dbName: string;
  let dbUrl: string;
  let dataDir: string;
  let admin: pg.Client;
  let child: ChildProcess | null = null;
  let base = '';
  let output = '';

  async function start(extra: Record<string, string> = {}): Promise<number> {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    output = '';
    const env = {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: dbUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVE_WEB: 'off',
      LOG_LEVEL: 'warn',
      ...extra,
    };
    const proc = spawnServer(env);
    child = proc;
    proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const started = Date.now();
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`the server exited early (${proc.exitCode}):\n${output}`);
      const ready = await fetch(`${base}/health/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (ready === 200) return Date.now() - started;
      if (Date.now() - started > 60_000) throw new Error(`the server did not get ready:\n${output}`);
      await sleep(200);
    }
  }

  async function kill(): Promise<void> {
    const proc = child!;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  }

  async function login(email: string): Promise<string> {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  const one = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    (await admin.query<R>(text, values)).rows;

  /**
   * A SIEI list of `rows` people: the fixture's 300 rows over and over, each copy's people made others
   * (names suffixed, no INE) so that none matches another.
   */
  function bigList(rows: number): Buffer {
    const [header, ...lines] = fs
      .readFileSync(path.join(repoRoot, 'server/src/modules/psad/import/fixtures/siei-2026-S2-bourges.csv'), 'utf8')
      .split(/\r?\n/)
      .filter(Boolean);
    const suffix = (n: number) => {
      let out = '';
      for (let k = n; ; k = Math.floor(k / 26) - 1) {
        out = String.fromCharCode(65 + (k % 26)) + out;
        if (k < 26) break;
      }
      return out;
    };
    const out = [header];
    for (let i = 0; i < rows; i++) {
      const cells = lines[i % lines.length]!.split(';');
      cells[0] = '';
      cells[1] = `${cells[1]}-${suffix(Math.floor(i / lines.length))}`;
      out.push(cells.join(';'));
    }
    return Buffer.from(out.join('\r\n') + '\r\n', 'utf8');
  }

  /**
   * Waits until the confirm's writing statement runs (it reads the staged rows into young_person and
   * psad_case; pg_stat_activity keeps only the start of its text); false if none is seen in time.
   */
  async function untilConfirmWrites(timeoutMs: number): Promise<boolean> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const [active] = await one<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and state = 'active'
            and (query ilike '%siei_import_row%' or query ilike '%young_person%')`,
      );
      if (active!.n > 0) return true;
      await sleep(5);
    }
    return false;
  }

  beforeAll(async () => {
    dbName = `${inject('templateDatabase').replace(/_template$/, '')}_kill_${randomBytes(4).toString('hex')}`;
    const root = new pg.Client({ connectionString: postgresUrl });
    await root.connect();
    await root.query(`create database "${dbName}" template "${inject('templateDatabase')}"`);
    await root.end();
    dbUrl = withDatabase(postgresUrl!, dbName);
    admin = new pg.Client({ connectionString: dbUrl });
    await admin.connect();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-kill-'));
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await admin?.end();
    const root = new pg.Client({ connectionString: postgresUrl });
    await root.connect();
    await root.query(`drop database if exists "${dbName}" with (force)`);
    await root.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'during an import confirm: after a restart the list is written whole or not at all, and confirms',
    { timeout: 180_000 },
    async () => {
      await start();
      const token = await login('referent@demo.test');
      const [platform] = await one<{ id: string }>(`select id from platform where name = 'PSAD du bassin de Bourges'`);
      const file = bigList(LIST_ROWS);
      const form = new FormData();
      form.append('campaign', '2026-S2');
      form.append('file', new Blob([file]), 'siei.csv');
      const uploaded = await fetch(`${base}/api/psad/platforms/${platform!.id}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(uploaded.status, await uploaded.clone().text()).toBeLessThan(300);
      const preview = (await uploaded.json()) as { importId: string; accepted: number };
      expect(preview.accepted).toBeGreaterThan(LIST_ROWS * 0.9);

      const confirming = fetch(`${base}/api/psad/imports/${preview.importId}/confirm`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      }).catch(() => null);
      // Killed while the confirm's writes run in the database: the moment its statements show in
      // pg_stat_activity (a fixed delay would land before or after them, depending on the machine).
      const writing = await untilConfirmWrites(15_000);
      await kill();
      await confirming;
      const restartMs = await start();
      const state = async () => {
        const [row] = await one<{ status: string }>(`select status from siei_import where id = $1`, [preview.importId]);
        const [cases] = await one<{ n: number }>(`select count(*)::int as n from psad_case where import_id = $1`, [
          preview.importId,
        ]);
        return { status: row!.status, cases: cases!.n };
      };
      const after = await state();
      // Whole or nothing: confirmed with every accepted row's case, or still a preview with none.
      expect([
        { status: 'CONFIRME', cases: after.cases },
        { status: 'PREVIEW', cases: 0 },
      ]).toContainEqual(after);
      expect(after.status === 'PREVIEW' || after.cases > 0).toBe(true);
      // Killed in the middle of its writes, the confirm cannot have committed.
      if (writing) expect(after).toEqual({ status: 'PREVIEW', cases: 0 });
      if (after.status === 'PREVIEW') {
        const again = await fetch(`${base}/api/psad/imports/${preview.importId}/confirm`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await login('referent@demo.test')}` },
        });
        expect(again.status, await again.clone().text()).toBe(200);
      }
      const final = await state();
      expect(final.status).toBe('CONFIRME');
      expect(final.cases).toBeGreaterThan(0);
      process.stdout.write(
        `[kill] import of ${preview.accepted} rows: killed ${writing ? 'during its writes' : 'before its writes were seen'}, ${after.status} after the kill (${after.cases} cases), served again ${restartMs} ms after the restart\n`,
      );
      await kill();
    },
  );

  it('during a document upload: no row, and no stored file once swept at start-up', { timeout: 180_000 }, async () => {
    await start();
    const token = await login('social@demo.test');
    const [organisation] = await one<{ id: string }>(
      `select id from organisation where name = 'Service social départemental du Cher'`,
    );
    const created = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: PARCOURS.create,
        variables: { p: personInput({ lastName: 'KILL' }), o: organisation!.id, m: 'Accompagnement' },
      }),
    });
    const personId = ((await created.json()) as { data: { createAccompaniedPerson: { id: string } } }).data
      .createAccompaniedPerson.id;

    // A multipart body sent in two halves: the server has started storing the file when it dies.
    const boundary = `----maillage${randomBytes(6).toString('hex')}`;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 * 1024 * 1024), Buffer.from('\n%%EOF\n')]);
    const head = Buffer.from(
      [
        `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nAttestation\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="category"\r\n\r\nATTESTATION\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ].join(''),
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const request = http.request(`${base}/api/parcours/persons/${personId}/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + pdf.length + tail.length,
      },
    });
    request.on('error', () => undefined);
    request.write(head);
    request.write(pdf.subarray(0, pdf.length / 2));
    await sleep(500);
    await kill();
    request.destroy();

    const documentsDir = path.join(dataDir, 'documents');
    const filesIn = (dir: string) =>
      fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.length > 2) : [];
    const leftBehind = filesIn(documentsDir);

    await start({ DOCUMENT_ORPHAN_MINUTES: '0' });
    const [rows] = await one<{ n: number }>(`select count(*)::int as n from locker_document where person_id = $1`, [
      personId,
    ]);
    expect(rows!.n).toBe(0);
    // The sweep runs as the app gets ready: give it a moment.
    const deadline = Date.now() + 10_000;
    while (filesIn(documentsDir).length > 0 && Date.now() < deadline) await sleep(200);
    expect(filesIn(documentsDir), 'stored files no document names').toEqual([]);
    process.stdout.write(`[kill] upload: ${leftBehind.length} file(s) left by the kill, none after the sweep\n`);
    await kill();
  });
});
