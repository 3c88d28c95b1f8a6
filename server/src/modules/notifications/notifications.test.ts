import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { fanOut } from './fanout.js';
import type { NotificationEvent } from './events.js';

let t: TestApp;
let referent: string;
let counsellor: string;
let mlBourges: string;
let counsellorId: string;
let referentId: string;
let colleagueId: string;

const rows = async <R extends Record<string, unknown>>(q: ReturnType<typeof sql>) =>
  (await t.database.db.execute<R>(q)).rows;
const idOf = async (q: ReturnType<typeof sql>) => (await rows<{ id: string }>(q))[0]!.id;

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off' });
  referent = await t.login('referent@demo.test');
  counsellor = await t.login('conseiller@demo.test');
  mlBourges = await idOf(sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  counsellorId = await idOf(sql`select id from app_user where email = 'conseiller@demo.test'`);
  referentId = await idOf(sql`select id from app_user where email = 'referent@demo.test'`);
  // A second counsellor of the Mission Locale, who turned the kind off; and a third, no longer active.
  colleagueId = await idOf(
    sql`insert into app_user (email, display_name, password_hash) values ('collegue@demo.test', 'Colin Collègue', 'x') returning id`,
  );
  const gone = await idOf(
    sql`insert into app_user (email, display_name, password_hash, active) values ('parti@demo.test', 'Paul Parti', 'x', false) returning id`,
  );
  for (const id of [colleagueId, gone]) {
    await t.database.db.execute(
      sql`insert into membership (user_id, organisation_id, roles) values (${id}, ${mlBourges}, '{COUNSELLOR}')`,
    );
  }
  await t.database.db.execute(
    sql`insert into notification_preference (user_id, kind, mode) values (${colleagueId}, 'CASES_ASSIGNED', 'OFF')`,
  );
});
afterAll(() => t?.close());

const assigned = (count: number): NotificationEvent => ({
  kind: 'CASES_ASSIGNED',
  audience: { type: 'ORGANISATION_ROLE', organisationId: mlBourges, roles: ['COUNSELLOR'] },
  organisationId: mlBourges,
  link: '/psad/mes-dossiers',
  count,
  actorId: referentId,
});

const MY_NOTIFICATIONS = `query($unread: Boolean) {
  myUnreadNotificationCount
  myNotifications(unreadOnly: $unread) { totalCount nodes { id kind text link count readAt organisation { name } } }
}`;

