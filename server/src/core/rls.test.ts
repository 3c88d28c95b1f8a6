import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { appUser, membership } from '../modules/identity/tables.js';
import { loadActor } from './auth/authenticate.js';
import type { Actor } from './auth/actor.js';
import { asOwner, withActorTx } from './db/actor-tx.js';

let t: TestApp;
const id: Record<string, string> = {};
const actors: Record<'conseiller' | 'caf' | 'admin', Actor> = {} as never;

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;

beforeAll(async () => {
  t = await createTestApp();
  // Some audit events and a session to hide.
  await t.login('conseiller@demo.test');
  await t.login('caf@demo.test');
  for (const email of ['conseiller', 'caf', 'admin'] as const) {
    id[email] = (
      await owner<{ id: string }>(sql`select id from app_user where email = ${`${email}@demo.test`}`)
    )[0]!.id;
    actors[email] = (await loadActor(t.database.db, id[email]!, 'token'))!;
  }
  id.missionLocale = (
    await owner<{ id: string }>(sql`select id from organisation where name = 'Mission Locale de Bourges'`)
  )[0]!.id;
  id.caf_org = (await owner<{ id: string }>(sql`select id from organisation where name = 'CAF du Cher'`))[0]!.id;
  await t.database.db.execute(
    sql`insert into api_key (user_id, name, prefix, key_hash, expires_at) values (${id.caf}, 'SI CAF', 'mk_test', 'not-a-real-hash', now() + interval '30 days')`,
  );
});
afterAll(() => t.close());

/** Runs raw SQL through the request's handle: the actor's transaction, as the request role. */
const as = <R extends Record<string, unknown>>(who: keyof typeof actors, q: SQL) =>
  withActorTx(t.database.db, actors[who], 'read', async (tx) => (await tx.execute<R>(q)).rows);

