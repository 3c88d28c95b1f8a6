/**
 * Fuzz of every GraphQL operation (issue 15): each root query and mutation of the SDL is called by
 * every kind of user (and anonymously) with inputs drawn from its argument types (sdl-arbitraries.ts).
 * Whatever the input:
 * - no answer is a 5xx, and no error is INTERNAL;
 * - an answer with errors changed no table (checksums of every table but the ones an error writes
 *   by design: the audit trail and the sign-in throttle);
 * - no answer shows a personal record (case, young person, accompanied person, document, CLAS
 *   project or roster entry: an object with its id) that row-level security does not let that user
 *   read; an id only referred to (an audit event's subject) is not the record.
 *
 * `FUZZ_RUNS` inputs per operation (3 in the suite, 1,000 in `pnpm test:hard`), `FUZZ_SEED` to
 * replay a run (fixed in the suite, so CI is repeatable; the seed is printed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { sql } from 'drizzle-orm';
import { loadSchemaSource } from '../../src/core/graphql/plugin.js';
import { repoRoot } from '../../src/core/config.js';
import { loadActor } from '../../src/core/auth/authenticate.js';
import { withActorTx } from '../../src/core/db/actor-tx.js';
import { createTestApp, type TestApp } from '../harness.js';
import { createCase, ownerId } from '../../src/modules/psad/cases/test-fixtures.js';
import { content, M as CLAS } from '../../src/modules/clas/test-fixtures.js';
import { M as PARCOURS, personInput } from '../../src/modules/parcours/test-fixtures.js';
import { RUNS, SEED, rootOperations, type IdPool, type RootOperation } from './sdl-arbitraries.js';
import { changedTables, tableChecksum } from './table-checksum.js';

/** The demo users, with the role the permission snapshot names them by. */
const USERS = [
  ['admin@demo.test', 'admin'],
  ['referent@demo.test', 'PSAD_REFERENT'],
  ['referent.vierzon@demo.test', 'PSAD_REFERENT'],
  ['conseiller@demo.test', 'COUNSELLOR'],
  ['caf@demo.test', 'CAF_OFFICER'],
  ['porteur@demo.test', 'CLAS_HOLDER'],
  ['social@demo.test', 'SOCIAL_WORKER'],
  ['ccas@demo.test', 'SOCIAL_WORKER'],
  ['lecteur@demo.test', 'VIEWER'],
] as const;

/**
 * Who may call each root field, from the reviewed permission snapshot (core/permissions.test.ts):
 * most inputs come from a caller the field's guard lets in, so that they reach the services.
 */
function allowedRoles(): Map<string, (role: string) => boolean> {
  const snapshot = fs.readFileSync(path.join(repoRoot, 'server/src/core/permissions.snapshot.txt'), 'utf8');
  const out = new Map<string, (role: string) => boolean>();
  for (const match of snapshot.matchAll(/^(Query|Mutation)\.(\w+)\s+(\S+)$/gm)) {
    const policy = match[3]!;
    const roles = policy.startsWith('role:') ? policy.slice(5).split('|') : null;
    out.set(`${match[1]!.toLowerCase()} ${match[2]}`, (role) =>
      policy === 'public' || policy === 'signed-in'
        ? role !== 'anonymous'
        : roles
          ? roles.includes(role)
          : role === policy,
    );
  }
  return out;
}

/** The personal records whose ids an answer may hold only when row-level security shows them. */
const PERSONAL_TABLES = [
  'young_person',
  'psad_case',
  'accompanied_person',
  'locker_document',
  'clas_project',
  'clas_roster_entry',
] as const;

interface Caller {
  email: string;
  role: string;
  userId: string | null;
  token: string | null;
  /** When the token was issued: a full run outlasts an access token (renewed, see freshTokens). */
  signedInAt: number;
  visible: Set<string>;
}

/** The callers' accounts as seeded: what signs them in (e-mail, password) and keeps them signed in (active). */
let accounts: { id: string; email: string; password_hash: string }[] = [];

/**
 * Gives the callers back their accounts when an applied mutation took them (an administrator's
 * updateUser or setUserActive drawn with a caller's id: a new e-mail or password, deactivated), as the
 * owner: the run goes on with the same users, whose tokens stay valid and who can sign in again.
 */