describe('notifications', () => {
  it('an event reaches each active recipient of its audience once, per their preferences, never its author', async () => {
    const eventId = '00000000-0000-4000-8000-000000000001';
    const first = await fanOut(t.app.services, eventId, assigned(25));
    expect(first.notified).toBe(1);
    // The job retried (same event): nobody is told twice.
    const again = await fanOut(t.app.services, eventId, assigned(25));
    expect(again.notified).toBe(0);
    const stored = await rows<{ user_id: string; email_state: string }>(
      sql`select user_id, email_state from notification where event_id = ${eventId}`,
    );
    expect(stored).toEqual([{ user_id: counsellorId, email_state: 'IMMEDIATE' }]);
  });

  it('the counsellor reads the notice (in French, no person named, a link), marks it read; the referent sees none of it', async () => {
    const res = await t.gql<{
      myUnreadNotificationCount: number;
      myNotifications: { totalCount: number; nodes: Record<string, unknown>[] };
    }>(counsellor, MY_NOTIFICATIONS);
    expect(res.errors).toBeUndefined();
    expect(res.data.myUnreadNotificationCount).toBe(1);
    const notice = res.data.myNotifications.nodes[0]!;
    expect(notice).toMatchObject({
      kind: 'CASES_ASSIGNED',
      text: '25 dossiers ont été attribués à Mission Locale de Bourges.',
      link: '/psad/mes-dossiers',
      count: 25,
      readAt: null,
      organisation: { name: 'Mission Locale de Bourges' },
    });
    const other = await t.gql<{ myUnreadNotificationCount: number }>(referent, MY_NOTIFICATIONS);
    expect(other.data.myUnreadNotificationCount).toBe(0);
    // Another user's notice cannot be marked read by its id.
    const foreign = await t.gql<{ markNotificationsRead: number }>(
      referent,
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: [notice.id as string] },
    );
    expect(foreign.data.markNotificationsRead).toBe(0);
    const marked = await t.gql<{ markNotificationsRead: number }>(
      counsellor,
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: [notice.id as string] },
    );
    expect(marked.data.markNotificationsRead).toBe(0);
    const after = await t.gql<{ myNotifications: { nodes: { readAt: string | null }[] } }>(
      counsellor,
      MY_NOTIFICATIONS,
    );
    expect(after.data.myNotifications.nodes[0]!.readAt).not.toBeNull();
  });

  it('marks all read at once', async () => {
    await fanOut(t.app.services, '00000000-0000-4000-8000-000000000002', assigned(1));
    await fanOut(t.app.services, '00000000-0000-4000-8000-000000000003', assigned(3));
    const before = await t.gql<{ myUnreadNotificationCount: number }>(counsellor, MY_NOTIFICATIONS);
    expect(before.data.myUnreadNotificationCount).toBe(2);
    const res = await t.gql<{ markAllNotificationsRead: number }>(counsellor, `mutation { markAllNotificationsRead }`);
    expect(res.data.markAllNotificationsRead).toBe(0);
    const unread = await t.gql<{ myNotifications: { totalCount: number } }>(counsellor, MY_NOTIFICATIONS, {
      unread: true,
    });
    expect(unread.data.myNotifications.totalCount).toBe(0);
  });

  it('preferences: each kind with its mode; a security notice cannot be turned off (the field named), nothing changed', async () => {
    const set = await t.gql<{ setNotificationPreferences: { kind: string; mode: string; locked: boolean }[] }>(
      counsellor,
      `mutation($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { kind mode locked } }`,
      { p: [{ kind: 'CASES_ASSIGNED', mode: 'DIGEST' }] },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data.setNotificationPreferences.find((p) => p.kind === 'CASES_ASSIGNED')!.mode).toBe('DIGEST');
    const refused = await t.gql(
      counsellor,
      `mutation($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { kind } }`,
      {
        p: [
          { kind: 'CASES_ASSIGNED', mode: 'OFF' },
          { kind: 'SECURITY_PASSWORD_CHANGED', mode: 'OFF' },
        ],
      },
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions.fields).toEqual([
      { path: 'preferences.1.mode', message: 'les avis de sécurité sont toujours envoyés immédiatement' },
    ]);
    // The same kind twice is one choice too many (found by the full fuzz: it was an INTERNAL error).
    const twice = await t.gql(
      counsellor,
      `mutation($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { kind } }`,
      {
        p: [
          { kind: 'CASES_ASSIGNED', mode: 'OFF' },
          { kind: 'CASES_ASSIGNED', mode: 'IN_APP' },
        ],
      },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'preferences.1.kind', message: "ce type d'avis est déjà dans la liste" }],
    });
    const kept = await t.gql<{ myNotificationPreferences: { kind: string; mode: string; locked: boolean }[] }>(
      counsellor,
      `{ myNotificationPreferences { kind mode locked } }`,
    );
    const byKind = new Map(kept.data.myNotificationPreferences.map((p) => [p.kind, p]));
    // Offered what a counsellor receives (meetings' invitations reach anyone invited): not the CLAS decisions nor the référence de parcours.
    expect([...byKind.keys()].sort()).toEqual([
      'CASES_ASSIGNED',
      'MEETING_CANCELLED',
      'MEETING_INVITATION',
      'MEETING_UPDATED',
      'SECURITY_ACCOUNT_LOCKED',
      'SECURITY_PASSWORD_CHANGED',
      'SECURITY_SECOND_FACTOR_CHANGED',
      'TRANSFER_ANSWERED',
      'TRANSFER_PROPOSED',
    ]);
    expect(byKind.get('CASES_ASSIGNED')!.mode).toBe('DIGEST');
    expect(byKind.get('SECURITY_PASSWORD_CHANGED')).toEqual({
      kind: 'SECURITY_PASSWORD_CHANGED',
      mode: 'IMMEDIATE',
      locked: true,
    });
    // The digest preference now applies: the next notice waits for the daily digest.
    await fanOut(t.app.services, '00000000-0000-4000-8000-000000000004', assigned(2));
    const [stored] = await rows<{ email_state: string }>(
      sql`select email_state from notification where event_id = '00000000-0000-4000-8000-000000000004'`,
    );
    expect(stored!.email_state).toBe('DIGEST');
  });

  it('is refused to an anonymous caller', async () => {
    const res = await t.gql(null, `{ myUnreadNotificationCount }`);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
