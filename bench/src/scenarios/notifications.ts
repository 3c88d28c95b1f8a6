/**
 * N1 (issue 16): a bulk assignment of 500 cases to one organisation of 20 counsellors, whose
 * notifications fan out (one notice per counsellor, then one e-mail each, through pg-boss jobs) after
 * the request. Measured one assignment at a time: the request's time with notifications on and off
 * (NOTIFICATIONS=off, the API restarted), and with them on the time from the request's start until
 * its 20 notices are stored and its 20 e-mails reached the bench's SMTP server.
 */
import { psad } from '@maillage/shared';
import type { FloorDb } from '../baselines/raw-import.js';
import { dataOf, gql, login } from './client.js';
import { percentile, round, sampleRss } from './measure.js';
import type { SmtpSink } from './smtp-sink.js';
import type { Statements } from './suite.js';
import { openUnreadStream } from './unread-stream.js';

export const N1_COUNSELLORS = 20;
export const N1_CASES = psad.ASSIGN_MAX_CASES;
/** The benchmark organisation's counsellors: bench.n1.counsellor.<i>@bench.test. */
const counsellorEmail = (i: number) => `bench.n1.counsellor.${i}@bench.test`;
const ORGANISATION = 'Mission Locale N1 (bench)';
/** The young people of N1's cases: one last name per batch, so that a batch's cases are found again. */
const lastNameOf = (batch: number) => `BENCHNOTIF${String(batch).padStart(3, '0')}`;

export interface N1Data {
  organisationId: string;
  counsellorEmails: string[];
  /** The case ids of each assignment (A_TRAITER, version 1), N1_CASES each (but in the smoke test). */
  batches: string[][];
}

/**
 * Writes N1's organisation (a partner of the platform, with N1_COUNSELLORS active counsellors who
 * sign in with the data set's password) and `batches` × N1_CASES new A_TRAITER cases of the platform,
 * each with its young person and CREATED event, as the database owner in one transaction. On PGlite
 * it runs while no API holds the data directory.
 */
export async function prepareN1(
  db: FloorDb,
  options: {
    platformId: string;
    referentEmail: string;
    batches: number;
    /** Smaller in the smoke test. */
    counsellors?: number;
    casesPerAssignment?: number;
  },
): Promise<N1Data> {
  const { platformId, counsellors = N1_COUNSELLORS, casesPerAssignment = N1_CASES } = options;
  await db.exec('begin');
  try {
    const [referent] = await db.query<{ id: string; password_hash: string }>(
      'select id, password_hash from app_user where email = $1',
      [options.referentEmail],
    );
    if (!referent) throw new Error(`N1: no user ${options.referentEmail}`);
    const [org] = await db.query<{ id: string }>(
      `insert into organisation (name, search_name, kind) values ($1, lower($1), 'MISSION_LOCALE') returning id`,
      [ORGANISATION],
    );
    await db.query('insert into platform_partner (platform_id, organisation_id) values ($1, $2)', [
      platformId,
      org!.id,
    ]);
    const emails = Array.from({ length: counsellors }, (_, i) => counsellorEmail(i + 1));
    await db.query(
      `with u as (
         insert into app_user (email, display_name, password_hash)
         select e, 'Conseiller N1 ' || n, $2 from unnest($1::text[]) with ordinality as x(e, n)
         returning id)
       insert into membership (user_id, organisation_id, roles) select id, $3, array['COUNSELLOR'] from u`,
      [emails, referent.password_hash, org!.id],
    );
    const batches: string[][] = [];
    for (let b = 0; b < options.batches; b++) {
      const name = lastNameOf(b);
      const rows = await db.query<{ id: string }>(
        `with p as (
           insert into young_person (platform_id, last_name, first_names, birth_date, match_key, search_text)
           select $1, $2, 'Jeune ' || g, date '2009-01-01' + (g % 700), lower($2) || '|jeune ' || g || '|' || (date '2009-01-01' + (g % 700)),
             lower($2) || ' jeune ' || g
           from generate_series(1, $3::int) g
           returning id),
         c as (
           insert into psad_case (platform_id, young_person_id, status, source, campaign)
           select $1, id, 'A_TRAITER', 'SIEI', '2026-12' from p
           returning id)
         insert into case_event (case_id, actor_id, kind, data)
         select id, $4, 'CREATED', '{"source":"SIEI","campaign":"2026-12"}' from c
         returning case_id as id`,
        [platformId, name, casesPerAssignment, referent.id],
      );
      batches.push(rows.map((r) => r.id));
    }
    await db.exec('commit');
    return { organisationId: org!.id, counsellorEmails: emails, batches };
  } catch (error) {
    await db.exec('rollback');
    throw error;
  }
}

