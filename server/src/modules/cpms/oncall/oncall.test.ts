import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { loadActor } from '../../../core/auth/authenticate.js';
import { withActorTx } from '../../../core/db/actor-tx.js';
import { FANOUT_JOB } from '../../notifications/events.js';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';
import { raiseOncallReminders } from './reminders.js';

/*
 * The 24/7 line through its GraphQL and REST surface, on the demo pool of Liège 1 and Seraing: who reads
 * and writes what (row-level security, both databases), the draft's gap refused at publication, the
 * daylight-saving nights, swaps, « qui est d'astreinte ? » for the switchboard's key, reminders, calls.
 */

let t: TestApp;
type Who = 'dir' | 'dirSeraing' | 'agent' | 'agent3' | 'ecole' | 'dco' | 'admin' | 'caf';
const EMAILS: Record<Who, string> = {
  dir: 'direction.cpms@demo.test',
  dirSeraing: 'direction.seraing@demo.test',
  agent: 'agent.cpms@demo.test',
  agent3: 'agent3.cpms@demo.test',
  ecole: 'direction.ecole@demo.test',
  dco: 'dco@demo.test',
  admin: 'admin@demo.test',
  caf: 'caf@demo.test',
};
const tok = {} as Record<Who, string>;
const user = {} as Record<Who, string>;
const id: Record<string, string> = {};

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql<Record<string, any>>(tok[w], q, v); // eslint-disable-line @typescript-eslint/no-explicit-any
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

async function asUser<R extends Record<string, unknown>>(who: Who, q: ReturnType<typeof sql>, mode: 'read' | 'write') {
  const actor = (await loadActor(t.database.db, user[who], 'token'))!;
  return withActorTx(t.database.db, actor, mode, async (tx) => (await tx.execute<R>(q)).rows);
}
async function sqlError(who: Who, q: ReturnType<typeof sql>): Promise<string> {
  try {
    await asUser(who, q, 'write');
  } catch (err) {
    const e = ((err as { cause?: unknown }).cause ?? err) as { code?: string };
    return e.code ?? 'error';
  }
  return 'no error';
}

/** The Monday (Brussels) `n` weeks from this one. */
const monday = (n: number) => DateTime.now().setZone('Europe/Brussels').startOf('week').plus({ weeks: n }).toISODate()!;

const POOL = `id name canDirect maxShiftMinutes minRestMinutes version cpms { name }`;

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off' });
  for (const w of Object.keys(EMAILS) as Who[]) {
    tok[w] = await t.login(EMAILS[w]);
    user[w] = await ownerId(t, sql`select id from app_user where email = ${EMAILS[w]}`);
  }
  id.pool = await ownerId(t, sql`select id from oncall_pool`);
  id.agent2 = await ownerId(t, sql`select id from app_user where email = 'agent2.cpms@demo.test'`);
  id.agent4 = await ownerId(t, sql`select id from app_user where email = 'agent4.cpms@demo.test'`);
});
afterAll(() => t.close());

