/**
 * The generator at a tiny scale, on PGlite (and on PostgreSQL when DATABASE_URL is set): exact
 * counts, the same bytes for the same seed, every case a walk of the state machine, the columns
 * the import computes computed the same way, and the benchmark referent working through the app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  injoignableReached,
  searchKey,
  transition,
  type CaseAction,
  type CaseStatus,
  type CloseOutcome,
  type ContactAttemptFact,
  type ContactChannel,
  type ContactResult,
} from '@maillage/shared';
import type { Database } from '../../server/src/core/db/driver.js';
import { emptyDatabase } from './empty-database.js';
import { loadConfig } from '../../server/src/core/config.js';
import { buildApp } from '../../server/src/app.js';
import { matchKeyOf } from '../../server/src/modules/psad/import/normalise.js';
import { generate, GENERATED_TABLES, type Summary } from '../src/generate.js';
import { tableFingerprints } from '../src/fingerprint.js';
import { buildModel } from '../src/model.js';
import { sieiCsv } from '../src/siei-csv.js';

const TINY = { platforms: 3, users: 12, cases: 300, events: 1500 };
const SEED = 7;

const rows = async <T>(database: Database, query: string) =>
  (await database.db.execute<T & Record<string, unknown>>(sql.raw(query))).rows as T[];
const count = async (database: Database, query: string) => (await rows<{ n: number }>(database, query))[0]!.n;

describe(`bench generator (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let a: Awaited<ReturnType<typeof emptyDatabase>>;
  let b: Awaited<ReturnType<typeof emptyDatabase>>;
  let summary: Summary;

  beforeAll(async () => {
    a = await emptyDatabase();
    b = await emptyDatabase();
    summary = await generate({ database: a.database, seed: SEED, scale: TINY });
    await generate({ database: b.database, seed: SEED, scale: TINY });
  });
  afterAll(async () => {
    await a?.drop();
    await b?.drop();
  });

  it('loads exactly the rows asked for, and reports them', async () => {
    for (const table of GENERATED_TABLES) {
      expect(await count(a.database, `select count(*)::int as n from ${table}`), table).toBe(summary.rows[table]);
    }
    expect(summary.rows).toMatchObject({
      platform: 3,
      app_user: 12,
      membership: 12,
      young_person: 300,
      psad_case: 300,
      case_event: 1500,
    });
    const perPlatform = await rows<{ n: number }>(
      a.database,
      `select count(*)::int as n from psad_case group by platform_id order by 1 desc`,
    );
    expect(perPlatform.map((r) => r.n)).toEqual(summary.platforms.map((p) => p.cases));
    // Every foreign key holds (PostgreSQL loads with the triggers off).
    const fks = await rows<{ t: string; c: string; rt: string; rc: string }>(
      a.database,
      `select conrelid::regclass::text as t, a.attname as c, confrelid::regclass::text as rt, ra.attname as rc
       from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
       join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1] where k.contype = 'f'`,
    );
    expect(fks.length).toBeGreaterThan(10);
    for (const fk of fks) {
      const orphans = await count(
        a.database,
        `select count(*)::int as n from ${fk.t} x where x.${fk.c} is not null and not exists (select 1 from ${fk.rt} y where y.${fk.rc} = x.${fk.c})`,
      );
      expect(orphans, `${fk.t}.${fk.c}`).toBe(0);
    }
  });

  it('gives the same bytes for the same seed, others for another seed', async () => {
    expect(await tableFingerprints(b.database)).toEqual(await tableFingerprints(a.database));
    const text = (seed: number) => buildModel(seed, TINY).bulk.batches(1000).next().value!.text.join('');
    expect(text(SEED)).toBe(text(SEED));
    expect(text(SEED + 1)).not.toBe(text(SEED));
  });

  it('makes every case a walk of the state machine, with the timestamps it sets', async () => {
    type Stamp = Date | string | null;
    type CaseRecord = {
      id: string;
      version: number;
      status: CaseStatus;
      close_comment: string | null;
      close_outcome: CloseOutcome | null;
      assigned_organisation_id: string | null;
    } & Record<
      | 'created_at'
      | 'updated_at'
      | 'assigned_at'
      | 'first_attempt_at'
      | 'last_attempt_at'
      | 'reached_at'
      | 'solution_at'
      | 'closed_at',
      Stamp
    >;
    type EventData = {
      from: CaseStatus;
      to: CaseStatus;
      outcome?: CloseOutcome;
      channel: ContactChannel;
      result: ContactResult;
    };
    const cases = await rows<CaseRecord>(a.database, `select * from psad_case`);
    const events = await rows<{ case_id: string; kind: string; occurred_at: Date; data: EventData }>(
      a.database,
      `select case_id, kind, occurred_at, data from case_event order by case_id, occurred_at, id`,
    );
    const attempts = await rows<{
      case_id: string;
      attempted_at: Date;
      channel: ContactChannel;
      result: ContactResult;
    }>(a.database, `select case_id, attempted_at, channel, result from contact_attempt order by attempted_at`);
    const byCase = <T extends { case_id: string }>(list: T[]) =>
      list.reduce((m, x) => m.set(x.case_id, [...(m.get(x.case_id) ?? []), x]), new Map<string, T[]>());
    const eventsOf = byCase(events);
    const attemptsOf = byCase(attempts);
    const time = (v: unknown) => (v === null ? null : new Date(v as string).getTime());
    const statuses = new Set<string>();
    for (const c of cases) {
      const evs = eventsOf.get(c.id) ?? [];
      expect(evs[0]?.kind).toBe('CREATED');
      expect(c.version).toBe(evs.length);
      let status: CaseStatus = 'A_TRAITER';
      const seen: ContactAttemptFact[] = [];
      let hasSolution = false;
      for (const e of evs.slice(1)) {
        const action: CaseAction = (
          {
            assign: { type: 'ASSIGN' },
            reassign: { type: 'REASSIGN' },
            contact_attempt: { type: 'CONTACT_ATTEMPT' },
            situation_check: { type: 'SITUATION_CHECK' },
            solution: { type: 'RECORD_SOLUTION' },
            close: { type: 'CLOSE', outcome: e.data.outcome, comment: c.close_comment },
          } as Record<string, CaseAction>
        )[e.kind]!;
        const result = transition({ status, attempts: seen, hasSolution }, action);
        expect(result, `${c.id} ${e.kind} from ${status}`).toMatchObject({ ok: true, status: e.data.to });
        expect(e.data.from).toBe(status);
        status = e.data.to;
        if (e.kind === 'contact_attempt')
          seen.push({ date: new Date(e.occurred_at), channel: e.data.channel, result: e.data.result });
        if (e.kind === 'solution') hasSolution = true;
      }
      expect(c.status).toBe(status);
      statuses.add(status);
      const mine = attemptsOf.get(c.id) ?? [];
      expect(mine.length).toBe(seen.length);
      const at = mine.map((x) => time(x.attempted_at)!);
      expect(time(c.first_attempt_at)).toBe(at.length ? Math.min(...at) : null);
      expect(time(c.last_attempt_at)).toBe(at.length ? Math.max(...at) : null);
      const joint = mine.filter((x) => x.result === 'JOINT').map((x) => time(x.attempted_at)!);
      expect(time(c.reached_at)).toBe(joint.length ? Math.min(...joint) : null);
      expect(c.assigned_at === null).toBe(c.assigned_organisation_id === null);
      expect(c.solution_at !== null).toBe(hasSolution);
      expect(c.closed_at !== null).toBe(c.status === 'CLOS');
      expect(c.close_outcome !== null).toBe(c.status === 'CLOS');
      if (c.close_outcome === 'INJOIGNABLE')
        expect(
          injoignableReached(
            mine.map((x) => ({ date: new Date(x.attempted_at), channel: x.channel, result: x.result })),
          ),
        ).toBe(true);
      const order = [c.created_at, c.assigned_at, c.first_attempt_at, c.last_attempt_at, c.solution_at, c.closed_at]
        .map(time)
        .filter((x) => x !== null);
      expect(order).toEqual([...order].sort((x, y) => x - y));
      expect(time(c.updated_at)).toBe(time(evs[evs.length - 1]!.occurred_at));
      expect(time(c.updated_at)!).toBeLessThan(Date.now());
    }
    expect([...statuses].sort()).toEqual(['AFFECTE', 'A_TRAITER', 'CLOS', 'EN_COURS', 'SOLUTION']);
  });

  it('computes match_key and search_text as the import does', async () => {
    const people = await rows<{
      ine: string | null;
      last_name: string;
      first_names: string;
      birth_date: string | Date;
      match_key: string;
      search_text: string;
    }>(
      a.database,
      `select ine, last_name, first_names, birth_date::text as birth_date, match_key, search_text from young_person`,
    );
    for (const y of people) {
      expect(y.match_key).toBe(matchKeyOf(y.last_name, y.first_names, String(y.birth_date)));
      expect(y.search_text).toBe(searchKey([y.last_name, y.first_names, y.ine ?? ''].join(' ')));
    }
  });

  it('lets the benchmark referent sign in, list the platform and preview a SIEI list that merges', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-'));
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SERVE_WEB: 'off', LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, database: a.database });
    try {
      await app.ready();
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: summary.users.referent, password: summary.users.password },
      });
      expect(login.statusCode).toBe(200);
      const token = login.json().accessToken as string;
      const largest = summary.platforms[0]!;
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${token}` },
        payload: {
          query: `query($p: ID!) { cases(platformId: $p, first: 50) { totalCount nodes { id status youngPerson { lastName } } } }`,
          variables: { p: largest.id },
        },
      });
      const body = res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.cases.totalCount).toBe(largest.cases);
      expect(body.data.cases.nodes).toHaveLength(Math.min(50, largest.cases));

      const csv = sieiCsv({ seed: SEED, scale: TINY, rows: 200 });
      expect(csv.platformId).toBe(largest.id);
      const boundary = 'benchboundary';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="campaign"\r\n\r\n2027-S1\r\n`),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="siei.csv"\r\nContent-Type: text/csv\r\n\r\n`,
        ),
        csv.content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const preview = await app.inject({
        method: 'POST',
        url: `/api/psad/platforms/${largest.id}/imports`,
        headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      expect(preview.statusCode, preview.body).toBe(200);
      const report = preview.json();
      expect({
        total: report.total,
        accepted: report.accepted,
        merged: report.merged,
        rejected: report.rejected.length,
        duplicatesInFile: report.duplicatesInFile,
      }).toEqual(csv.expected);
      expect(csv.expected.merged).toBe(20);
      expect(report.warnings).toBe(0);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