/** The database error a statement raises as this actor (the transaction is rolled back). */
async function refusal(who: keyof typeof actors, q: SQL, mode: 'read' | 'write' = 'read'): Promise<string> {
  try {
    await withActorTx(t.database.db, actors[who], mode, (tx) => tx.execute(q));
  } catch (err) {
    const e = ((err as { cause?: unknown }).cause ?? err) as { code?: string; message: string };
    return `${e.code}: ${e.message}`;
  }
  return 'no error';
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('row-level security through the request handle', () => {
  it(`runs on the expected driver (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, async () => {
    expect(t.database.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    const [who] = await as<{ role: string; user_id: string }>(
      'conseiller',
      sql`select current_user as role, current_setting('maillage.user_id') as user_id`,
    );
    expect(who).toEqual({ role: 'maillage_app', user_id: id.conseiller });
  });

  it('a user of organisation A does not see the users of organisation B', async () => {
    const seen = await as<{ id: string }>('conseiller', sql`select id from app_user`);
    expect(ids(seen)).toEqual([id.conseiller]);
    expect(await as('conseiller', sql`select id from app_user where id = ${id.caf}`)).toEqual([]);
    expect(await as('conseiller', sql`select id, email from app_user where email = 'caf@demo.test'`)).toEqual([]);
    // Through the query builder too.
    const built = await withActorTx(t.database.db, actors.conseiller, 'read', (tx) =>
      tx.select({ id: appUser.id }).from(appUser),
    );
    expect(ids(built)).toEqual([id.conseiller]);
    // The other way round.
    expect(ids(await as<{ id: string }>('caf', sql`select id from app_user`))).toEqual([id.caf]);
  });

  it("a user of organisation A does not see organisation B's memberships", async () => {
    const seen = await as<{ organisation_id: string; user_id: string }>(
      'conseiller',
      sql`select organisation_id, user_id from membership`,
    );
    expect(seen).toEqual([{ organisation_id: id.missionLocale, user_id: id.conseiller }]);
    expect(await as('conseiller', sql`select id from membership where organisation_id = ${id.caf_org}`)).toEqual([]);
    const built = await withActorTx(t.database.db, actors.conseiller, 'read', (tx) => tx.select().from(membership));
    expect(built.map((m) => m.organisationId)).toEqual([id.missionLocale]);
  });

  it('sees a new colleague of its own organisation, and still no one else', async () => {
    const [colleague] = await owner<{ id: string }>(
      sql`insert into app_user (email, display_name, password_hash) values ('collegue@demo.test', 'Collègue', 'x') returning id`,
    );
    await t.database.db.execute(
      sql`insert into membership (user_id, organisation_id, roles) values (${colleague!.id}, ${id.missionLocale}, '{COUNSELLOR}')`,
    );
    expect(ids(await as<{ id: string }>('conseiller', sql`select id from app_user`))).toEqual(
      [id.conseiller, colleague!.id].sort(),
    );
    expect(ids(await as<{ id: string }>('caf', sql`select id from app_user`))).toEqual([id.caf]);
  });

  it('a raw "select *" returns only the rows the actor may see, and never the password hashes', async () => {
    const all = await owner<{ n: number }>(sql`select count(*)::int as n from membership`);
    expect(all[0]!.n).toBeGreaterThan(7);
    const memberships = await as<{ user_id: string }>('conseiller', sql`select * from membership`);
    expect(memberships.map((m) => m.user_id)).not.toContain(id.caf);
    expect(memberships.length).toBeLessThan(all[0]!.n);
    // "select *" on app_user would read password_hash: the whole statement is refused rather than
    // any hash returned; every other column reads only the visible rows.
    expect(await refusal('conseiller', sql`select * from app_user`)).toMatch(/^42501: permission denied/);
    const visible = await as<{ id: string }>(
      'conseiller',
      sql`select id, email, display_name, active, failed_login_count, last_failed_login_at, last_login_at, version, created_at, updated_at from app_user`,
    );
    expect(visible.map((u) => u.id)).not.toContain(id.caf);
    expect(visible.length).toBe(2);
  });

  it('cannot read password hashes, even its own, even as an admin', async () => {
    expect(await refusal('conseiller', sql`select password_hash from app_user where id = ${id.conseiller}`)).toMatch(
      /^42501: permission denied/,
    );
    expect(await refusal('admin', sql`select password_hash from app_user`)).toMatch(/^42501: permission denied/);
    expect(await refusal('admin', sql`select id from app_user where password_hash like '$argon2%'`)).toMatch(
      /^42501: permission denied/,
    );
  });

  it('cannot read refresh tokens, API keys or the login throttle at all', async () => {
    for (const who of ['conseiller', 'admin'] as const) {
      expect(await refusal(who, sql`select * from refresh_token`)).toMatch(/^42501: permission denied/);
      expect(await refusal(who, sql`select count(*) from refresh_token`)).toMatch(/^42501: permission denied/);
      expect(await refusal(who, sql`select * from api_key`)).toMatch(/^42501: permission denied/);
      expect(await refusal(who, sql`select * from login_throttle`)).toMatch(/^42501: permission denied/);
    }
    expect((await owner<{ n: number }>(sql`select count(*)::int as n from refresh_token`))[0]!.n).toBeGreaterThan(0);
  });

  it('a non-admin reads no audit event; an admin reads them all', async () => {
    const total = (await owner<{ n: number }>(sql`select count(*)::int as n from audit_event`))[0]!.n;
    expect(total).toBeGreaterThan(0);
    expect(await as('conseiller', sql`select * from audit_event`)).toEqual([]);
    expect(await as('conseiller', sql`select * from audit_event where actor_id = ${id.conseiller}`)).toEqual([]);
    expect((await as<{ n: number }>('admin', sql`select count(*)::int as n from audit_event`))[0]!.n).toBe(total);
  });

  it("cannot write an audit event in someone else's name", async () => {
    expect(
      await refusal(
        'conseiller',
        sql`insert into audit_event (actor_id, action) values (${id.caf}, 'forged')`,
        'write',
      ),
    ).toMatch(/^42501:/);
    expect(
      await refusal('conseiller', sql`insert into audit_event (actor_id, action) values (null, 'forged')`, 'write'),
    ).toMatch(/^42501:/);
  });

  it('a non-admin cannot create an organisation, a territory, a user or a membership, nor edit another user', async () => {
    expect(
      await refusal(
        'conseiller',
        sql`insert into organisation (name, search_name, kind) values ('Pirate', 'pirate', 'OTHER')`,
        'write',
      ),
    ).toMatch(/^42501: new row violates row-level security policy/);
    expect(
      await refusal('conseiller', sql`insert into territory (kind, name) values ('COMMUNE', 'Pirate')`, 'write'),
    ).toMatch(/^42501:/);
    expect(
      await refusal(
        'conseiller',
        sql`insert into app_user (email, display_name, password_hash) values ('pirate@demo.test', 'Pirate', 'x')`,
        'write',
      ),
    ).toMatch(/^42501:/);
    expect(
      await refusal(
        'conseiller',
        sql`insert into membership (user_id, organisation_id, roles) values (${id.conseiller}, ${id.caf_org}, '{ADMIN}')`,
        'write',
      ),
    ).toMatch(/^42501:/);
    const updated = await withActorTx(t.database.db, actors.conseiller, 'write', (tx) =>
      tx.execute(sql`update app_user set display_name = 'Pirate' where id = ${id.caf}`),
    );
    expect(updated.rowCount ?? (updated as { affectedRows?: number }).affectedRows).toBe(0);
    const granted = await withActorTx(t.database.db, actors.conseiller, 'write', (tx) =>
      tx.execute(sql`update membership set roles = '{ADMIN}' where user_id = ${id.conseiller}`),
    );
    expect(granted.rowCount ?? (granted as { affectedRows?: number }).affectedRows).toBe(0);
    expect((await owner(sql`select display_name from app_user where id = ${id.caf}`))[0]).toEqual({
      display_name: 'Camille CAF',
    });
    expect((await owner(sql`select roles from membership where user_id = ${id.conseiller}`))[0]).toEqual({
      roles: ['COUNSELLOR'],
    });
  });

  it('cannot change, delete or empty the audit log', async () => {
    expect(await refusal('admin', sql`update audit_event set action = 'x'`, 'write')).toMatch(/^42501:/);
    expect(await refusal('admin', sql`delete from audit_event`, 'write')).toMatch(/^42501:/);
    expect(await refusal('admin', sql`select audit_purge(now() - interval '2 years')`, 'write')).toMatch(/^42501:/);
  });

  it('an admin sees and writes across organisations (the control for the refusals above)', async () => {
    const users = await as<{ id: string }>('admin', sql`select id from app_user`);
    const total = (await owner<{ n: number }>(sql`select count(*)::int as n from app_user`))[0]!.n;
    expect(users.length).toBe(total);
    expect(ids(users)).toEqual(expect.arrayContaining([id.conseiller, id.caf]));
    expect((await as('admin', sql`select id from membership where organisation_id = ${id.caf_org}`)).length).toBe(1);
    const [org] = await withActorTx(
      t.database.db,
      actors.admin,
      'write',
      async (tx) =>
        (
          await tx.execute<{ id: string }>(
            sql`insert into organisation (name, search_name, kind) values ('Nouvelle', 'nouvelle', 'OTHER') returning id`,
          )
        ).rows,
    );
    expect((await owner(sql`select name from organisation where id = ${org!.id}`))[0]).toEqual({ name: 'Nouvelle' });
  });

  it('the actor and the role end with the transaction: the next one on the same handle is the owner again', async () => {
    await as('conseiller', sql`select 1`);
    const [after] = await owner<{ role: string; user_id: string | null; n: number }>(
      sql`select current_user as role, nullif(current_setting('maillage.user_id', true), '') as user_id, (select count(*)::int from app_user) as n`,
    );
    expect(after!.role).not.toBe('maillage_app');
    expect(after!.user_id).toBeNull();
    expect(after!.n).toBeGreaterThan(2);
  });
});

describe('an owner block inside a request transaction', () => {
  const role = async (tx: Parameters<Parameters<typeof withActorTx>[3]>[0]) =>
    (await tx.execute<{ r: string }>(sql`select current_user as r`)).rows[0]!.r;

  it('does not lend its role to the queries of concurrent fields: they wait for it to end', async () => {
    const seen = await withActorTx(t.database.db, actors.conseiller, 'read', async (tx) => {
      // As GraphQL runs sibling fields: one steps out of row-level security, another queries meanwhile.
      const owner = asOwner(tx, actors.conseiller, async (o) => {
        await o.execute(sql`select pg_sleep(0.05)`);
        return role(o);
      });
      const concurrent = role(tx);
      return { owner: await owner, concurrent: await concurrent, after: await role(tx) };
    });
    expect(seen.owner).not.toBe('maillage_app');
    expect(seen.concurrent).toBe('maillage_app');
    expect(seen.after).toBe('maillage_app');
  });

  it('runs two owner blocks of one transaction one after the other, and a nested one in place', async () => {
    const roles = await withActorTx(t.database.db, actors.conseiller, 'read', async (tx) => {
      const nested = asOwner(tx, actors.conseiller, async (o) => [
        await role(o),
        await asOwner(o, actors.conseiller, (n) => role(n)),
        await role(o),
      ]);
      const second = asOwner(tx, actors.conseiller, (o) => role(o));
      return { nested: await nested, second: await second, after: await role(tx) };
    });
    expect(roles.nested.every((r) => r !== 'maillage_app')).toBe(true);
    expect(roles.second).not.toBe('maillage_app');
    expect(roles.after).toBe('maillage_app');
  });
});