describe('who reads and writes a pool (row-level security)', () => {
  it('the agents and directors of both member CPMS read the pool; a school head, the DCO, a CAF officer do not', async () => {
    for (const w of ['dir', 'dirSeraing', 'agent', 'agent3'] as const) {
      const res = await gql(w, `{ oncallPools { ${POOL} } }`);
      expect(res.data.oncallPools, w).toHaveLength(1);
      expect(res.data.oncallPools[0].cpms.map((c: { name: string }) => c.name)).toEqual([
        'Centre PMS de Liège 1',
        'Centre PMS de Seraing',
      ]);
      expect(res.data.oncallPools[0].canDirect, w).toBe(w.startsWith('dir'));
    }
    expect(code(await gql('ecole', '{ oncallPools { id } }'))).toBe('FORBIDDEN');
    expect(code(await gql('dco', '{ oncallPools { id } }'))).toBe('FORBIDDEN');
    for (const w of ['ecole', 'dco', 'caf'] as const) {
      expect(await asUser(w, sql`select id from oncall_shift`, 'read'), w).toEqual([]);
      expect(await asUser(w, sql`select id from oncall_call`, 'read'), w).toEqual([]);
      expect(await asUser(w, sql`select * from app_oncall_people(${id.pool}::uuid)`, 'read'), w).toEqual([]);
    }
    expect((await asUser('agent', sql`select id from oncall_call`, 'read')).length).toBeGreaterThan(0);
  });

  it('an agent cannot write the rota nor log a call in another name; a director can write the rota', async () => {
    const insert = sql`insert into oncall_shift (pool_id, starts_at, ends_at, agent_id, backup_id)
      values (${id.pool}, '2032-01-01T07:00:00Z', '2032-01-01T19:00:00Z', ${user.agent}, ${id.agent2})`;
    expect(await sqlError('agent', insert)).toBe('42501');
    expect(await sqlError('ecole', insert)).toBe('42501');
    expect(await sqlError('agent', sql`update oncall_shift set agent_id = ${user.agent} returning id`)).toBe(
      'no error',
    );
    expect(await asUser('agent', sql`update oncall_shift set agent_id = ${user.agent} returning id`, 'write')).toEqual(
      [],
    );
    expect(
      await sqlError(
        'agent',
        sql`insert into oncall_call (pool_id, received_at, caller_kind, category, urgency, action, logged_by)
            values (${id.pool}, now(), 'PARENT', 'AUTRE', 'FAIBLE', 'Écoute', ${user.agent3})`,
      ),
    ).toBe('42501');
    expect(await asUser('dirSeraing', sql`${insert} returning id`, 'write')).toHaveLength(1);
  });
});

describe('the draft period of the demo: one gap, refused at publication, fixed, published', () => {
  const CHECK = `query($id: ID!, $f: Date!, $to: Date!) { oncallPool(id: $id) { check(from: $f, to: $to) {
    issues { kind startsAt endsAt person { displayName } } coveredMinutes periodMinutes } } }`;
  const PUBLISH = `mutation($i: PublishOncallPeriodInput!) { publishOncallPeriod(input: $i) { published } }`;

  it('lists the gap with its Brussels dates and refuses publication (CONFLICT with the list)', async () => {
    const from = monday(2);
    const to = monday(4);
    const check = (await gql('dir', CHECK, { id: id.pool, f: from, to })).data.oncallPool.check;
    const wednesday = DateTime.fromISO(from, { zone: 'Europe/Brussels' }).plus({ days: 2 });
    expect(check.issues).toEqual([
      {
        kind: 'SANS_AGENT',
        startsAt: wednesday.set({ hour: 8 }).toUTC().toISO({ suppressMilliseconds: false }),
        endsAt: wednesday.set({ hour: 20 }).toUTC().toISO(),
        person: null,
      },
    ]);
    expect(check.periodMinutes - check.coveredMinutes).toBe(12 * 60);
    const refused = await gql('dir', PUBLISH, { i: { poolId: id.pool, from, to } });
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.extensions.reason).toBe('RULE_REFUSED');
    expect(refused.errors![0]!.extensions.fields).toEqual([
      {
        path: 'issues.0',
        message: `Aucun agent d’astreinte du ${wednesday.toFormat('dd/MM/yyyy')} 08:00 au ${wednesday.toFormat('dd/MM/yyyy')} 20:00`,
      },
    ]);
    // An agent may not publish at all.
    expect(code(await gql('agent', PUBLISH, { i: { poolId: id.pool, from, to } }))).toBe('FORBIDDEN');

    const added = await gql(
      'dir',
      `mutation($i: CreateOncallShiftInput!) { createOncallShift(input: $i) { id minutes crossesDstChange status } }`,
      {
        i: {
          poolId: id.pool,
          startsAt: wednesday.set({ hour: 8 }).toUTC().toISO(),
          endsAt: wednesday.set({ hour: 20 }).toUTC().toISO(),
          agentId: user.agent,
          backupId: id.agent2,
        },
      },
    );
    expect(added.data.createOncallShift).toMatchObject({ minutes: 720, crossesDstChange: false, status: 'BROUILLON' });
    const published = await gql('dir', PUBLISH, { i: { poolId: id.pool, from, to } });
    expect(published.errors).toBeUndefined();
    expect(published.data.publishOncallPeriod.published).toBe(28);
  });
});