async function restoreCallers(): Promise<void> {
  for (const a of accounts)
    await t.database.db.execute(
      sql`update app_user set email = ${a.email}, password_hash = ${a.password_hash}, active = true
          where id = ${a.id} and (email <> ${a.email} or password_hash <> ${a.password_hash} or not active)`,
    );
}

/** Renewed well before ACCESS_TOKEN_TTL_SECONDS (1 h here) runs out. */
const TOKEN_RENEWAL_MS = 20 * 60_000;

/**
 * Signs in again the callers whose token is getting old, between two calls: a full run takes longer
 * than a token lives, and an expired one would turn the rest of the run into UNAUTHENTICATED. A sign-in
 * writes (the user's last sign-in): the baseline of the tables is taken again after it.
 */
async function freshTokens(): Promise<void> {
  const stale = callers.filter((c) => c.token && Date.now() - c.signedInAt > TOKEN_RENEWAL_MS);
  if (stale.length === 0) return;
  await restoreCallers();
  for (const c of stale) {
    c.token = await t.login(c.email);
    c.signedInAt = Date.now();
  }
  baseline = await checksum();
}

let t: TestApp;
let callers: Caller[];
const pool: IdPool = { known: [] };
const operations: RootOperation[] = rootOperations(buildSchema(loadSchemaSource()), pool);
let allPersonal = new Set<string>();
let baseline = '';
const tally = { calls: 0, errors: new Map<string, number>(), mutationsApplied: 0 };

const checksum = () => tableChecksum(t.database.db);

/** What row-level security lets each caller read of the personal tables, and every personal id. */
async function refreshVisibility(): Promise<void> {
  const ids = async (run: (q: string) => Promise<{ id: string }[]>) => {
    const out = new Set<string>();
    for (const table of PERSONAL_TABLES)
      for (const row of await run(`select id::text as id from ${table}`)) out.add(row.id);
    return out;
  };
  allPersonal = await ids(async (q) => (await t.database.db.execute<{ id: string }>(sql.raw(q))).rows);
  for (const caller of callers) {
    const actor = caller.userId ? await loadActor(t.database.db, caller.userId, 'token') : null;
    caller.visible = actor
      ? await withActorTx(t.database.db, actor, 'read', (tx) =>
          ids(async (q) => (await tx.execute<{ id: string }>(sql.raw(q))).rows),
        )
      : new Set();
  }
}

/** The ids of the records an answer shows (objects with an id), not the ids it merely refers to (subjectId…). */
function recordIdsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) recordIdsIn(v, out);
  else if (value && typeof value === 'object') {
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string') out.push(id);
    for (const v of Object.values(value)) recordIdsIn(v, out);
  }
  return out;
}

