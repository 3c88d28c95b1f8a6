/**
 * API keys as an integrator meets them (issue 20): scopes, the organisations and platforms a key acts
 * for, expiry, two keys at once to rotate, a rate limit of its own, and its use counted per operation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type GqlResult, type TestApp } from '../../../test/harness.js';
import { todayInParis } from '../../core/paris-day.js';
import { createCase, ownerId, ownerRows } from '../psad/cases/test-fixtures.js';

let t: TestApp;
let admin: string;
const id = {} as Record<
  'bourges' | 'vierzon' | 'mlds' | 'ml' | 'service' | 'bourgesCase' | 'vierzonCase' | 'mlCase',
  string
>;
const inDays = (n: number) => todayInParis(new Date(Date.now() + n * 86_400_000));

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;

async function issue(input: Record<string, unknown>): Promise<{ secret: string; id: string }> {
  const res = await t.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(admin, CREATE, {
    input: { userId: id.service, expiresOn: inDays(30), ...input },
  });
  expect(res.errors).toBeUndefined();
  return { secret: res.data.createApiKey.secret, id: res.data.createApiKey.apiKey.id };
}

const revoke = (keyId: string) => t.gql(admin, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: keyId });

async function call<T = Record<string, unknown>>(
  secret: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-key': secret },
    payload: { query, variables },
  });
  return Object.assign(res.json<GqlResult<T>>(), { status: res.statusCode, headers: res.headers });
}

const denialsOf = (keyUser: string) =>
  ownerRows<{ action: string; reason: string }>(
    t,
    sql`select action, details->>'policy' as reason from audit_event
        where actor_id = ${keyUser}::uuid and outcome = 'DENIED' order by id`,
  );

const signal = (platformId: string, lastName: string) => ({
  input: {
    platformId,
    sourceKind: 'MISSION_LOCALE',
    lastName,
    firstNames: 'Alex',
    birthDate: '2008-03-04',
  },
});
const SIGNAL = 'mutation($input: SignalInput!) { signalYoungPerson(input: $input) { matched } }';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.test');
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzon = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.mlds = await ownerId(t, sql`select id from organisation where name = 'MLDS du Cher'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  // The MLDS's information system: a service account that counsels for the MLDS and the Mission Locale.
  const created = await t.gql<{ createUser: { id: string } }>(
    admin,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        email: 'si.mlds@demo.test',
        displayName: 'SI de la MLDS',
        password: 'un-mot-de-passe-de-service',
        memberships: [
          { organisationId: id.mlds, roles: ['SERVICE_ACCOUNT', 'COUNSELLOR'] },
          { organisationId: id.ml, roles: ['SERVICE_ACCOUNT', 'COUNSELLOR'] },
        ],
      },
    },
  );
  expect(created.errors).toBeUndefined();
  id.service = created.data.createUser.id;
  const person = { lastName: 'CLÉMENT', firstNames: 'Noa', birthDate: '2008-01-02' };
  id.bourgesCase = (
    await createCase(t, id.bourges, person, { status: 'AFFECTE', assignedOrganisationId: id.mlds })
  ).caseId;
  id.vierzonCase = (
    await createCase(t, id.vierzon, person, { status: 'AFFECTE', assignedOrganisationId: id.mlds })
  ).caseId;
  id.mlCase = (
    await createCase(
      t,
      id.bourges,
      { ...person, firstNames: 'Lou' },
      { status: 'AFFECTE', assignedOrganisationId: id.ml },
    )
  ).caseId;
});
afterAll(() => t?.close());

describe('a key scoped to one platform’s signals and cases', () => {
  let key: { secret: string; id: string };

  it('sends a signal to its platform, and is refused (and recorded) for another', async () => {
    key = await issue({
      name: 'SI MLDS — Bourges',
      scopes: ['psad:signals:write', 'psad:cases:read'],
      platformIds: [id.bourges],
    });
    const sent = await call(key.secret, SIGNAL, signal(id.bourges, 'SIGNALÉ'));
    expect(sent.errors).toBeUndefined();
    expect(sent.data).toEqual({ signalYoungPerson: { matched: false } });
    const elsewhere = await call(key.secret, SIGNAL, signal(id.vierzon, 'AILLEURS'));
    expect(elsewhere.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await denialsOf(id.service)).toContainEqual({
      action: 'Mutation.signalYoungPerson',
      reason: 'api-key:platforms',
    });
    const written = await ownerRows(t, sql`select id from young_person where last_name = 'AILLEURS'`);
    expect(written).toEqual([]);
  });

  it('reads a case of its platform, never one of another platform its account could read', async () => {
    const READ = 'query($id: ID!) { case(id: $id) { id } }';
    expect((await call(key.secret, READ, { id: id.bourgesCase })).data).toEqual({ case: { id: id.bourgesCase } });
    expect((await call(key.secret, READ, { id: id.vierzonCase })).data).toEqual({ case: null });
    // The same account, with a key for every platform, reads it: the key narrowed, not the account.
    const wide = await issue({ name: 'SI MLDS — toutes plateformes', scopes: ['psad:cases:read'] });
    expect((await call(wide.secret, READ, { id: id.vierzonCase })).data).toEqual({ case: { id: id.vierzonCase } });
    await revoke(wide.id);
  });

  it('is refused, and recorded, what its scopes do not name', async () => {
    const close = await call(
      key.secret,
      'mutation($c: ID!) { closeCase(caseId: $c, version: 1, outcome: REFUS) { id } }',
      {
        c: id.bourgesCase,
      },
    );
    expect(close.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // A person's own notifications: no scope names them, so no key reads them.
    const notices = await call(key.secret, '{ myUnreadNotificationCount }');
    expect(notices.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const organisations = await call(key.secret, '{ organisations { totalCount } }');
    expect(organisations.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const denials = await denialsOf(id.service);
    expect(denials).toContainEqual({ action: 'Mutation.closeCase', reason: 'api-key:psad:cases:write' });
    expect(denials).toContainEqual({ action: 'Query.myUnreadNotificationCount', reason: 'api-key:no-scope' });
    expect(denials).toContainEqual({ action: 'Query.organisations', reason: 'api-key:directory:read' });
    // What any key may ask: who it is.
    const me = await call<{ me: { user: { id: string } } }>(key.secret, '{ me { user { id } } }');
    expect(me.data.me.user.id).toBe(id.service);
  });

  it('counts its calls and errors per operation, for the administrator', async () => {
    await call(key.secret, 'query Worklist($id: ID!) { case(id: $id) { id } }', { id: id.bourgesCase });
    await call(key.secret, 'query Worklist($id: ID!) { case(id: $id) { id } }', { id: id.bourgesCase });
    await call(key.secret, 'query Forbidden { users { totalCount } }');
    // A call's use is counted once its response has gone (api-key-usage.ts): the count follows it closely.
    const usage = async () => {
      const listed = await t.gql<{
        apiKeys: { id: string; usage: { operation: string; calls: number; errors: number }[] }[];
      }>(admin, 'query($u: ID!) { apiKeys(userId: $u) { id usage { operation calls errors lastUsedAt } } }', {
        u: id.service,
      });
      return listed.data.apiKeys.find((k) => k.id === key.id)!.usage;
    };
    await expect
      .poll(usage, { timeout: 10_000 })
      .toContainEqual(expect.objectContaining({ operation: 'Forbidden', calls: 1, errors: 1 }));
    expect(await usage()).toContainEqual(expect.objectContaining({ operation: 'Worklist', calls: 2, errors: 0 }));
  });

  afterAll(() => revoke(key.id));
});

describe('a key acting for some of its account’s organisations', () => {
  it('reads no case of the others, which row-level security hides from it', async () => {
    const READ = 'query($id: ID!) { case(id: $id) { id } }';
    const mldsOnly = await issue({ name: 'SI — MLDS seule', scopes: ['psad:cases:read'], organisationIds: [id.mlds] });
    expect((await call(mldsOnly.secret, READ, { id: id.mlCase })).data).toEqual({ case: null });
    expect((await call(mldsOnly.secret, READ, { id: id.bourgesCase })).data).toEqual({ case: { id: id.bourgesCase } });
    await revoke(mldsOnly.id);
  });
});

describe('rotation and expiry', () => {
  it('holds two usable keys at once, not three; revoking the old one makes room', async () => {
    const first = await issue({ name: 'Clé en service', scopes: ['directory:read'] });
    const second = await issue({ name: 'Clé suivante', scopes: ['directory:read'] });
    const third = await t.gql(admin, CREATE, {
      input: { userId: id.service, name: 'Une de trop', scopes: ['directory:read'], expiresOn: inDays(30) },
    });
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.userId' }] });
    // Both work while the systems switch over.
    for (const k of [first, second]) expect((await call(k.secret, '{ me { user { id } } }')).errors).toBeUndefined();
    await revoke(first.id);
    const next = await issue({ name: 'Clé d’après', scopes: ['directory:read'] });
    await revoke(second.id);
    await revoke(next.id);
  });

  it('stops a key at the end of its last day', async () => {
    const key = await issue({ name: 'Clé courte', scopes: ['directory:read'], expiresOn: inDays(1) });
    expect((await call(key.secret, '{ me { user { id } } }')).errors).toBeUndefined();
    const [row] = await ownerRows<{ expires_at: Date }>(
      t,
      sql`select expires_at from api_key where id = ${key.id}::uuid`,
    );
    // The end of tomorrow, Paris time: midnight after it.
    const parisMidnight = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(parisMidnight.format(new Date(row!.expires_at))).toBe('00:00');
    await t.database.db.execute(
      sql`update api_key set expires_at = now() - interval '1 second' where id = ${key.id}::uuid`,
    );
    const after = await call(key.secret, '{ me { user { id } } }');
    expect(after.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(after.errors?.[0]?.message).toContain('expirée');
    await revoke(key.id);
  });
});

describe('a rate limit of its own', () => {
  it('answers 429 with Retry-After and the RateLimit headers past its calls a minute, and no other key waits', async () => {
    const slow = await issue({ name: 'Clé lente', scopes: ['directory:read'], rateLimitPerMinute: 3 });
    const other = await issue({ name: 'Clé voisine', scopes: ['directory:read'] });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call(slow.secret, '{ me { user { id } } }'));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[0]!.headers['ratelimit-limit']).toBe('3');
    expect(answers[2]!.headers['ratelimit-remaining']).toBe('0');
    const refused = answers[3]!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await call(other.secret, '{ me { user { id } } }')).status).toBe(200);
    // Raised by its administrator, at once.
    await t.gql(admin, 'mutation($id: ID!) { setApiKeyRateLimit(id: $id, rateLimitPerMinute: 100) { id } }', {
      id: slow.id,
    });
    expect((await call(slow.secret, '{ me { user { id } } }')).status).toBe(200);
    await revoke(slow.id);
    await revoke(other.id);
  });
});