describe('the rota across the daylight-saving changes', () => {
  const GEN = `mutation($i: GenerateOncallWeeksInput!) { generateOncallWeeks(input: $i) { id startsAt minutes crossesDstChange } }`;
  it.each([
    ['2027-03-28', 11 * 60],
    ['2027-10-31', 13 * 60],
    ['2028-03-26', 11 * 60],
    ['2028-10-29', 13 * 60],
  ])('the night before %s lasts %i minutes, the week is covered without gap', async (sunday, minutes) => {
    const res = await gql('dir', GEN, { i: { poolId: id.pool, firstWeek: sunday, weeks: 1 } });
    expect(res.errors).toBeUndefined();
    const flagged = res.data.generateOncallWeeks.filter((s: { crossesDstChange: boolean }) => s.crossesDstChange);
    expect(flagged).toHaveLength(1);
    expect(flagged[0].minutes).toBe(minutes);
    const tuesday = DateTime.fromISO(sunday).minus({ days: 5 }).toISODate();
    const check = await gql(
      'dir',
      `query($id: ID!, $f: Date!, $to: Date!) { oncallPool(id: $id) { check(from: $f, to: $to) { issues { kind } coveredMinutes periodMinutes } } }`,
      { id: id.pool, f: tuesday, to: sunday },
    );
    expect(check.data.oncallPool.check.issues).toEqual([]);
    expect(check.data.oncallPool.check.coveredMinutes).toBe(check.data.oncallPool.check.periodMinutes);
  });
});

describe('swaps', () => {
  const PROPOSE = `mutation($i: ProposeOncallSwapInput!) { proposeOncallSwap(input: $i) { id version status } }`;
  const DECIDE = `mutation($i: DecideOncallSwapInput!) { decideOncallSwap(input: $i) { id status shift { agent { id } } } }`;
  it('an approval that would leave the new agent without rest is refused with the breach; a fitting one changes the rota', async () => {
    const [day] = await ownerRows<{ id: string }>(
      t,
      sql`select id from oncall_shift where pool_id = ${id.pool} and agent_id = ${user.agent}
          and starts_at > now() + interval '1 day' and status = 'PUBLIE' order by starts_at limit 1`,
    );
    // agent3 holds the night before: taking the day after it leaves no rest.
    const bad = await gql('agent', PROPOSE, { i: { shiftId: day!.id, role: 'AGENT', toUserId: user.agent3 } });
    expect(bad.errors).toBeUndefined();
    expect(
      code(await gql('agent3', DECIDE, { i: { swapId: bad.data.proposeOncallSwap.id, approve: true, version: 1 } })),
    ).toBe('FORBIDDEN');
    const refused = await gql('dir', DECIDE, {
      i: { swapId: bad.data.proposeOncallSwap.id, approve: true, version: 1 },
    });
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.extensions.fields![0]!.message).toMatch(/^Repos insuffisant/);
    // Someone else's shift cannot be handed by an agent who does not hold it.
    expect(
      code(await gql('agent3', PROPOSE, { i: { shiftId: day!.id, role: 'AGENT', toUserId: user.dirSeraing } })),
    ).toBe('BAD_USER_INPUT');
    const good = await gql('agent', PROPOSE, { i: { shiftId: day!.id, role: 'AGENT', toUserId: user.dirSeraing } });
    const approved = await gql('dirSeraing', DECIDE, {
      i: { swapId: good.data.proposeOncallSwap.id, approve: true, version: 1 },
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.decideOncallSwap).toMatchObject({
      status: 'APPROUVE',
      shift: { agent: { id: user.dirSeraing } },
    });
  });
});