beforeAll(async () => {
  // No background worker: a notification's fan-out would write in the middle of a checksum's before and after.
  t = await createTestApp({ ACCESS_TOKEN_TTL_SECONDS: '3600', JOB_WORKERS: 'off' });
  const platform = (name: string) => ownerId(t, sql`select id from platform where name = ${name}`);
  const bourges = await platform('PSAD du bassin de Bourges');
  const vierzon = await platform('PSAD du bassin de Vierzon');
  for (const [i, p] of [bourges, bourges, vierzon, vierzon].entries())
    await createCase(t, p, { lastName: `FUZZ${i}`, firstNames: 'Test', birthDate: '2009-03-0' + (i + 1) });

  callers = [];
  for (const [email, role] of USERS) {
    callers.push({
      email,
      role,
      userId: await ownerId(t, sql`select id from app_user where email = ${email}`),
      token: await t.login(email),
      signedInAt: Date.now(),
      visible: new Set(),
    });
  }
  accounts = (
    await t.database.db.execute<{ id: string; email: string; password_hash: string }>(
      sql`select id::text as id, email, password_hash from app_user
          where id in (${sql.join(
            callers.map((c) => sql`${c.userId}`),
            sql`, `,
          )})`,
    )
  ).rows;
  callers.push({
    email: 'anonyme',
    role: 'anonymous',
    userId: null,
    token: null,
    signedInAt: Date.now(),
    visible: new Set(),
  });
  const token = (email: string) => callers.find((c) => c.email === email)!.token;
  const org = (name: string) => ownerId(t, sql`select id from organisation where name = ${name}`);

  const project = await t.gql(token('porteur@demo.test'), CLAS.create, {
    o: await ownerId(
      t,
      sql`select m.organisation_id as id from membership m join app_user u on u.id = m.user_id where u.email = 'porteur@demo.test'`,
    ),
    c: content(),
  });
  expect(project.errors).toBeUndefined();
  for (const [email, name] of [
    ['social@demo.test', 'Service social départemental du Cher'],
    ['ccas@demo.test', 'CCAS de Bourges'],
  ] as const) {
    const person = await t.gql(token(email), PARCOURS.create, {
      p: personInput({ lastName: `FUZZ-${name.slice(0, 4)}` }),
      o: await org(name),
      m: 'Accompagnement',
    });
    expect(person.errors).toBeUndefined();
  }

  await refreshVisibility();
  pool.known = (
    await t.database.db.execute<{ id: string }>(
      sql`select id::text as id from psad_case union all select id::text from young_person
          union all select id::text from accompanied_person union all select id::text from clas_project
          union all select id::text from clas_group union all select id::text from platform
          union all select id::text from organisation union all select id::text from app_user
          union all select id::text from territory`,
    )
  ).rows.map((r) => r.id);
  baseline = await checksum();
  process.stdout.write(
    `[fuzz] ${operations.length} operations × ${RUNS} inputs, seed ${SEED}, ${callers.length} callers\n`,
  );
}, 120_000);

afterAll(async () => {
  const errors = [...tally.errors.entries()].map(([code, n]) => `${code} ${n}`).join(', ');
  process.stdout.write(
    `[fuzz] ${tally.calls} calls, ${tally.mutationsApplied} mutations applied; errors by code: ${errors}\n`,
  );
  await t?.close();
});

describe('fuzz of every operation from the SDL: no 5xx, no INTERNAL, no write on an error, no personal record beyond row-level security', () => {
  it('covers every root field of the SDL', () => {
    expect(operations.length).toBeGreaterThanOrEqual(80);
  });

  const allowed = allowedRoles();
  for (const op of operations) {
    it(`${op.kind} ${op.field}`, async () => {
      const mayCall = allowed.get(`${op.kind} ${op.field}`) ?? (() => false);
      const admitted = callers.filter((c) => mayCall(c.role));
      const caller = admitted.length
        ? fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...admitted) },
            { weight: 1, arbitrary: fc.constantFrom(...callers) },
          )
        : fc.constantFrom(...callers);
      await fc.assert(
        fc.asyncProperty(caller, op.variables, async (caller, variables) => {
          await freshTokens();
          const res = await t.app.inject({
            method: 'POST',
            url: '/graphql',
            headers: caller.token ? { authorization: `Bearer ${caller.token}` } : {},
            payload: { query: op.document, variables },
          });
          tally.calls += 1;
          const where = `${op.kind} ${op.field} as ${caller.email}`;
          expect(res.statusCode, `${where}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
          const body = res.json<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>();
          for (const error of body.errors ?? []) {
            const code = error.extensions?.code ?? 'NONE';
            tally.errors.set(code, (tally.errors.get(code) ?? 0) + 1);
            expect(code, `${where}: ${JSON.stringify(error).slice(0, 300)}`).not.toBe('INTERNAL');
            // A signed-in caller's token is always valid here: UNAUTHENTICATED would mean the run tested nothing.
            if (caller.token) expect(code, where).not.toBe('UNAUTHENTICATED');
          }
          const leaked = recordIdsIn(body.data).filter((s) => allPersonal.has(s) && !caller.visible.has(s));
          expect(leaked, `${where}: records beyond row-level security`).toEqual([]);
          if (body.errors?.length) {
            const after = await checksum();
            expect(changedTables(baseline, after), `${where}: an error left a write`).toEqual([]);
          } else if (op.kind === 'mutation') {
            tally.mutationsApplied += 1;
            await restoreCallers();
            baseline = await checksum();
            await refreshVisibility();
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }, 3_600_000);
  }
});