export interface Spread {
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

export interface N1Phase {
  notifications: 'on' | 'off';
  /** Each measured assignment's request time, ms, in order. */
  requestMs: number[];
  request: Spread;
  /** With notifications on: from the request's start until its notices are stored (the recipients' stream tells). */
  notificationsStoredMs?: number[];
  notificationsStored?: Spread;
  /** With notifications on: from the request's start until its last e-mail reached the SMTP server. */
  emailsReceivedMs?: number[];
  emailsReceived?: Spread;
  /** The SQL statements of one assignment request (x-sql-statements). */
  statements: Statements | null;
  peakRssMb: number;
  /** From one assignment's start to the next one's, ms (warm-up included). */
  spacing?: Spread;
}

export interface N1Result {
  counsellors: number;
  casesPerAssignment: number;
  /** Unmeasured assignments after each start of the API. */
  warmup: number;
  /** Measured assignments per phase. */
  rounds: number;
  /** Blocks per phase, alternating off and on, the API restarted for each (absent: one block each). */
  blocks?: number;
  jobPollSeconds: number;
  off: N1Phase;
  on: N1Phase;
  /** Read in the database once the API stopped: what the notifications-on phase left. */
  stored: {
    notifications: number;
    emailsSent: number;
    expected: number;
    smtpMessages: number;
    smtpRecipientsOk: boolean;
  };
}

const ASSIGN = `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!) {
  assignCases(platformId: $p, cases: $cases, organisationId: $o) { id }
}`;

/** How long one assignment's notices and e-mails may take before N1 gives up. */
const E2E_TIMEOUT_MS = 60_000;

/**
 * One phase of N1 against a started API: `warmup` assignments not measured, then one measured
 * assignment per remaining batch, one at a time. With notifications on, each waits for its notices
 * (the stream of one of the counsellors) and its e-mails, one per counsellor (the SMTP sink), before the next.
 */
export async function runN1Phase(options: {
  base: string;
  pid: number;
  notifications: 'on' | 'off';
  platformId: string;
  referentEmail: string;
  password: string;
  data: N1Data;
  batches: string[][];
  warmup: number;
  smtp: SmtpSink;
  /** Pause after an assignment (with notifications on: after its last e-mail), ms. */
  pauseMs?: number;
  /**
   * The least time from one assignment's start to the next one's, ms: the notifications-off phase is
   * spaced as the notifications-on one was (an API left idle for seconds answers its next request
   * more slowly than one kept busy: its connections' caches and the JIT's code go cold).
   */
  spacingMs?: number;
  log?: (m: string) => void;
}): Promise<N1Phase> {
  const { base, notifications, data, smtp } = options;
  const on = notifications === 'on';
  const referent = await login(base, options.referentEmail, options.password);
  const counsellor = await login(base, data.counsellorEmails[data.counsellorEmails.length - 1]!, options.password);
  const stream = await openUnreadStream(base, counsellor);
  const requestMs: number[] = [];
  const storedMs: number[] = [];
  const emailsMs: number[] = [];
  let statements: Statements | null = null;
  const mailsAtStart = smtp.count;
  const spacing: number[] = [];
  let previousStart = 0;
  const rss = sampleRss(options.pid);
  try {
    for (const [i, cases] of options.batches.entries()) {
      const unreadBefore = stream.count;
      const mailsBefore = smtp.count;
      const started = performance.now();
      const res = await gql(base, referent, ASSIGN, {
        p: options.platformId,
        cases: cases.map((id) => ({ id, version: 1 })),
        o: data.organisationId,
      });
      const answered = performance.now();
      const assigned = dataOf<{ assignCases: { id: string }[] }>(res, 'N1 assignCases').assignCases;
      if (assigned.length !== cases.length)
        throw new Error(`N1: ${assigned.length} cases assigned, ${cases.length} expected`);
      statements ??= res.statements;
      const measured = i >= options.warmup;
      if (measured) requestMs.push(round(answered - started));
      if (on) {
        const [stored, mailed] = await Promise.all([
          stream.waitFor(unreadBefore + 1, E2E_TIMEOUT_MS),
          smtp.waitFor(mailsBefore + data.counsellorEmails.length, E2E_TIMEOUT_MS),
        ]);
        if (measured) {
          storedMs.push(round(stored - started));
          emailsMs.push(round(mailed - started));
        }
      }
      options.log?.(
        `N1 ${notifications} ${measured ? `#${i - options.warmup + 1}` : 'warm-up'}: request ${round(answered - started)} ms${on ? `, e-mails after ${round(performance.now() - started)} ms` : ''}`,
      );
      const wait = Math.max(options.pauseMs ?? 300, started + (options.spacingMs ?? 0) - performance.now());
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (i > 0) spacing.push(round(started - previousStart));
      previousStart = started;
    }
    if (!on && smtp.count !== mailsAtStart)
      throw new Error(`N1: ${smtp.count - mailsAtStart} e-mails sent with notifications off`);
  } finally {
    stream.close();
  }
  return {
    notifications,
    requestMs,
    request: spreadOf(requestMs),
    ...(on
      ? {
          notificationsStoredMs: storedMs,
          notificationsStored: spreadOf(storedMs),
          emailsReceivedMs: emailsMs,
          emailsReceived: spreadOf(emailsMs),
        }
      : {}),
    statements,
    peakRssMb: round(rss.stop(), 1),
    spacing: spreadOf(spacing),
  };
}

/** The blocks of one phase as one: their measures in order, the statements of the first, the highest RSS. */
export function mergeN1Phases(blocks: N1Phase[]): N1Phase {
  const all = <K extends 'requestMs' | 'notificationsStoredMs' | 'emailsReceivedMs'>(k: K) =>
    blocks.flatMap((b) => b[k] ?? []);
  const on = blocks[0]!.notifications === 'on';
  const requestMs = all('requestMs');
  return {
    notifications: blocks[0]!.notifications,
    requestMs,
    request: spreadOf(requestMs),
    ...(on
      ? {
          notificationsStoredMs: all('notificationsStoredMs'),
          notificationsStored: spreadOf(all('notificationsStoredMs')),
          emailsReceivedMs: all('emailsReceivedMs'),
          emailsReceived: spreadOf(all('emailsReceivedMs')),
        }
      : {}),
    statements: blocks[0]!.statements,
    peakRssMb: Math.max(...blocks.map((b) => b.peakRssMb)),
    spacing: spreadOf(blocks.map((b) => b.spacing?.p50 ?? NaN)),
  };
}

/** What the notifications-on phase left in the database, read as the owner once the API stopped. */
export async function storedByN1(db: FloorDb, data: N1Data): Promise<{ notifications: number; emailsSent: number }> {
  const [n] = await db.query<{ n: string | number }>(
    `select count(*) as n from notification where organisation_id = $1 and kind = 'CASES_ASSIGNED'`,
    [data.organisationId],
  );
  const [e] = await db.query<{ n: string | number }>(
    `select count(*) as n from email_outbox
     where to_address = any($1::text[]) and delivered_via = 'SMTP' and sent_at is not null`,
    [data.counsellorEmails],
  );
  return { notifications: Number(n!.n), emailsSent: Number(e!.n) };
}