describe('« qui est d’astreinte ? » for the switchboard’s key', () => {
  it('answers the agent and backup with their phones at an instant, audits each read, and shows nothing to another key', async () => {
    const service = await ownerId(t, sql`select id from app_user where email = 'standard.cpms@demo.test'`);
    const key = await t.gql<{ createApiKey: { secret: string } }>(
      tok.admin,
      'mutation($u: ID!, $e: Date!) { createApiKey(input: { userId: $u, name: "Standard", scopes: ["cpms:oncall:read"], expiresOn: $e }) { secret } }',
      { u: service, e: DateTime.now().plus({ days: 30 }).toISODate() },
    );
    expect(key.errors).toBeUndefined();
    const secret = key.data.createApiKey.secret;
    const night = DateTime.now().setZone('Europe/Brussels').startOf('day').plus({ days: 1, hours: 23 });
    const get = (at: string, k = secret) =>
      t.app.inject({
        method: 'GET',
        url: `/api/cpms/pools/${id.pool}/on-call?at=${encodeURIComponent(at)}`,
        headers: { 'x-api-key': k },
      });
    const res = await get(night.toISO()!);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      agent: { id: user.agent3, displayName: expect.any(String), phone: '+32 471 22 33 44' },
      backup: { id: id.agent4, phone: '+32 471 55 66 77' },
    });
    const [audit] = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_event where action = 'oncall.on_call_read' and actor_id = ${service}`,
    );
    expect(audit!.n).toBe(1);
    expect((await get('demain')).statusCode).toBe(400);
    // The same question in GraphQL, for an agent.
    const q = await gql(
      'agent',
      'query($p: ID!, $at: DateTime) { cpmsOnCall(poolId: $p, at: $at) { agent { id phone } backup { id } } }',
      {
        p: id.pool,
        at: night.toISO(),
      },
    );
    expect(q.data.cpmsOnCall).toEqual({
      agent: { id: user.agent3, phone: '+32 471 22 33 44' },
      backup: { id: id.agent4 },
    });
    // A service account of another organisation sees no pool.
    const other = await ownerRows<{ id: string }>(
      t,
      sql`select u.id from app_user u join membership m on m.user_id = u.id
          where 'SERVICE_ACCOUNT' = any (m.roles) and u.email <> 'standard.cpms@demo.test' limit 1`,
    );
    if (other[0]) {
      const otherKey = await t.gql<{ createApiKey: { secret: string } }>(
        tok.admin,
        'mutation($u: ID!, $e: Date!) { createApiKey(input: { userId: $u, name: "Autre", scopes: ["cpms:oncall:read"], expiresOn: $e }) { secret } }',
        { u: other[0].id, e: DateTime.now().plus({ days: 30 }).toISODate() },
      );
      expect((await get(night.toISO()!, otherKey.data.createApiKey.secret)).statusCode).toBe(404);
    }
  });
});

describe('reminders and calls', () => {
  it('reminds the agent and the backup of a published shift once, ahead of it', async () => {
    const before = await raiseOncallReminders(t.app.services);
    expect(before).toBeGreaterThan(0);
    expect(await raiseOncallReminders(t.app.services)).toBe(0);
    const jobs = await ownerRows<{ kind: string }>(
      t,
      sql`select data->>'kind' as kind from pgboss.job where name = ${FANOUT_JOB} and data->>'kind' = 'ONCALL_SHIFT_SOON'`,
    );
    expect(jobs).toHaveLength(before);
  });

  it('logs a call without any caller identity and counts it by category and hour (Brussels)', async () => {
    const month = DateTime.now().setZone('Europe/Brussels').toFormat('yyyy-MM');
    const STATS = `query($id: ID!, $m: String!) { oncallPool(id: $id) { callStats(month: $m) { total byCategory { category count } byHour { hour count } } calls(month: $m) { id } } }`;
    const before = (await gql('agent', STATS, { id: id.pool, m: month })).data.oncallPool.callStats;
    const at = DateTime.now().setZone('Europe/Brussels').startOf('month').set({ hour: 3 });
    const logged = await gql(
      'agent3',
      `mutation($i: LogOncallCallInput!) { logOncallCall(input: $i) { id category referredCpms { name } followUpDue } }`,
      {
        i: {
          poolId: id.pool,
          receivedAt: at.toUTC().toISO(),
          callerKind: 'ELEVE',
          category: 'SANTE',
          urgency: 'MOYENNE',
          action: 'Écoute, conseils',
        },
      },
    );
    expect(logged.errors).toBeUndefined();
    const after = (await gql('agent', STATS, { id: id.pool, m: month })).data.oncallPool.callStats;
    expect(after.total).toBe(before.total + 1);
    expect(after.byHour[3].count).toBe(before.byHour[3].count + 1);
    expect(code(await gql('ecole', STATS, { id: id.pool, m: month }))).toBe('FORBIDDEN');
  });

  it('refuses a call whose text holds a date of birth or a national number, at its field, and writes nothing', async () => {
    const [before] = await ownerRows<{ n: number }>(t, sql`select count(*)::int as n from oncall_call`);
    for (const action of ['Élève né le 12/03/2012, écoute', 'Parent, NN 12.03.12-123.45 donné, rappel']) {
      const res = await gql('agent3', `mutation($i: LogOncallCallInput!) { logOncallCall(input: $i) { id } }`, {
        i: {
          poolId: id.pool,
          receivedAt: new Date().toISOString(),
          callerKind: 'PARENT',
          category: 'FAMILLE',
          urgency: 'FAIBLE',
          action,
        },
      });
      expect(code(res), action).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.fields?.[0]?.path).toBe('input.action');
    }
    const [after] = await ownerRows<{ n: number }>(t, sql`select count(*)::int as n from oncall_call`);
    expect(after!.n).toBe(before!.n);
  });
});

describe('a swap withdrawn by whoever proposed it', () => {
  it('only the proposer withdraws, only while undecided; a director can no longer decide it', async () => {
    const [shift] = await ownerRows<{ id: string }>(
      t,
      sql`select id from oncall_shift where pool_id = ${id.pool} and backup_id = ${id.agent4}
          and starts_at > now() + interval '1 day' order by starts_at limit 1`,
    );
    const tok4 = await t.login('agent4.cpms@demo.test');
    const proposed = await t.gql<{ proposeOncallSwap: { id: string; version: number } }>(
      tok4,
      `mutation($i: ProposeOncallSwapInput!) { proposeOncallSwap(input: $i) { id version } }`,
      { i: { shiftId: shift!.id, role: 'BACKUP', toUserId: user.agent } },
    );
    expect(proposed.errors).toBeUndefined();
    const swapId = proposed.data.proposeOncallSwap.id;
    const WITHDRAW = `mutation($i: WithdrawOncallSwapInput!) { withdrawOncallSwap(input: $i) { id status version } }`;
    expect(code(await gql('agent', WITHDRAW, { i: { swapId, version: 1 } }))).toBe('FORBIDDEN');
    expect(code(await t.gql(tok4, WITHDRAW, { i: { swapId, version: 7 } }))).toBe('CONFLICT');
    const withdrawn = await t.gql<{ withdrawOncallSwap: { status: string; version: number } }>(tok4, WITHDRAW, {
      i: { swapId, version: 1 },
    });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.withdrawOncallSwap).toMatchObject({ status: 'ANNULE', version: 2 });
    const decided = await gql('dir', `mutation($i: DecideOncallSwapInput!) { decideOncallSwap(input: $i) { id } }`, {
      i: { swapId, approve: true, version: 2 },
    });
    expect(code(decided)).toBe('CONFLICT');
    expect(code(await t.gql(tok4, WITHDRAW, { i: { swapId, version: 2 } }))).toBe('CONFLICT');
  });
});

describe('the week’s templates and the on-call phones, written by the directors', () => {
  const POOL_TEMPLATES = `query($id: ID!) { oncallPool(id: $id) { version templates { weekday startTime endTime agent { id } backup { id } } people { id phone } } }`;
  const REPLACE = `mutation($i: ReplaceOncallTemplatesInput!) { replaceOncallTemplates(input: $i) { version templates { weekday startTime endTime } } }`;
  const PHONE = `mutation($i: SetOncallPhoneInput!) { setOncallPhone(input: $i) { id phone } }`;

  it('replaces the whole week under the pool’s version, refuses an unknown agent at its row, and the weeks follow', async () => {
    const before = (await gql('dir', POOL_TEMPLATES, { id: id.pool })).data.oncallPool;
    const week = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, startTime: '07:00', endTime: '19:00', agentId: user.agent, backupId: id.agent2 },
      { weekday, startTime: '19:00', endTime: '07:00', agentId: user.agent3, backupId: id.agent4 },
    ]);
    expect(
      code(await gql('agent', REPLACE, { i: { poolId: id.pool, version: before.version, templates: week } })),
    ).toBe('FORBIDDEN');
    const unknown = await gql('dir', REPLACE, {
      i: {
        poolId: id.pool,
        version: before.version,
        templates: [{ ...week[0], agentId: user.ecole }, ...week.slice(1)],
      },
    });
    expect(code(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions.fields).toEqual([
      { path: 'input.templates.0.agentId', message: 'agent inconnu du pool' },
    ]);
    const own = await gql('dir', REPLACE, {
      i: { poolId: id.pool, version: before.version, templates: [{ ...week[0], backupId: user.agent }] },
    });
    expect(own.errors![0]!.extensions.fields![0]!.path).toBe('input.templates.0.backupId');
    expect((await gql('dir', POOL_TEMPLATES, { id: id.pool })).data.oncallPool.templates).toEqual(before.templates);

    const replaced = await gql('dir', REPLACE, { i: { poolId: id.pool, version: before.version, templates: week } });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.replaceOncallTemplates.version).toBe(before.version + 1);
    expect(replaced.data.replaceOncallTemplates.templates).toHaveLength(14);
    expect(replaced.data.replaceOncallTemplates.templates[1]).toEqual({
      weekday: 1,
      startTime: '19:00',
      endTime: '07:00',
    });
    // A second director still holding the old version is told to reload.
    expect(
      code(await gql('dirSeraing', REPLACE, { i: { poolId: id.pool, version: before.version, templates: [] } })),
    ).toBe('CONFLICT');
    const generated = await gql(
      'dir',
      `mutation($i: GenerateOncallWeeksInput!) { generateOncallWeeks(input: $i) { startsAt minutes } }`,
      { i: { poolId: id.pool, firstWeek: '2029-06-04', weeks: 1 } },
    );
    expect(generated.errors).toBeUndefined();
    expect(generated.data.generateOncallWeeks).toHaveLength(14);
    expect(generated.data.generateOncallWeeks[0]).toEqual({ startsAt: '2029-06-04T05:00:00.000Z', minutes: 720 });
  });

  it('sets and clears an agent’s phone, which the switchboard then reads; the audit never holds the number', async () => {
    const set = await gql('dir', PHONE, { i: { poolId: id.pool, userId: id.agent2, onCallPhone: '+32 470 98 76 54' } });
    expect(set.errors).toBeUndefined();
    expect(set.data.setOncallPhone).toEqual({ id: id.agent2, phone: '+32 470 98 76 54' });
    const people = (await gql('agent3', POOL_TEMPLATES, { id: id.pool })).data.oncallPool.people;
    expect(people.find((p: { id: string }) => p.id === id.agent2).phone).toBe('+32 470 98 76 54');
    const bad = await gql('dir', PHONE, { i: { poolId: id.pool, userId: id.agent2, onCallPhone: 'appeler Marc' } });
    expect(bad.errors![0]!.extensions.fields).toEqual([
      { path: 'input.onCallPhone', message: 'numéro de téléphone invalide' },
    ]);
    expect(
      code(await gql('agent', PHONE, { i: { poolId: id.pool, userId: user.agent, onCallPhone: '0470 11 22 33' } })),
    ).toBe('FORBIDDEN');
    expect(
      code(await gql('dir', PHONE, { i: { poolId: id.pool, userId: user.ecole, onCallPhone: '0470 11 22 33' } })),
    ).toBe('BAD_USER_INPUT');
    const cleared = await gql('dir', PHONE, { i: { poolId: id.pool, userId: id.agent2, onCallPhone: '' } });
    expect(cleared.data.setOncallPhone.phone).toBeNull();
    const audits = await ownerRows<{ details: unknown }>(
      t,
      sql`select details from audit_event where action = 'oncall_phone.set'`,
    );
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toMatch(/470/);
  });
});
