/**
 * Fuzz of every REST route (issue 15), as fuzz.test.ts does for GraphQL: each route of the permission
 * snapshot's "REST routes" is called with plausible and hostile inputs (path parameters, query strings,
 * bodies JSON or multipart, credentials and headers) by callers of every role, anonymously and with
 * credentials that are no good. Whatever the input:
 * - no answer is a 5xx (503 included: nothing here makes the database or the store unavailable);
 * - an error is a problem document (core/http-errors.ts) with a code, its status and the request id
 *   (GraphQL errors for GET /graphql, each with its code), and a 429 says when to retry;
 * - no body shows a stack, a source path or SQL;
 * - an error changed no table (table-checksum.ts), nor did a success of a route that only reads;
 * - a success went to a caller entitled to it (a referent of the import's platform, a social worker
 *   the document is shared with, the right password…), checked against the tables themselves.
 *
 * `FUZZ_RUNS` inputs per route (3 in the suite, 1,000 in `pnpm test:hard`), `FUZZ_SEED` to replay a run
 * (the n-th route draws from FUZZ_SEED + n).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { SignJWT } from 'jose';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DOCUMENT_CATEGORIES, DOCUMENT_MAX_BYTES, ERROR_CODES } from '@maillage/shared';
import { repoRoot } from '../../src/core/config.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { REFRESH_COOKIE } from '../../src/modules/identity/auth-routes.js';
import { ATTEMPT_COOKIE } from '../../src/modules/identity/sign-in/reply.js';
import { newTotpSecret, totpCode } from '../../src/modules/identity/second-factor/totp.js';
import { newRecoveryCodes } from '../../src/modules/identity/second-factor/recovery-codes.js';
import { createTestApp, type TestApp } from '../harness.js';
import { ownerId, ownerRows } from '../../src/modules/psad/cases/test-fixtures.js';
import { content, M as CLAS } from '../../src/modules/clas/test-fixtures.js';
import { changedTables, tableChecksum, type ChecksumOptions } from './table-checksum.js';
import { HOSTILE_TEXTS, RUNS, SEED } from './sdl-arbitraries.js';

/** The demo users and their roles (demo/seed.ts). */
const USERS = [
  ['admin@demo.test', 'ADMIN'],
  ['referent@demo.test', 'PSAD_REFERENT'],
  ['referent.vierzon@demo.test', 'PSAD_REFERENT'],
  ['conseiller@demo.test', 'COUNSELLOR'],
  ['caf@demo.test', 'CAF_OFFICER'],
  ['porteur@demo.test', 'CLAS_HOLDER'],
  ['social@demo.test', 'SOCIAL_WORKER'],
  ['ccas@demo.test', 'SOCIAL_WORKER'],
  ['hopital@demo.test', 'SOCIAL_WORKER'],
  ['lecteur@demo.test', 'VIEWER'],
] as const;

/** Small, so that a list over the limit costs little to send (the limit's path is the same at 50 MB). */
const IMPORT_MAX_FILE_BYTES = 64 * 1024;

/** Renewed well before ACCESS_TOKEN_TTL_SECONDS (1 h here) runs out: a full run may outlast a token. */
const TOKEN_RENEWAL_MS = 20 * 60_000;

interface Caller {
  label: string;
  /** Null: anonymous, or credentials that are no good. */
  role: string | null;
  email: string | null;
  userId: string | null;
  headers: Record<string, string>;
  signedInAt: number;
}

/** One request as drawn, with what the checks of its answer need to know. */
interface Call {
  caller: Caller;
  method: InjectOptions['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  remoteAddress?: string;
  /** A login's e-mail and password, a document's bytes, a route parameter: what the oracle checks. */
  facts: Record<string, unknown>;
}

interface RouteFuzz {
  /** As the permission snapshot lists it. */
  method: string;
  route: string;
  /** The snapshot's line whose policy applies, when the route stands for several. */
  policy?: string;
  call(): fc.Arbitrary<Call>;
  /** A success may write (the checksum is then taken again); any other success must write nothing. */
  writes?: boolean;
  /** Columns a failure of this route writes by design. */
  checksumOptions?: ChecksumOptions;
  /** Checks of a success against the tables: who got it, what it gave. */
  onSuccess?(call: Call, res: LightMyRequestResponse): Promise<void>;
}

let t: TestApp;
const signedIn: Caller[] = [];
let anonymous: Caller;
let badCredentials: Caller[] = [];
let baseline = '';
const tally = { calls: 0, writes: 0, statuses: new Map<number, number>() };

/** Ids of seeded records, by kind, of every tenant (Bourges and Vierzon, each social worker's list). */
const ids = {
  platforms: [] as string[],
  cios: [] as string[],
  imports: [] as string[],
  persons: [] as string[],
  members: [] as string[],
  documents: [] as string[],
  meetings: [] as string[],
  workPlans: [] as string[],
  cpmsPlans: [] as string[],
  cpmsObjectivesContracts: [] as string[],
  territories: [] as string[],
  psyen: [] as string[],
  pools: [] as string[],
  others: [] as string[],
};
/** The bytes of every stored document, to compare a download with. */
const documentBytes = new Map<string, Buffer>();
/** Refresh tokens issued so far (used ones stay: a reuse revokes the family). */
const refreshTokens: string[] = [];

const NOBODY = '00000000-0000-4000-8000-000000000000';
const pick = <T>(list: readonly T[], i: number, fallback: T): T => (list.length ? list[i % list.length]! : fallback);

// ─── Values ───────────────────────────────────────────────────────────────────────────────────

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...HOSTILE_TEXTS,
      'a\u0000b',
      '\u202e\u200b\ufeff',
      '\r\nX-Injected: 1',
      '{}',
      '[]',
      'true',
      '-1',
      '1e309',
      NOBODY,
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'é'.repeat(n)) },
);

/**
 * A path segment: mostly a seeded record's id (of this tenant or another), else one that names nothing,
 * garbage, very long, Unicode, NUL, percent-encoded slashes and dots, broken percent-encoding.
 */
function segmentArb(known: () => readonly string[]): fc.Arbitrary<string> {
  const knownId = fc.nat().map((i) => pick(known(), i, NOBODY));
  return fc.oneof(
    { weight: 6, arbitrary: knownId },
    { weight: 1, arbitrary: fc.nat().map((i) => pick(ids.others, i, NOBODY)) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: knownId.map((id) => id.toUpperCase()) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(knownId, fc.constantFrom('%00', '%2F..', '%2F', '/..', '.csv', '%20', ';x', '%0d%0a'))
        .map(([id, tail]) => id + tail),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'not-an-id',
        '0',
        '-1',
        'null',
        '00000000-0000-0000-0000-000000000000',
        '00000000-0000-0000-0000-00000000000g',
        '..',
        '%2E%2E',
        '%2F..%2F..%2Fetc%2Fpasswd',
        '%00',
        '%',
        '%zz',
        '%E0%A4%A',
        '%C0%AF',
        '%2A',
        "'%20or%201=1--",
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'a'.repeat(n)) },
  );
}

type Pairs = [string, string][];
const encodePairs = (pairs: Pairs) =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

/**
 * A query string (with its `?`, or empty): the route's own keys mostly, with unknown keys, repeated
 * keys, huge values, values of the wrong kind, broken percent-encoding.
 */
function queryArb(plausible: fc.Arbitrary<Pairs>): fc.Arbitrary<string> {
  const key = fc.oneof(
    fc.constantFrom(
      'format',
      'schoolYear',
      'departementId',
      'query',
      'x',
      '__proto__',
      'constructor',
      'format[]',
      'a[b]',
      '',
      'é',
    ),
    fc.string({ maxLength: 10 }),
  );
  const value = fc.oneof(hostileText, fc.constantFrom('csv', 'xlsx', 'CSV', 'pdf', '1', 'true', '[]'));
  const junk = fc.array(fc.tuple(key, value), { maxLength: 4 });
  const pairs = fc.oneof(
    { weight: 4, arbitrary: plausible },
    { weight: 2, arbitrary: fc.tuple(plausible, junk).map(([a, b]) => [...a, ...b]) },
    {
      weight: 1,
      arbitrary: fc.tuple(plausible, value).map(([a, v]): Pairs => (a.length ? [...a, [a[0]![0], v]] : a)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(plausible, fc.integer({ min: 10_000, max: 200_000 }))
        .map(([a, n]): Pairs => [...a, [a[0]?.[0] ?? 'x', 'x'.repeat(n)]]),
    },
    { weight: 1, arbitrary: junk },
  );
  const rawTail = fc.constantFrom(
    '',
    '',
    '',
    '&&',
    '&=',
    '==',
    '&format',
    '&format=%',
    '&format=%zz',
    '&a=%00',
    '&%E0=1',
  );
  return fc.tuple(pairs, rawTail).map(([p, tail]) => {
    const qs = encodePairs(p) + tail;
    return qs ? `?${qs}` : '';
  });
}

interface Body {
  contentType?: string;
  payload?: string | Buffer;
}

/**
 * A JSON body: the route's shape mostly, else JSON of any shape, malformed JSON, deep nesting, a body
 * over the limit, an empty one, the right JSON under the wrong content type, or none.
 */
function jsonBodyArb(plausible: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  const json = (v: unknown): Body => ({ contentType: 'application/json', payload: JSON.stringify(v) ?? 'null' });
  return fc.oneof(
    { weight: 5, arbitrary: plausible.map(json) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(json) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '{',
          '{"email":',
          '[1,2',
          'nul',
          '{"a":1,}',
          "{'a':1}",
          '\u0000',
          '\ufeff{}',
          '{"__proto__":{"admin":true}}',
          '{"constructor":{"prototype":{"admin":true}}}',
          '1'.repeat(400),
          '"\\ud800"',
        )
        .map((payload) => ({ contentType: 'application/json', payload })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 100, max: 10_000 }), fc.boolean()).map(([n, array]) => ({
        contentType: 'application/json',
        payload: array ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 100_000, max: 1_100_000 })
        .map((n) => json({ email: 'x'.repeat(n), password: 'x', format: 'csv' })),
    },
    { weight: 1, arbitrary: fc.constant({ contentType: 'application/json', payload: '' }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          plausible,
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/xml',
            'multipart/form-data',
            'multipart/form-data; boundary=x',
            'application/json; charset=utf-16',
            'application/JSON',
            'text/json',
            '',
          ),
        )
        .map(([v, contentType]) => ({ contentType, payload: JSON.stringify(v) ?? '' })),
    },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

interface Part {
  name: string;
  value?: string;
  file?: { filename: string; type: string; content: Buffer };
}

/** A multipart body of those parts, well formed or broken in one of the ways a client breaks it. */
function multipart(parts: Part[], mangle: string): Body {
  const boundary = mangle === 'long-boundary' ? 'b'.repeat(300) : `----fuzz${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      mangle === 'bad-headers'
        ? `Content-Disposition: form-data; name=${part.name}\r\nX: ${'y'.repeat(100)}`
        : `Content-Disposition: form-data; name="${part.name}"`;
    const head = part.file
      ? `--${boundary}\r\n${disposition}; filename="${part.file.filename}"\r\nContent-Type: ${part.file.type}\r\n\r\n`
      : `--${boundary}\r\n${disposition}\r\n\r\n`;
    chunks.push(Buffer.from(head), part.file ? part.file.content : Buffer.from(part.value ?? ''), Buffer.from('\r\n'));
  }
  const end = Buffer.from(`--${boundary}--\r\n`);
  const whole = Buffer.concat([...chunks, end]);
  const type = `multipart/form-data; boundary=${boundary}`;
  switch (mangle) {
    case 'no-boundary':
      return { contentType: 'multipart/form-data', payload: whole };
    case 'other-boundary':
      return { contentType: 'multipart/form-data; boundary=----another', payload: whole };
    case 'empty-boundary':
      return { contentType: 'multipart/form-data; boundary=', payload: whole };
    case 'quoted-boundary':
      return { contentType: `multipart/form-data; boundary="${boundary}"`, payload: whole };
    case 'cut':
      return { contentType: type, payload: whole.subarray(0, Math.floor(whole.length / 2)) };
    case 'no-end':
      return { contentType: type, payload: Buffer.concat(chunks) };
    case 'as-json':
      return {
        contentType: 'application/json',
        payload: JSON.stringify(Object.fromEntries(parts.map((p) => [p.name, p.value ?? 'file']))),
      };
    case 'no-type':
      return { payload: whole };
    default:
      return { contentType: type, payload: whole };
  }
}

const MANGLE = fc.oneof(
  { weight: 12, arbitrary: fc.constant('none') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'no-boundary',
      'other-boundary',
      'empty-boundary',
      'quoted-boundary',
      'long-boundary',
      'bad-headers',
      'cut',
      'no-end',
      'as-json',
      'no-type',
    ),
  },
);

const pdf = (size: number) =>
  Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    randomBytes(size),
    Buffer.from('\n%%EOF\n'),
  ]);

/** A document's bytes: accepted types mostly, else refused ones, empty, or just over the limit (rarely: 20 MB). */
const documentFile = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20_000 }).map(pdf) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300)]),
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(300)]),
      Buffer.concat([Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), randomBytes(300)]),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      Buffer.alloc(0),
      Buffer.from('%PDF'),
      Buffer.from('GIF89a'),
      Buffer.from('<html><script>alert(1)</script></html>'),
      Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.from('MZ\u0090\u0000'),
      Buffer.from('#!/bin/sh\nrm -rf /\n'),
      Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]),
      Buffer.from('INE;Nom;Prénom\n1;a;b\n'),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((n) => randomBytes(n)) },
  { weight: 1, arbitrary: fc.constant('over the limit').map(() => pdf(DOCUMENT_MAX_BYTES)) },
);

const FIXTURE = fs
  .readFileSync(path.join(repoRoot, 'server/src/modules/psad/import/fixtures/siei-2026-S2-bourges.csv'), 'utf8')
  .split(/\r?\n/)
  .filter(Boolean);
const HEADER = FIXTURE[0]!;
const ROWS = FIXTURE.slice(1);

const fixtureRow = fc.nat().map((i) => ROWS[i % ROWS.length]!);
const withCell = (row: string, index: number, value: string) =>
  row
    .split(';')
    .map((cell, i) => (i === index ? value : cell))
    .join(';');

/** A list's row: as the SIEI writes them mostly, else broken in one of the ways a list breaks. */
const csvRow = fc.oneof(
  { weight: 4, arbitrary: fixtureRow },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.constantFrom('only;three;cells', ';;;;;;;;;;;;;', '"unbalanced;quote', '\u0000;\u0000', ''),
      fixtureRow.map((r) => withCell(r, 3, '31/02/2009')),
      fixtureRow.map((r) => withCell(r, 3, '2009-03-05')),
      fixtureRow.map((r) => withCell(r, 1, '')),
      fixtureRow.map((r) => withCell(r, 0, 'PAS-UN-INE')),
      fixtureRow.map((r) => withCell(r, 2, '=cmd|" /C calc"!A0')),
      fixtureRow.map((r) => withCell(r, 1, 'X'.repeat(5_000))),
      fixtureRow.map((r) => `${r};extra;cells`),
      fixtureRow.map((r) => r.replace(/;/g, ',')),
    ),
  },
);

/** A SIEI list: the right header with good and broken rows mostly, else anything but a list. */
const listFile = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.array(csvRow, { minLength: 1, maxLength: 8 }), fc.constantFrom('\r\n', '\n'), fc.boolean())
      .map(([rows, eol, bom]) => Buffer.from((bom ? '\ufeff' : '') + [HEADER, ...rows].join(eol) + eol, 'utf8')),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      Buffer.from(`${HEADER}\r\n`),
      Buffer.from('a;b;c\r\n1;2;3\r\n'),
      Buffer.from(HEADER.split(';').reverse().join(';') + '\r\n' + ROWS[0]!.split(';').reverse().join(';')),
      Buffer.from(HEADER.split(';').slice(0, 3).join(';') + '\r\n'),
      Buffer.alloc(0),
      Buffer.from('\ufeff'),
      pdf(500),
      Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\r\n${ROWS[0]}\r\n`, 'utf16le')]),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((n) => randomBytes(n)) },
  {
    weight: 1,
    arbitrary: fc.constant('over the limit').map(() => {
      const rows: string[] = [HEADER];
      for (let i = 0, size = 0; size <= IMPORT_MAX_FILE_BYTES; i++)
        size += rows[rows.push(ROWS[i % ROWS.length]!) - 1]!.length;
      return Buffer.from(rows.join('\r\n'));
    }),
  },
);

// ─── Callers ──────────────────────────────────────────────────────────────────────────────────

/** Who may call each REST route, from the reviewed permission snapshot (core/permissions.test.ts). */
function restPolicies(): Map<string, (role: string | null) => boolean> {
  const snapshot = fs.readFileSync(path.join(repoRoot, 'server/src/core/permissions.snapshot.txt'), 'utf8');
  const section = snapshot.slice(snapshot.indexOf('## REST routes'), snapshot.indexOf('## Tables'));
  const out = new Map<string, (role: string | null) => boolean>();
  // Method, path, policy, and (issue 20) the scope an API key needs.
  for (const match of section.matchAll(/^(GET|POST|PUT|PATCH|DELETE|OPTIONS)\s+(\S+)\s+(\S+)(?:\s+\S+)?$/gm)) {
    const policy = match[3]!;
    const roles = policy.startsWith('role:') ? policy.slice(5).split('|') : null;
    out.set(`${match[1]} ${match[2]}`, (role) =>
      policy === 'public'
        ? true
        : policy === 'per-root-field' || policy === 'signed-in'
          ? role !== null
          : policy === 'psad-referent'
            ? role === 'PSAD_REFERENT'
            : Boolean(role && roles?.includes(role)),
    );
  }
  return out;
}
const POLICIES = restPolicies();

/** Mostly callers the route lets in (their inputs reach the services), else any role, nobody, or bad credentials. */
function callerArb(key: string): fc.Arbitrary<Caller> {
  const admits = POLICIES.get(key) ?? (() => false);
  const admitted = () => signedIn.filter((c) => admits(c.role));
  return fc.oneof(
    { weight: 5, arbitrary: fc.nat().map((i) => pick(admitted(), i, anonymous)) },
    { weight: 2, arbitrary: fc.nat().map((i) => pick(signedIn, i, anonymous)) },
    { weight: 1, arbitrary: fc.constant(null).map(() => anonymous) },
    { weight: 1, arbitrary: fc.nat().map((i) => pick(badCredentials, i, anonymous)) },
  );
}

/** Headers a client (or an attacker) adds, none of which should change the outcome's class. */
const extraHeaders = fc.record(
  {
    accept: fc.constantFrom(
      '*/*',
      'application/json',
      'text/csv',
      'application/xml',
      'text/html;q=0.1',
      '',
      'application/graphql-response+json',
    ),
    'accept-language': fc.constantFrom('fr-FR', 'en', '*', 'xx;q=-1'),
    'x-forwarded-for': fc.constantFrom('1.2.3.4', '127.0.0.1, 10.0.0.1', 'garbage'),
    'x-http-method-override': fc.constantFrom('DELETE', 'PUT'),
    cookie: fc.constantFrom(`${REFRESH_COOKIE}=garbage`, '=;;=', `${REFRESH_COOKIE}=%ZZ`, 'a=b'),
    range: fc.constantFrom('bytes=0-10', 'bytes=-1', 'bytes=x'),
    'if-none-match': fc.constantFrom('*', '"x"'),
    'x-request-id': fc.constantFrom('fixed', 'x'.repeat(500)),
  },
  { requiredKeys: [] },
);

const WRONG_METHODS = fc.constantFrom<InjectOptions['method']>('PUT', 'DELETE', 'PATCH', 'OPTIONS');

/** The method: the route's mostly, now and then one it does not answer. */
const methodArb = (method: InjectOptions['method']) =>
  fc.oneof({ weight: 19, arbitrary: fc.constant(method) }, { weight: 1, arbitrary: WRONG_METHODS });

interface Drawn {
  caller: Caller;
  extra: Record<string, string>;
  method: InjectOptions['method'];
}

/** The parts every call draws: caller, extra headers, method. */
const common = (key: string): fc.Arbitrary<Drawn> =>
  fc.record({
    caller: callerArb(key),
    extra: extraHeaders,
    method: methodArb(key.slice(0, key.indexOf(' ')) as InjectOptions['method']),
  });

function callOf(
  d: Drawn,
  url: string,
  body: Body = {},
  facts: Record<string, unknown> = {},
  remoteAddress?: string,
): Call {
  const headers: Record<string, string> = { ...d.extra, ...d.caller.headers };
  if (body.contentType !== undefined) headers['content-type'] = body.contentType;
  const call: Call = {
    caller: d.caller,
    method: d.method,
    url,
    headers,
    ...(body.payload !== undefined ? { payload: body.payload } : {}),
    ...(remoteAddress ? { remoteAddress } : {}),
    facts,
  };
  // A counterexample's description, bounded: ids tens of thousands of characters long, 20 MB files.
  return Object.assign(call, { [fc.toStringMethod]: () => describeCall(call) });
}

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

function describeCall(call: Call): string {
  const { authorization, ...others } = call.headers;
  return JSON.stringify({
    caller: call.caller.label,
    method: call.method,
    url: clip(call.url),
    headers: Object.fromEntries(Object.entries(others).map(([k, v]) => [k, clip(v, 100)])),
    ...(authorization && !call.caller.role ? { authorization: clip(authorization, 100) } : {}),
    payload: call.payload === undefined ? undefined : clip(Buffer.from(call.payload).toString('latin1'), 600),
    remoteAddress: call.remoteAddress,
  });
}

/**
 * The address of a sign-in or refresh: a new one for most calls, so that the per-address limits and the
 * per-account waits (which count per address) leave the credentials' outcomes to be seen; now and then
 * the same one, so that those limits are reached too (429).
 */
let addressCount = 0;
const addressArb = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .constant(null)
      .map(() => `10.${(++addressCount >> 16) & 255}.${(addressCount >> 8) & 255}.${addressCount & 255}`),
  },
  { weight: 1, arbitrary: fc.constant('192.0.2.1') },
);

/** The refresh cookie: a token issued (used or not), garbage, huge, several, malformed. */
const refreshCookie = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((i) => `${REFRESH_COOKIE}=${pick(refreshTokens, i, 'none')}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      `${REFRESH_COOKIE}=`,
      `${REFRESH_COOKIE}=garbage`,
      `${REFRESH_COOKIE}=${'x'.repeat(8_000)}`,
      `${REFRESH_COOKIE}=a; ${REFRESH_COOKIE}=b`,
      `${REFRESH_COOKIE}=%ZZ`,
      `${REFRESH_COOKIE}="unterminated`,
      '=;;=',
      'other=1',
    ),
  },
  { weight: 1, arbitrary: fc.constant('') },
);

function rememberRefreshToken(res: LightMyRequestResponse) {
  const cookie = res.cookies.find((c) => c.name === REFRESH_COOKIE);
  if (cookie?.value) refreshTokens.push(cookie.value);
}

const isReferentOf = async (userId: string | null, platformId: string) =>
  userId !== null &&
  (
    await ownerRows(
      t,
      sql`select 1 from platform_referent where platform_id = ${platformId}::uuid and user_id = ${userId}::uuid`,
    )
  ).length > 0;

const platformOfImport = async (importId: string) =>
  (
    await ownerRows<{ platform_id: string; status: string }>(
      t,
      sql`select platform_id::text, status from siei_import where id = ${importId}::uuid`,
    )
  )[0];

/** A bilan's period: none (the school year), a school year, half of one, malformed, reversed. */
const BILAN_PERIODS = fc.constantFrom<Pairs>(
  [],
  [
    ['from', '2025-09-01'],
    ['to', '2026-08-31'],
  ],
  [['from', '2026-09-01']],
  [
    ['from', '2026-13-01'],
    ['to', 'x'],
  ],
  [
    ['from', '2026-08-31'],
    ['to', '2025-09-01'],
  ],
);

// ─── Routes ───────────────────────────────────────────────────────────────────────────────────

const ROUTES: RouteFuzz[] = [
  {
    method: 'POST',
    route: '/api/auth/login',
    writes: true,
    // A failed sign-in counts itself on the account it named.
    checksumOptions: { ignoreColumns: { app_user: ['failed_login_count', 'last_failed_login_at'] } },
    call: () =>
      fc
        .tuple(
          common('POST /api/auth/login'),
          jsonBodyArb(
            fc.record(
              {
                email: fc.oneof(
                  { weight: 4, arbitrary: fc.constantFrom(...USERS.map(([email]) => email)) },
                  { weight: 1, arbitrary: fc.constantFrom(' ADMIN@demo.test ', 'nobody@demo.test', '') },
                  { weight: 1, arbitrary: hostileText },
                  { weight: 1, arbitrary: fc.constantFrom(1, null, ['admin@demo.test'], { $ne: '' }) },
                ),
                password: fc.oneof(
                  { weight: 3, arbitrary: fc.constant(DEMO_PASSWORD) },
                  {
                    weight: 2,
                    arbitrary: fc.constantFrom('wrong', DEMO_PASSWORD.toUpperCase(), `${DEMO_PASSWORD} `, ''),
                  },
                  { weight: 1, arbitrary: hostileText },
                  { weight: 1, arbitrary: fc.constantFrom(0, true, { $gt: '' }) },
                ),
              },
              { requiredKeys: [] },
            ),
          ),
          queryArb(fc.constant([])),
          addressArb,
        )
        .map(([d, body, query, address]) => {
          let facts: Record<string, unknown> = {};
          try {
            facts = JSON.parse(String(body.payload)) as Record<string, unknown>;
          } catch {
            // Malformed on purpose: no credentials to check.
          }
          return callOf(d, `/api/auth/login${query}`, body, { credentials: facts }, address);
        }),
    async onSuccess(call, res) {
      // Signed in only with a demo user's e-mail (trimmed, any case) and its password, as the route's schema
      // reads them: Fastify's Ajv coerces a one-element array to its element.
      const credentials = call.facts.credentials as { email?: unknown; password?: unknown } | null;
      const read = (v: unknown) => (Array.isArray(v) && v.length === 1 ? (v[0] as unknown) : v);
      const typed = read(credentials?.email);
      const email = typeof typed === 'string' ? typed.trim().toLowerCase() : null;
      expect(
        USERS.some(([e]) => e === email),
        `signed in as ${JSON.stringify(credentials?.email)}`,
      ).toBe(true);
      expect(read(credentials?.password)).toBe(DEMO_PASSWORD);
      expect(res.json<{ user: { email: string } }>().user.email).toBe(email);
      rememberRefreshToken(res);
    },
  },
  {
    method: 'POST',
    route: '/api/auth/refresh',
    call: () =>
      fc
        .tuple(
          common('POST /api/auth/refresh'),
          refreshCookie,
          jsonBodyArb(fc.constant({})),
          queryArb(fc.constant([])),
          addressArb,
        )
        .map(([d, cookie, body, query, address]) => {
          const call = callOf(d, `/api/auth/refresh${query}`, body, {}, address);
          if (cookie) call.headers.cookie = cookie;
          else delete call.headers.cookie;
          return call;
        }),
    async onSuccess(_call, res) {
      expect(res.json<{ accessToken?: string }>().accessToken).toEqual(expect.any(String));
      rememberRefreshToken(res);
    },
  },
  {
    method: 'POST',
    route: '/api/auth/logout',
    call: () =>
      fc
        .tuple(
          common('POST /api/auth/logout'),
          refreshCookie,
          jsonBodyArb(fc.constant({})),
          queryArb(fc.constant([])),
          addressArb,
        )
        .map(([d, cookie, body, query, address]) => {
          const call = callOf(d, `/api/auth/logout${query}`, body, {}, address);
          if (cookie) call.headers.cookie = cookie;
          else delete call.headers.cookie;
          return call;
        }),
  },
  {
    method: 'GET',
    route: '/api/auth/options',
    call: () =>
      fc
        .tuple(common('GET /api/auth/options'), queryArb(fc.constant([])))
        .map(([d, query]) => callOf(d, `/api/auth/options${query}`)),
    async onSuccess(_call, res) {
      expect(res.json()).toEqual({ proconnect: false });
    },
  },
  {
    method: 'GET',
    route: '/api/auth/sign-in',
    // With a refresh cookie and no sign-in under way, it refreshes (a write, as /api/auth/refresh).
    writes: true,
    call: () =>
      fc
        .tuple(common('GET /api/auth/sign-in'), refreshCookie, queryArb(fc.constant([])), addressArb)
        .map(([d, cookie, query, address]) => {
          const call = callOf(d, `/api/auth/sign-in${query}`, {}, {}, address);
          if (cookie) call.headers.cookie = cookie;
          else delete call.headers.cookie;
          return call;
        }),
    async onSuccess(_call, res) {
      const body = res.json<{ status: string; accessToken?: string }>();
      expect(['NONE', 'SIGNED_IN']).toContain(body.status);
      if (body.status === 'SIGNED_IN') {
        expect(body.accessToken).toEqual(expect.any(String));
        rememberRefreshToken(res);
      }
    },
  },
  // ProConnect is not configured in this app: the start and the callback answer 404, writing nothing.
  {
    method: 'GET',
    route: '/api/auth/proconnect/start',
    call: () =>
      fc
        .tuple(
          common('GET /api/auth/proconnect/start'),
          queryArb(
            fc.constantFrom<Pairs>(
              [],
              [['return', '/suivis']],
              [['return', '//evil.example']],
              [['return', 'https://x']],
            ),
          ),
          addressArb,
        )
        .map(([d, query, address]) => callOf(d, `/api/auth/proconnect/start${query}`, {}, {}, address)),
  },
  {
    method: 'GET',
    route: '/api/auth/proconnect/callback',
    call: () =>
      fc
        .tuple(
          common('GET /api/auth/proconnect/callback'),
          queryArb(
            fc.constantFrom<Pairs>(
              [],
              [
                ['code', 'abc'],
                ['state', 'xyz'],
              ],
              [
                ['error', 'access_denied'],
                ['state', 'xyz'],
              ],
            ),
          ),
          fc.constantFrom('', 'maillage_oidc=garbage', `maillage_oidc=${'x'.repeat(8_000)}`),
          addressArb,
        )
        .map(([d, query, cookie, address]) => {
          const call = callOf(d, `/api/auth/proconnect/callback${query}`, {}, {}, address);
          if (cookie) call.headers.cookie = cookie;
          return call;
        }),
  },
  {
    method: 'POST',
    route: '/api/auth/link',
    call: () =>
      fc
        .tuple(
          common('POST /api/auth/link'),
          jsonBodyArb(
            fc.record(
              { password: fc.oneof(fc.constant(DEMO_PASSWORD), hostileText, fc.constantFrom(0, null, '')) },
              { requiredKeys: [] },
            ),
          ),
          fc.constantFrom('', 'maillage_sign_in=garbage', `maillage_sign_in=${'x'.repeat(8_000)}`),
          queryArb(fc.constant([])),
          addressArb,
        )
        .map(([d, body, cookie, query, address]) => {
          const call = callOf(d, `/api/auth/link${query}`, body, {}, address);
          if (cookie) call.headers.cookie = cookie;
          return call;
        }),
  },
  {
    method: 'POST',
    route: '/api/notifications/stream-session',
    call: () =>
      fc
        .tuple(
          common('POST /api/notifications/stream-session'),
          jsonBodyArb(fc.constant({})),
          queryArb(fc.constant([])),
        )
        .map(([d, body, query]) => callOf(d, `/api/notifications/stream-session${query}`, body)),
  },
  {
    method: 'GET',
    route: '/api/clas/dashboard/export',
    call: () =>
      fc
        .tuple(
          common('GET /api/clas/dashboard/export'),
          queryArb(
            fc
              .record(
                {
                  schoolYear: fc.constantFrom('2025-2026', '2026-2027', '2027-2028', '2026-2026', '2026'),
                  format: fc.constantFrom('csv', 'xlsx'),
                  departementId: fc.oneof(
                    fc.nat().map((i) => pick(ids.territories, i, NOBODY)),
                    fc.constantFrom('', NOBODY, 'x'),
                  ),
                },
                { requiredKeys: ['format'] },
              )
              .map((r) => Object.entries(r) as Pairs),
          ),
        )
        .map(([d, query]) => callOf(d, `/api/clas/dashboard/export${query}`)),
  },
  {
    method: 'GET',
    route: '/api/openapi.json',
    call: () =>
      fc
        .tuple(
          common('GET /api/openapi.json'),
          queryArb(fc.constant([])),
          fc.constantFrom('', '', '', '/', '/x', '%00', '.bak'),
        )
        .map(([d, query, tail]) => callOf(d, `/api/openapi.json${tail}${query}`)),
  },
  // The schema's SDL and reference (the « API » page): any signed-in user or key.
  ...(['/api/schema.graphql', '/api/schema/reference'] as const).map((route): RouteFuzz => ({
    method: 'GET',
    route,
    call: () =>
      fc
        .tuple(common(`GET ${route}`), queryArb(fc.constant([])), fc.constantFrom('', '', '', '/', '/x', '%00'))
        .map(([d, query, tail]) => callOf(d, `${route}${tail}${query}`)),
  })),
  {
    method: 'GET',
    route: '/api/parcours/documents/:id',
    call: () =>
      fc
        .tuple(
          common('GET /api/parcours/documents/:id'),
          segmentArb(() => ids.documents),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/parcours/documents/${id}${query}`, {}, { documentId: id })),
    async onSuccess(call, res) {
      const id = (call.facts.documentId as string).toLowerCase();
      // Only to a social worker the document is shared with, and the very bytes uploaded.
      const shared = await ownerRows(
        t,
        sql`select 1 from consent c join accompaniment_member m on m.id = c.member_id
            where c.document_id = ${id}::uuid and c.kind = 'PARTAGE_DOCUMENT' and c.withdrawn_at is null
              and m.user_id = ${call.caller.userId}::uuid`,
      );
      expect(shared.length, `document ${id} downloaded by ${call.caller.label}`).toBeGreaterThan(0);
      expect(res.rawPayload.equals(documentBytes.get(id)!), `document ${id}: the bytes uploaded`).toBe(true);
    },
  },
  // A CIO's work plan, in each format (issue 18).
  ...(['xlsx', 'pdf'] as const).map((format): RouteFuzz => ({
    method: 'GET',
    route: `/api/orientation/work-plans/:id/plan.${format}`,
    call: () =>
      fc
        .tuple(
          common(`GET /api/orientation/work-plans/:id/plan.${format}`),
          segmentArb(() => ids.workPlans),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/orientation/work-plans/${id}/plan.${format}${query}`)),
  })),
  // A CPMS's objectives contract's evaluation report, in each format (issue 19).
  ...(['pdf', 'docx'] as const).map((format): RouteFuzz => ({
    method: 'GET',
    route: `/api/cpms/objectives-contracts/:id/rapport.${format}`,
    call: () =>
      fc
        .tuple(
          common(`GET /api/cpms/objectives-contracts/:id/rapport.${format}`),
          segmentArb(() => ids.cpmsObjectivesContracts),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/cpms/objectives-contracts/${id}/rapport.${format}${query}`)),
  })),
  // A plan de pilotage's document: read by its readers, put by the school's head (issue 19).
  {
    method: 'GET',
    route: '/api/cpms/plans/:id/document',
    call: () =>
      fc
        .tuple(
          common('GET /api/cpms/plans/:id/document'),
          segmentArb(() => ids.cpmsPlans),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/cpms/plans/${id}/document${query}`)),
  },
  {
    method: 'POST',
    route: '/api/cpms/plans/:id/document',
    writes: true,
    call: () =>
      fc
        .tuple(
          common('POST /api/cpms/plans/:id/document'),
          segmentArb(() => ids.cpmsPlans),
          fc.integer({ min: 0, max: 20_000 }).map(pdf),
          MANGLE,
          queryArb(fc.constant([])),
        )
        .map(([d, id, content, mangle, query]) =>
          callOf(
            d,
            `/api/cpms/plans/${id}/document${query}`,
            multipart([{ name: 'file', file: { filename: 'plan.pdf', type: 'application/pdf', content } }], mangle),
            { planId: id },
          ),
        ),
    async onSuccess(call) {
      // Only by the head of the plan's school.
      const heads = await ownerRows(
        t,
        sql`select 1 from cpms_school_plan p join membership m on m.organisation_id = p.school_id
            where p.id = ${(call.facts.planId as string).toLowerCase()}::uuid and m.user_id = ${call.caller.userId}::uuid
              and 'SCHOOL_HEAD' = any (m.roles)`,
      );
      expect(heads.length, `plan document put by ${call.caller.label}`).toBeGreaterThan(0);
    },
  },
  // The orientation evaluation's final report of a CIO (its direction team and PsyEn).
  {
    method: 'GET',
    route: '/api/orientation/cios/:cioId/rapport-evaluation.pdf',
    call: () =>
      fc
        .tuple(
          common('GET /api/orientation/cios/:cioId/rapport-evaluation.pdf'),
          segmentArb(() => ids.cios),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/orientation/cios/${id}/rapport-evaluation.pdf${query}`)),
  },
  // The documents of the instances, in each format: a meeting's minutes, a platform's and a région's bilan.
  ...(['pdf', 'docx'] as const).flatMap((format): RouteFuzz[] => [
    {
      method: 'GET',
      route: `/api/meetings/:id/compte-rendu.${format}`,
      call: () =>
        fc
          .tuple(
            common(`GET /api/meetings/:id/compte-rendu.${format}`),
            segmentArb(() => ids.meetings),
            queryArb(fc.constant([])),
          )
          .map(([d, id, query]) => callOf(d, `/api/meetings/${id}/compte-rendu.${format}${query}`)),
    },
    {
      method: 'GET',
      route: `/api/psad/platforms/:platformId/bilan.${format}`,
      call: () =>
        fc
          .tuple(
            common(`GET /api/psad/platforms/:platformId/bilan.${format}`),
            segmentArb(() => ids.platforms),
            queryArb(BILAN_PERIODS),
          )
          .map(([d, id, query]) => callOf(d, `/api/psad/platforms/${id}/bilan.${format}${query}`)),
    },
    {
      method: 'GET',
      route: `/api/psad/bilan-regional.${format}`,
      call: () =>
        fc
          .tuple(common(`GET /api/psad/bilan-regional.${format}`), queryArb(BILAN_PERIODS))
          .map(([d, query]) => callOf(d, `/api/psad/bilan-regional.${format}${query}`)),
    },
  ]),
  {
    method: 'GET',
    route: '/api/meetings/:id/invitation.ics',
    call: () =>
      fc
        .tuple(
          common('GET /api/meetings/:id/invitation.ics'),
          segmentArb(() => ids.meetings),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/meetings/${id}/invitation.ics${query}`)),
  },
  {
    method: 'GET',
    route: '/api/orientation/cios/:cioId/psyen/:userId/emploi-du-temps.ics',
    call: () =>
      fc
        .tuple(
          common('GET /api/orientation/cios/:cioId/psyen/:userId/emploi-du-temps.ics'),
          segmentArb(() => ids.cios),
          segmentArb(() => ids.psyen),
          queryArb(fc.constantFrom<Pairs>([['annee', '2026-2027']], [['annee', '2025-2026']], [['annee', '2026']], [])),
        )
        .map(([d, cio, user, query]) =>
          callOf(d, `/api/orientation/cios/${cio}/psyen/${user}/emploi-du-temps.ics${query}`),
        ),
  },
  {
    method: 'GET',
    route: '/api/cpms/pools/:id/on-call',
    call: () =>
      fc
        .tuple(
          common('GET /api/cpms/pools/:id/on-call'),
          segmentArb(() => ids.pools),
          queryArb(
            fc.constantFrom<Pairs>([['at', '2027-03-28T01:30:00Z']], [['at', '2027-13-01']], [['at', 'demain']], []),
          ),
        )
        .map(([d, pool, query]) => callOf(d, `/api/cpms/pools/${pool}/on-call${query}`)),
  },
  {
    method: 'GET',
    route: '/api/parcours/indicators/export',
    call: () =>
      fc
        .tuple(
          common('GET /api/parcours/indicators/export'),
          queryArb(fc.constantFrom<Pairs>([['format', 'csv']], [['format', 'xlsx']], [])),
        )
        .map(([d, query]) => callOf(d, `/api/parcours/indicators/export${query}`)),
  },
  {
    method: 'GET',
    route: '/api/cpms/indicators/export',
    call: () =>
      fc
        .tuple(
          common('GET /api/cpms/indicators/export'),
          queryArb(
            fc.constantFrom<Pairs>(
              [
                ['format', 'csv'],
                ['year', '2026'],
              ],
              [
                ['format', 'xlsx'],
                ['year', '2025'],
              ],
              [['format', 'csv']],
              [['year', 'deux-mille']],
            ),
          ),
        )
        .map(([d, query]) => callOf(d, `/api/cpms/indicators/export${query}`)),
  },
  {
    method: 'POST',
    route: '/api/parcours/persons/:id/documents',
    writes: true,
    call: () => {
      const field = (name: string, value: fc.Arbitrary<string>) =>
        fc.option(
          value.map((v): Part => ({ name, value: v })),
          { nil: null, freq: 5 },
        );
      const shares = fc.oneof(
        fc
          .array(
            fc.nat().map((i) => pick(ids.members, i, NOBODY)),
            { minLength: 1, maxLength: 3 },
          )
          .map((a) => a.join(',')),
        fc.constantFrom('', ',', 'garbage', `${NOBODY},`, ' , , '),
        fc.integer({ min: 20, max: 200 }).map((n) => Array.from({ length: n }, () => NOBODY).join(',')),
      );
      const fields = fc
        .tuple(
          field('title', fc.oneof(fc.constantFrom('Attestation CAF', 'Quittance — mars'), hostileText)),
          field(
            'category',
            fc.oneof(fc.constantFrom(...DOCUMENT_CATEGORIES), fc.constantFrom('autre', 'NOT_A_CATEGORY', '')),
          ),
          field('shareWithMemberIds', shares),
          fc.option(fc.constantFrom<Part>({ name: 'personId', value: NOBODY }, { name: 'file', value: 'not a file' }), {
            nil: null,
            freq: 6,
          }),
        )
        .map((parts) => parts.filter((p): p is Part => p !== null));
      const file = fc
        .tuple(
          documentFile,
          fc.constantFrom('file', 'file', 'file', 'file', 'document', ''),
          fc.constantFrom('a.pdf', '../../etc/passwd', 'é 🧒.pdf', ''),
        )
        .map(([content, name, filename]): Part => ({ name, file: { filename, type: 'application/pdf', content } }));
      // What the web app sends: it reaches the store and the write.
      const plausible = fc
        .tuple(
          fc.constantFrom('Attestation CAF', 'Quittance — mars'),
          fc.constantFrom(...DOCUMENT_CATEGORIES),
          fc.oneof(
            fc.constant(''),
            fc.nat().map((i) => pick(ids.members, i, NOBODY)),
          ),
          fc.integer({ min: 0, max: 20_000 }).map(pdf),
        )
        .map(([title, category, share, content]): Part[] => [
          { name: 'title', value: title },
          { name: 'category', value: category },
          { name: 'shareWithMemberIds', value: share },
          { name: 'file', file: { filename: 'a.pdf', type: 'application/pdf', content } },
        ]);
      const parts = fc.oneof(
        { weight: 6, arbitrary: plausible },
        { weight: 8, arbitrary: fc.tuple(fields, file).map(([f, x]) => [...f, x]) },
        { weight: 1, arbitrary: fc.tuple(fields, file).map(([f, x]) => [x, ...f]) },
        { weight: 1, arbitrary: fields },
        { weight: 1, arbitrary: file.map((x) => [x]) },
        { weight: 1, arbitrary: fc.tuple(fields, file, file).map(([f, x, y]) => [...f, x, y]) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fields, file)
            .map(([f, x]) => [
              ...f,
              ...Array.from({ length: 14 }, (_, i): Part => ({ name: `extra${i}`, value: 'x' })),
              x,
            ]),
        },
      );
      return fc
        .tuple(
          common('POST /api/parcours/persons/:id/documents'),
          segmentArb(() => ids.persons),
          parts,
          MANGLE,
          queryArb(fc.constant([])),
        )
        .map(([d, person, p, mangle, query]) => {
          const body = multipart(p, mangle);
          const uploaded = p.find((x) => x.file)?.file?.content;
          return callOf(d, `/api/parcours/persons/${person}/documents${query}`, body, { personId: person, uploaded });
        });
    },
    async onSuccess(call, res) {
      const personId = call.facts.personId as string;
      // Only by a social worker on the person's list, and the file as sent.
      const listed = await ownerRows(
        t,
        sql`select 1 from accompaniment_member where person_id = ${personId}::uuid and user_id = ${call.caller.userId}::uuid and until is null`,
      );
      expect(listed.length, `upload for ${personId} by ${call.caller.label}`).toBeGreaterThan(0);
      const body = res.json<{ id: string; sizeBytes: number }>();
      const uploaded = call.facts.uploaded as Buffer;
      expect(body.sizeBytes).toBe(uploaded.length);
      ids.documents.push(body.id);
      documentBytes.set(body.id, uploaded);
    },
  },
  {
    method: 'POST',
    route: '/api/psad/exports',
    call: () =>
      fc
        .tuple(
          common('POST /api/psad/exports'),
          jsonBodyArb(
            fc.record(
              {
                format: fc.oneof(fc.constantFrom('csv', 'xlsx'), fc.constantFrom('pdf', 'CSV', null)),
                scope: fc.oneof(
                  fc.nat().map((i) => ({ platformId: pick(ids.platforms, i, NOBODY) })),
                  fc.constant({ assigned: true }),
                  fc.constantFrom(
                    {},
                    { assigned: false },
                    { platformId: NOBODY, assigned: true },
                    { platformId: 'x' },
                    null,
                  ),
                ),
                filter: fc.oneof(
                  fc.constantFrom(
                    null,
                    {},
                    { status: ['A_TRAITER'] },
                    { search: 'FUZZ' },
                    { daysWithoutContact: 30 },
                    { campaign: '2026-S2' },
                  ),
                  fc.constantFrom(
                    { status: ['NOPE'] },
                    { daysWithoutContact: -1 },
                    { search: 'x'.repeat(500) },
                    { organisationId: 'x' },
                    [],
                  ),
                ),
                orderBy: fc.constantFrom('NAME', 'LAST_UPDATE', 'EXIT_DATE', null, 'RANDOM'),
              },
              { requiredKeys: ['format', 'scope'] },
            ),
          ),
          queryArb(fc.constant([])),
        )
        .map(([d, body, query]) => {
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(String(body.payload));
          } catch {
            // Malformed on purpose.
          }
          return callOf(d, `/api/psad/exports${query}`, body, { request: parsed });
        }),
    async onSuccess(call) {
      // A platform's list to its referents only, the assigned cases to counsellors only.
      const scope = (call.facts.request as { scope?: { platformId?: string; assigned?: boolean } }).scope;
      if (scope?.platformId)
        expect(await isReferentOf(call.caller.userId, scope.platformId), call.caller.label).toBe(true);
      else expect(call.caller.role, 'assigned cases').toBe('COUNSELLOR');
    },
  },
  {
    method: 'POST',
    route: '/api/psad/imports/:importId/confirm',
    writes: true,
    call: () =>
      fc
        .tuple(
          common('POST /api/psad/imports/:importId/confirm'),
          segmentArb(() => ids.imports),
          jsonBodyArb(fc.constant({})),
          queryArb(fc.constant([])),
        )
        .map(([d, id, body, query]) => callOf(d, `/api/psad/imports/${id}/confirm${query}`, body, { importId: id })),
    async onSuccess(call) {
      const row = await platformOfImport(call.facts.importId as string);
      expect(await isReferentOf(call.caller.userId, row!.platform_id), call.caller.label).toBe(true);
    },
  },
  {
    method: 'GET',
    route: '/api/psad/imports/:importId/rejected.csv',
    call: () =>
      fc
        .tuple(
          common('GET /api/psad/imports/:importId/rejected.csv'),
          segmentArb(() => ids.imports),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/psad/imports/${id}/rejected.csv${query}`, {}, { importId: id })),
    async onSuccess(call) {
      const row = await platformOfImport(call.facts.importId as string);
      expect(await isReferentOf(call.caller.userId, row!.platform_id), call.caller.label).toBe(true);
    },
  },
  {
    method: 'POST',
    route: '/api/psad/platforms/:platformId/imports',
    writes: true,
    call: () => {
      const campaign = fc.option(
        fc
          .oneof(
            { weight: 4, arbitrary: fc.constantFrom('2026-S2', '2027-S1', '2026-11', ' 2026-s2 ') },
            { weight: 1, arbitrary: fc.constantFrom('2026-S3', '2026-13', '', 'S2-2026', 'x'.repeat(2_000)) },
            { weight: 1, arbitrary: hostileText },
          )
          .map((value): Part => ({ name: 'campaign', value })),
        { nil: null, freq: 6 },
      );
      const file = fc
        .tuple(
          listFile,
          fc.constantFrom('file', 'file', 'file', 'file', 'fichier', 'campaign'),
          fc.constantFrom('liste.csv', 'x'.repeat(400), '', '../a.csv'),
        )
        .map(([content, name, filename]): Part => ({ name, file: { filename, type: 'text/csv', content } }));
      const extra = fc.option(
        fc.constantFrom<Part>({ name: 'platformId', value: NOBODY }, { name: 'file', value: 'a;b' }),
        { nil: null, freq: 6 },
      );
      // A list as the SIEI writes it: it reaches the preview's write.
      const plausible = fc
        .tuple(fc.constantFrom('2026-S2', '2027-S1'), fc.array(fixtureRow, { minLength: 1, maxLength: 8 }))
        .map(([c, rows]): Part[] => [
          { name: 'campaign', value: c },
          {
            name: 'file',
            file: { filename: 'liste.csv', type: 'text/csv', content: Buffer.from([HEADER, ...rows].join('\r\n')) },
          },
        ]);
      const present = (parts: (Part | null)[]) => parts.filter((x): x is Part => x !== null);
      const parts = fc.oneof(
        { weight: 6, arbitrary: plausible },
        { weight: 8, arbitrary: fc.tuple(campaign, file, extra).map(([c, f, x]) => present([c, f, x])) },
        { weight: 1, arbitrary: fc.tuple(campaign, file).map(([c, f]) => present([f, c])) },
        { weight: 1, arbitrary: fc.tuple(campaign, extra).map(([c, x]) => present([c, x])) },
        { weight: 1, arbitrary: fc.tuple(campaign, file, file).map(([c, f, g]) => present([c, f, g])) },
      );
      return fc
        .tuple(
          common('POST /api/psad/platforms/:platformId/imports'),
          segmentArb(() => ids.platforms),
          parts,
          MANGLE,
          queryArb(fc.constant([])),
        )
        .map(([d, platformId, p, mangle, query]) =>
          callOf(d, `/api/psad/platforms/${platformId}/imports${query}`, multipart(p, mangle), { platformId }),
        );
    },
    async onSuccess(call, res) {
      expect(await isReferentOf(call.caller.userId, call.facts.platformId as string), call.caller.label).toBe(true);
      ids.imports.push(res.json<{ importId: string }>().importId);
    },
  },
  {
    method: 'GET',
    route: '/api/psad/platforms/:platformId/catalogue.csv',
    call: () =>
      fc
        .tuple(
          common('GET /api/psad/platforms/:platformId/catalogue.csv'),
          segmentArb(() => ids.platforms),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/psad/platforms/${id}/catalogue.csv${query}`)),
  },
  {
    method: 'GET',
    route: '/api/psad/platforms/:platformId/catalogue.xlsx',
    call: () =>
      fc
        .tuple(
          common('GET /api/psad/platforms/:platformId/catalogue.xlsx'),
          segmentArb(() => ids.platforms),
          queryArb(fc.constant([])),
        )
        .map(([d, id, query]) => callOf(d, `/api/psad/platforms/${id}/catalogue.xlsx${query}`)),
  },
  {
    method: 'POST',
    route: '/api/psad/platforms/:platformId/catalogue',
    writes: true,
    call: () => {
      const header = 'Nom;Type de solution;Organisation;Communes (codes INSEE);Âge minimum;Âge maximum;Places;Début';
      const row = fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom(
            'Garantie jeunes;Accompagnement Mission Locale (CEJ, PACEA…);;18033;16;25;10;01/09/2026',
            'E2C;EPIDE_E2C;Mission Locale de Bourges;;18;25;;',
            'Service civique;Service civique;;18033 18279;16;;;',
          ),
        },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            ';Emploi;;;;;;',
            'X;Inconnu;Nulle part;Bourges;30;20;-1;32/13/2026',
            '=cmd|" /C calc"!A0;AUTRE;;;;;;',
            'Y'.repeat(5_000) + ';AUTRE',
          ),
        },
        { weight: 1, arbitrary: hostileText },
      );
      const content = fc.oneof(
        {
          weight: 5,
          arbitrary: fc
            .array(row, { minLength: 1, maxLength: 6 })
            .map((rows) => Buffer.from([header, ...rows].join('\r\n'))),
        },
        { weight: 2, arbitrary: listFile },
      );
      const parts = fc
        .tuple(content, fc.constantFrom('file', 'file', 'file', 'fichier'))
        .map(([c, name]): Part[] => [{ name, file: { filename: 'catalogue.csv', type: 'text/csv', content: c } }]);
      return fc
        .tuple(
          common('POST /api/psad/platforms/:platformId/catalogue'),
          segmentArb(() => ids.platforms),
          parts,
          MANGLE,
          queryArb(fc.constant([])),
        )
        .map(([d, platformId, p, mangle, query]) =>
          callOf(d, `/api/psad/platforms/${platformId}/catalogue${query}`, multipart(p, mangle), { platformId }),
        );
    },
    async onSuccess(call, res) {
      expect(await isReferentOf(call.caller.userId, call.facts.platformId as string), call.caller.label).toBe(true);
      expect(res.json<{ written: boolean }>()).toHaveProperty('written');
    },
  },
  {
    method: 'GET',
    route: '/graphql',
    call: () => {
      const id = fc.nat().map((i) => pick([...ids.persons, ...ids.imports, ...ids.platforms], i, NOBODY));
      const query = fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom(
            '{ me { id email } }',
            'query($id: ID!) { accompaniedPerson(id: $id) { id lastName } }',
            'query($id: ID!) { import(id: $id) { id status } }',
            'query($id: ID!) { case(id: $id) { id status } }',
            'query($id: ID!) { cases(platformId: $id) { totalCount } }',
            'query($id: ID!) { platform(id: $id) { id name } }',
            '{ platforms { id } }',
            '{ __typename }',
            '{ __schema { types { name } } }',
            'query A { me { id } } query B { __typename }',
          ),
        },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            'mutation { createPlatform(input: {}) { id } }',
            'subscription { x }',
            '{',
            '{ me { id',
            '{ nope }',
            'query($id: ID!) { platform(id: $id) { id } }',
            `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
            `{ ${'me { memberships { organisation { members { '.repeat(5)} }`,
            'fragment F on Me { ...F } { me { ...F } }',
            `{ __typename ${'x '.repeat(3_000)} }`,
          ),
        },
        { weight: 1, arbitrary: hostileText },
      );
      const variables = fc.oneof(
        id.map((v) => JSON.stringify({ id: v })),
        fc.constantFrom(
          '',
          '{',
          '[]',
          'null',
          '"x"',
          '1',
          '{"id":null}',
          '{"id":{"a":1}}',
          '{"__proto__":{"id":"x"}}',
          `{"id":"${'x'.repeat(10_000)}"}`,
        ),
      );
      const extensions = fc.constantFrom(
        '{}',
        'null',
        '',
        '"x"',
        '[]',
        '{"persistedQuery":{"version":1,"sha256Hash":"0"}}',
      );
      const pairs = fc
        .tuple(
          query,
          fc.option(variables, { nil: null }),
          fc.option(fc.constantFrom('A', 'B', 'C', ''), { nil: null, freq: 4 }),
          fc.option(extensions, { nil: null, freq: 4 }),
        )
        .map(([q, v, op, ext]) => {
          const out: Pairs = [['query', q]];
          if (v !== null) out.push(['variables', v]);
          if (op !== null) out.push(['operationName', op]);
          if (ext !== null) out.push(['extensions', ext]);
          return out;
        });
      return fc.tuple(common('GET /graphql'), queryArb(pairs)).map(([d, qs]) => callOf(d, `/graphql${qs}`));
    },
  },
  {
    method: 'GET',
    route: '/health/*',
    policy: 'GET /health/live',
    call: () =>
      fc
        .tuple(
          common('GET /health/live'),
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom('live', 'ready') },
            { weight: 1, arbitrary: segmentArb(() => []) },
          ),
          queryArb(fc.constant([])),
        )
        .map(([d, what, query]) => callOf(d, `/health/${what}${query}`)),
  },
];

// ─── Second factors (issue 21) ────────────────────────────────────────────────────────────────

/**
 * Sign-ins waiting at their second step, for the second-factor routes: their users are none of USERS
 * (whose sign-ins the other routes need as they are). FACTOR_USER holds an authenticator app and
 * recovery codes the fuzz knows, so that right codes are drawn too; ENROL_USER must enrol a first factor.
 */
const FACTOR_USER = 'ienio@demo.test';
const ENROL_USER = 'dcio@demo.test';
const FACTOR_SECRET = newTotpSecret();
const RECOVERY = newRecoveryCodes();
const attemptTokens: string[] = [];

const attemptCookie = fc.oneof(
  { weight: 5, arbitrary: fc.nat().map((i) => `${ATTEMPT_COOKIE}=${pick(attemptTokens, i, 'none')}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      `${ATTEMPT_COOKIE}=`,
      `${ATTEMPT_COOKIE}=garbage`,
      `${ATTEMPT_COOKIE}=${'x'.repeat(8_000)}`,
      `${ATTEMPT_COOKIE}=a; ${ATTEMPT_COOKIE}=b`,
      `${ATTEMPT_COOKIE}=%ZZ`,
      '',
    ),
  },
);

/** A code: the app's right one now (or a step away), a recovery code, digits, garbage. */
const factorCode = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.integer({ min: -1, max: 2 }).map((step) => totpCode(FACTOR_SECRET, Date.now() + step * 30_000)),
  },
  { weight: 2, arbitrary: fc.nat().map((i) => pick(RECOVERY.shown, i, 'abcd-efgh-jk')) },
  {
    weight: 1,
    arbitrary: fc.nat().map((i) => pick(RECOVERY.shown, i, 'abcd-efgh-jk').toUpperCase().replaceAll('-', ' ')),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{6}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '000000', '12345', '1234567', '12 34 56', 'abcd-efgh-j1', '０１２３４５'),
  },
  { weight: 1, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constantFrom(123456, null, ['123456'], { $ne: '' }) },
);

const b64 = fc.oneof(
  fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.from(b).toString('base64url')),
  fc.constantFrom('', '===', 'not base64!', 'A'.repeat(70_000)),
  hostileText,
);
/** What navigator.credentials.create() or get() would give, mangled. */
const credentialArb = fc.record(
  {
    id: b64,
    rawId: b64,
    type: fc.constantFrom('public-key', 'password', ''),
    clientExtensionResults: fc.constantFrom({}, null, { credProps: { rk: true } }),
    response: fc.record(
      {
        clientDataJSON: fc.oneof(
          b64,
          fc
            .record({
              type: fc.constantFrom('webauthn.get', 'webauthn.create', 'x'),
              challenge: b64,
              origin: fc.constantFrom('http://localhost:3000', 'https://evil.example', ''),
            })
            .map((c) => Buffer.from(JSON.stringify(c)).toString('base64url')),
        ),
        attestationObject: b64,
        authenticatorData: b64,
        signature: b64,
        userHandle: b64,
        transports: fc.constantFrom(['internal'], ['usb', 'nfc'], ['x'], 'usb'),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

/** A POST of a sign-in's second step: the attempt's cookie, a body. */
function signInStepRoute(route: string, body: fc.Arbitrary<unknown>, signsIn: boolean): RouteFuzz {
  return {
    method: 'POST',
    route,
    // A wrong code counts itself on the attempt (the 5th ends it) and on the user (login_throttle).
    writes: true,
    call: () =>
      fc
        .tuple(common(`POST ${route}`), attemptCookie, jsonBodyArb(body), queryArb(fc.constant([])), addressArb)
        .map(([d, cookie, b, query, address]) => {
          const call = callOf(d, `${route}${query}`, b, {}, address);
          if (cookie) call.headers.cookie = cookie;
          else delete call.headers.cookie;
          return call;
        }),
    async onSuccess(_call, res) {
      if (!signsIn) return;
      // Signed in only as the user of an attempt, never another.
      const body = res.json<{ status: string; user: { email: string } }>();
      expect(body.status).toBe('SIGNED_IN');
      expect([FACTOR_USER, ENROL_USER]).toContain(body.user.email);
      rememberRefreshToken(res);
    },
  };
}

/** A call of the signed-in user's own factors (/api/account/factors*). */
function accountFactorRoute(
  method: string,
  route: string,
  body: fc.Arbitrary<unknown> | null,
  writes: boolean,
): RouteFuzz {
  const key = `${method} ${route}`;
  return {
    method,
    route,
    writes,
    call: () =>
      fc
        .tuple(
          common(key),
          body ? jsonBodyArb(body) : fc.constant<Body>({}),
          queryArb(fc.constant([])),
          route.includes(':id') ? segmentArb(() => []) : fc.constant(''),
        )
        .map(([d, b, query, id]) => callOf(d, `${route.replace(':id', id)}${query}`, b)),
  };
}

ROUTES.push(
  signInStepRoute('/api/auth/second-factor/totp', fc.record({ code: factorCode }, { requiredKeys: [] }), true),
  signInStepRoute('/api/auth/second-factor/recovery-code', fc.record({ code: factorCode }, { requiredKeys: [] }), true),
  signInStepRoute('/api/auth/second-factor/passkey/options', fc.constant({}), false),
  signInStepRoute(
    '/api/auth/second-factor/passkey',
    fc.record({ response: credentialArb }, { requiredKeys: [] }),
    true,
  ),
  signInStepRoute('/api/auth/enrol/totp/options', fc.constant({}), false),
  signInStepRoute('/api/auth/enrol/totp', fc.record({ code: factorCode }, { requiredKeys: [] }), true),
  signInStepRoute('/api/auth/enrol/passkey/options', fc.constant({}), false),
  signInStepRoute(
    '/api/auth/enrol/passkey',
    fc.record({ response: credentialArb, name: fc.oneof(hostileText, fc.constant('Clé')) }, { requiredKeys: [] }),
    true,
  ),
  accountFactorRoute('GET', '/api/account/factors', null, false),
  accountFactorRoute('POST', '/api/account/factors/totp/options', fc.constant({}), true),
  accountFactorRoute('POST', '/api/account/factors/totp', fc.record({ code: factorCode }, { requiredKeys: [] }), true),
  accountFactorRoute('DELETE', '/api/account/factors/totp', null, true),
  accountFactorRoute('POST', '/api/account/factors/passkeys/options', fc.constant({}), true),
  accountFactorRoute(
    'POST',
    '/api/account/factors/passkeys',
    fc.record({ response: credentialArb, name: fc.oneof(hostileText, fc.constant('Clé')) }, { requiredKeys: [] }),
    true,
  ),
  accountFactorRoute('DELETE', '/api/account/factors/passkeys/:id', null, true),
  accountFactorRoute('POST', '/api/account/factors/recovery-codes', fc.constant({}), true),
);

/** Routes of the snapshot not fuzzed here, and why. */
const NOT_HERE = new Map([
  ['OPTIONS *', 'CORS preflights: no handler of ours'],
  ['POST /graphql', 'fuzz.test.ts, operation by operation'],
  ['GET /graphiql', 'GraphiQL, static pages (off in production)'],
  ['GET /graphiql/config.js', 'GraphiQL, static pages (off in production)'],
  ['GET /graphiql/main.js', 'GraphiQL, static pages (off in production)'],
  ['GET /graphiql/sw.js', 'GraphiQL, static pages (off in production)'],
  [
    'GET /api/notifications/stream',
    'an event stream that stays open and takes no input but the session: notifications/stream.test.ts, test/replicas.test.ts',
  ],
]);

// ─── Checks ───────────────────────────────────────────────────────────────────────────────────

/** What no answer may show: a stack frame, a source path, a driver's or PostgreSQL's message, SQL. */
const LEAKS =
  /Failed query|\n\s+at \S+ \(|node_modules|\/src\/\S+\.[jt]s\b|\.[jt]s:\d+:\d+|SQLSTATE|duplicate key value|violates \S+ constraint|syntax error at or near|invalid input syntax for|\bselect\s+\S.{0,200}?\sfrom\s+"?\w+"?\s+(where|join|order)\b|\binsert into\s+"?\w|\bdelete from\s+"?\w|"stack"\s*:/i;

const isText = (res: LightMyRequestResponse) => /json|text|csv/.test(String(res.headers['content-type'] ?? ''));

/** The schema's SDL and reference: their descriptions may name the shared source file of a rule, on purpose. */
const isSchemaAnswer = (call: Call, res: LightMyRequestResponse) =>
  res.statusCode < 400 && /^\/api\/schema(\.graphql|\/reference)([?/]|$)/.test(call.url);

function checkAnswer(where: string, call: Call, res: LightMyRequestResponse): void {
  expect(res.statusCode, `${where}: ${clip(res.body)}`).toBeLessThan(500);
  if (isText(res) && !isSchemaAnswer(call, res))
    expect(res.body.match(LEAKS)?.[0], `${where}: ${clip(res.body)}`).toBeUndefined();
  if (res.statusCode < 400) return;
  if (res.statusCode === 429) expect(res.headers['retry-after'], `${where}: Retry-After`).toBeDefined();
  const type = String(res.headers['content-type'] ?? '');
  // GraphQL's own routes answer GraphQL errors; another method there is an unknown route (a problem).
  if (call.url.startsWith('/graphql') && (call.method === 'GET' || call.method === 'POST')) {
    expect(type, where).toMatch(/^application\/(json|graphql-response\+json)/);
    const body = res.json<{ errors?: { extensions?: { code?: string } }[] }>();
    expect(body.errors?.length, `${where}: ${clip(res.body)}`).toBeGreaterThan(0);
    for (const e of body.errors!) expect(ERROR_CODES, `${where}: ${JSON.stringify(e)}`).toContain(e.extensions?.code);
    return;
  }
  expect(type, `${where}: ${clip(res.body)}`).toMatch(/^application\/problem\+json/);
  const problem = res.json<{ code?: string; status?: number; requestId?: string; title?: string; detail?: string }>();
  expect(ERROR_CODES, `${where}: ${clip(res.body)}`).toContain(problem.code);
  expect(problem.status, where).toBe(res.statusCode);
  expect(problem.requestId, where).toBe(res.headers['x-request-id']);
  expect(typeof problem.title === 'string' && typeof problem.detail === 'string', where).toBe(true);
  if (problem.code === 'INTERNAL') expect.fail(`${where}: INTERNAL ${clip(res.body)}`);
}

/** Signs in again callers whose token is getting old (a sign-in writes: the baseline is retaken). */
async function freshTokens(): Promise<void> {
  const stale = signedIn.filter((c) => Date.now() - c.signedInAt > TOKEN_RENEWAL_MS);
  if (stale.length === 0) return;
  for (const c of stale) {
    c.headers = { authorization: `Bearer ${await t.login(c.email!)}` };
    c.signedInAt = Date.now();
  }
  baseline = await tableChecksum(t.database.db);
}

// ─── Setup ────────────────────────────────────────────────────────────────────────────────────

async function signInWithCookie(email: string): Promise<void> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  rememberRefreshToken(res);
}

beforeAll(async () => {
  // No background worker: a notification's fan-out would write in the middle of a checksum's before and after.
  t = await createTestApp({
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    IMPORT_MAX_FILE_BYTES: String(IMPORT_MAX_FILE_BYTES),
    JOB_WORKERS: 'off',
  });
  for (const [email, role] of USERS) {
    signedIn.push({
      label: email,
      role,
      email,
      userId: await ownerId(t, sql`select id from app_user where email = ${email}`),
      headers: { authorization: `Bearer ${await t.login(email)}` },
      signedInAt: Date.now(),
    });
  }
  anonymous = { label: 'anonymous', role: null, email: null, userId: null, headers: {}, signedInAt: Date.now() };
  const user = (email: string) => signedIn.find((c) => c.email === email)!;

  // Credentials that are no good: each must be UNAUTHENTICATED, never another user nor an error of ours.
  const { keys, tokens } = t.app.services;
  const social = user('social@demo.test');
  const expired = await new SignJWT({})
    .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt' })
    .setSubject(social.userId!)
    .setIssuer(tokens.issuer)
    .setAudience(tokens.audience)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7_200)
    .setExpirationTime(Math.floor(Date.now() / 1000) - 3_600)
    .setJti('fuzz')
    .sign(keys.privateKey);
  const forged = await new SignJWT({})
    .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt' })
    .setSubject(user('admin@demo.test').userId!)
    .setIssuer(tokens.issuer)
    .setAudience(tokens.audience)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(generateKeyPairSync('ed25519').privateKey);
  // Social's own token, of a live session: only what is done to it makes it invalid.
  const valid = social.headers.authorization!.slice('Bearer '.length);
  const [header, payload, signature] = valid.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const tampered = [
    header,
    Buffer.from(JSON.stringify({ ...claims, sub: user('admin@demo.test').userId })).toString('base64url'),
    signature,
  ].join('.');
  const noneAlg = [Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url'), payload, ''].join(
    '.',
  );
  badCredentials = (
    [
      ['garbage token', { authorization: 'Bearer garbage' }],
      ['expired token', { authorization: `Bearer ${expired}` }],
      ['token of another key', { authorization: `Bearer ${forged}` }],
      ['tampered token', { authorization: `Bearer ${tampered}` }],
      ['alg none token', { authorization: `Bearer ${noneAlg}` }],
      ['huge token', { authorization: `Bearer ${'x'.repeat(20_000)}` }],
      ['two tokens', { authorization: `Bearer ${valid} ${valid}` }],
      ['basic credentials', { authorization: 'Basic YWRtaW5AZGVtby50ZXN0OmRlbW8=' }],
      ['empty bearer', { authorization: 'Bearer ' }],
      ['garbage API key', { 'x-api-key': 'garbage' }],
      ['garbage API key scheme', { authorization: 'ApiKey garbage' }],
    ] as const
  ).map(([label, headers]) => ({
    label,
    role: null,
    email: null,
    userId: null,
    headers: { ...headers },
    signedInAt: Date.now(),
  }));

  // Records of two tenants for each kind a route names: platforms, imports, people, documents.
  const platform = (name: string) => ownerId(t, sql`select id::text as id from platform where name = ${name}`);
  ids.platforms = [await platform('PSAD du bassin de Bourges'), await platform('PSAD du bassin de Vierzon')];
  ids.cios = (
    await ownerRows<{ id: string }>(t, sql`select id::text as id from organisation where kind = 'CIO' order by name`)
  ).map((r) => r.id);
  ids.pools = (await ownerRows<{ id: string }>(t, sql`select id::text as id from oncall_pool order by name`)).map(
    (r) => r.id,
  );
  ids.psyen = (
    await ownerRows<{ id: string }>(
      t,
      sql`select id::text as id from app_user where email in ('psyen@demo.test', 'dcio@demo.test') order by email`,
    )
  ).map((r) => r.id);
  for (const [email, platformId] of [
    ['referent@demo.test', ids.platforms[0]!],
    ['referent.vierzon@demo.test', ids.platforms[1]!],
  ] as const) {
    const rows = ROWS.slice(platformId === ids.platforms[0] ? 0 : 50).slice(0, 5);
    const body = multipart(
      [
        { name: 'campaign', value: '2026-S2' },
        {
          name: 'file',
          file: {
            filename: 'liste.csv',
            type: 'text/csv',
            content: Buffer.from([HEADER, ...rows, 'broken;row'].join('\r\n')),
          },
        },
      ],
      'none',
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/psad/platforms/${platformId}/imports`,
      headers: { ...user(email).headers, 'content-type': body.contentType! },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    ids.imports.push(res.json<{ importId: string }>().importId);
  }

  // Two lists: social's (ccas on it too) and hopital's alone; a document on each, shared or not.
  const persons: Record<string, string> = {};
  for (const [who, lastName] of [
    ['social@demo.test', 'FUZZ-SOCIAL'],
    ['hopital@demo.test', 'FUZZ-HOPITAL'],
  ] as const) {
    persons[who] = await ownerId(
      t,
      sql`insert into accompanied_person (last_name, first_names, search_text, created_by)
          values (${lastName}, 'Test', ${lastName.toLowerCase()}, ${user(who).userId}) returning id::text as id`,
    );
  }
  const entry = (person: string, email: string) =>
    ownerId(
      t,
      sql`insert into accompaniment_member (person_id, user_id, organisation_id, mission, since)
          select ${person}, u.id, m.organisation_id, 'Accompagnement', '2025-01-01'
          from app_user u join membership m on m.user_id = u.id where u.email = ${email} returning id::text as id`,
    );
  const members = {
    social: await entry(persons['social@demo.test']!, 'social@demo.test'),
    ccas: await entry(persons['social@demo.test']!, 'ccas@demo.test'),
    hopital: await entry(persons['hopital@demo.test']!, 'hopital@demo.test'),
  };
  ids.persons = Object.values(persons);
  ids.members = Object.values(members);
  for (const [email, person, share] of [
    ['social@demo.test', persons['social@demo.test']!, members.ccas],
    ['social@demo.test', persons['social@demo.test']!, ''],
    ['hopital@demo.test', persons['hopital@demo.test']!, ''],
  ] as const) {
    const file = pdf(2_000);
    const body = multipart(
      [
        { name: 'title', value: 'Attestation' },
        { name: 'category', value: 'ATTESTATION' },
        { name: 'shareWithMemberIds', value: share },
        { name: 'file', file: { filename: 'a.pdf', type: 'application/pdf', content: file } },
      ],
      'none',
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/parcours/persons/${person}/documents`,
      headers: { ...user(email).headers, 'content-type': body.contentType! },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: string }>().id;
    ids.documents.push(id);
    documentBytes.set(id, file);
  }

  // A CLAS project, for the dashboard's export to have a row.
  const project = await t.gql(user('porteur@demo.test').headers.authorization!.slice(7), CLAS.create, {
    o: await ownerId(
      t,
      sql`select m.organisation_id as id from membership m join app_user u on u.id = m.user_id where u.email = 'porteur@demo.test'`,
    ),
    c: content(),
  });
  expect(project.errors).toBeUndefined();

  // A cotech of each platform, with one of its cases on the agenda and the Mission Locale invited.
  ids.meetings = (
    await ownerRows<{ id: string }>(
      t,
      sql`with m as (
          insert into meeting (kind, series_id, platform_id, title, starts_at, ends_at, place, case_access_days, organizer_name, organizer_email)
          select 'COTECH', gen_random_uuid(), p.id, 'Cotech', now() - interval '1 hour', now() + interval '1 hour', 'CIO', 7, 'R', 'r@demo.test'
            from platform p where p.id = any (${sql.param(ids.platforms)}::uuid[]) returning id, platform_id),
        mp as (insert into meeting_platform (meeting_id, platform_id) select id, platform_id from m),
        mi as (insert into meeting_invitee (meeting_id, organisation_id)
          select m.id, o.id from m, organisation o where o.name = 'Mission Locale de Bourges'),
        ms as (insert into meeting_situation (meeting_id, case_id, position)
          select m.id, (select c.id from psad_case c where c.platform_id = m.platform_id limit 1), 0 from m
           where exists (select 1 from psad_case c where c.platform_id = m.platform_id))
        select id::text as id from m`,
    )
  ).map((r) => r.id);
  ids.workPlans = (await ownerRows<{ id: string }>(t, sql`select id::text as id from work_plan`)).map((r) => r.id);
  ids.cpmsPlans = (await ownerRows<{ id: string }>(t, sql`select id::text as id from cpms_school_plan`)).map(
    (r) => r.id,
  );
  ids.cpmsObjectivesContracts = (
    await ownerRows<{ id: string }>(t, sql`select id::text as id from cpms_objectives_contract`)
  ).map((r) => r.id);
  ids.territories = (
    await ownerRows<{ id: string }>(t, sql`select id::text as id from territory order by kind, code`)
  ).map((r) => r.id);
  // Ids of records of other kinds: a route given one must answer as for an unknown id.
  ids.others = (
    await ownerRows<{ id: string }>(
      t,
      sql`(select id::text as id from organisation limit 3) union all (select id::text from app_user limit 3)
          union all (select id::text from clas_project)`,
    )
  ).map((r) => r.id);
  for (const email of ['referent@demo.test', 'social@demo.test', 'lecteur@demo.test']) await signInWithCookie(email);
  baseline = await tableChecksum(t.database.db);
  process.stdout.write(
    `[rest-fuzz] ${ROUTES.length} routes × ${RUNS} inputs, seed ${SEED}, ${signedIn.length + badCredentials.length + 1} callers\n`,
  );
}, 120_000);

// The second factors' sign-ins under way (issue 21), once the app is up.
beforeAll(async () => {
  const { db } = t.database;
  const holder = await ownerId(t, sql`select id from app_user where email = ${FACTOR_USER}`);
  const enrolling = await ownerId(t, sql`select id from app_user where email = ${ENROL_USER}`);
  await db.execute(sql`insert into user_totp (user_id, secret) values (${holder}::uuid, ${FACTOR_SECRET})`);
  for (const hash of RECOVERY.hashes)
    await db.execute(sql`insert into recovery_code (user_id, code_hash) values (${holder}::uuid, ${hash})`);
  for (let i = 0; i < 40; i++) {
    const token = randomBytes(24).toString('base64url');
    const [userId, stage] = i % 4 === 0 ? [enrolling, 'ENROL'] : [holder, 'SECOND_FACTOR'];
    await db.execute(
      sql`insert into sign_in_attempt (token_hash, user_id, stage, method, expires_at)
          values (encode(sha256(convert_to(${token}::text, 'UTF8')), 'hex'), ${userId}::uuid, ${stage}, 'PASSWORD', now() + interval '1 day')`,
    );
    attemptTokens.push(token);
  }
});

afterAll(async () => {
  const statuses = [...tally.statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  process.stdout.write(
    `[rest-fuzz] ${ROUTES.length} routes, ${tally.calls} calls, ${tally.writes} writes applied; answers by status: ${statuses}\n`,
  );
  await t?.close();
});

describe('fuzz of every REST route: no 5xx, a problem with a code for every error, no stack nor SQL, no write on an error, successes only to those entitled', () => {
  it('covers every REST route of the permission snapshot', () => {
    const fuzzed = new Set(ROUTES.map((r) => `${r.method} ${r.route}`));
    const missing = [...POLICIES.keys()].filter(
      (key) =>
        !fuzzed.has(key) && !NOT_HERE.has(key) && !(key.startsWith('GET /health/') && fuzzed.has('GET /health/*')),
    );
    expect(missing).toEqual([]);
  });

  // Each route from a seed of its own: with one seed, every route would draw the same kinds of input in the same order.
  for (const [index, route] of ROUTES.entries()) {
    const admits = POLICIES.get(route.policy ?? `${route.method} ${route.route}`) ?? (() => false);
    it(`${route.method} ${route.route}`, async () => {
      // Taken afresh: a route that failed before its success was taken into account must not fail the next.
      baseline = await tableChecksum(t.database.db);
      await fc.assert(
        fc.asyncProperty(route.call(), async (call) => {
          await freshTokens();
          const before = route.checksumOptions ? await tableChecksum(t.database.db, route.checksumOptions) : baseline;
          const res = await t.app.inject({
            method: call.method,
            url: call.url,
            headers: call.headers,
            ...(call.payload !== undefined ? { payload: call.payload } : {}),
            ...(call.remoteAddress ? { remoteAddress: call.remoteAddress } : {}),
          });
          tally.calls += 1;
          tally.statuses.set(res.statusCode, (tally.statuses.get(res.statusCode) ?? 0) + 1);
          const where = `${call.method} ${clip(call.url, 150)} as ${call.caller.label}`;
          checkAnswer(where, call, res);
          const after = await tableChecksum(t.database.db, route.checksumOptions);
          if (res.statusCode >= 400) {
            expect(changedTables(before, after), `${where}: an error left a write`).toEqual([]);
          } else {
            // Only to a caller the route's policy admits: never to bad credentials, nor to another role.
            // GET /graphql decides field by field (`{ __typename }` answers anyone), its answers are fuzz.test.ts's.
            if (call.method === route.method && route.route !== '/graphql')
              expect(admits(call.caller.role), `${where}: a success beyond the route's policy`).toBe(true);
            if (!route.writes) expect(changedTables(before, after), `${where}: a read wrote`).toEqual([]);
            else if (after !== before) tally.writes += 1;
            await route.onSuccess?.(call, res);
          }
          if (route.checksumOptions || (res.statusCode < 400 && route.writes))
            baseline = await tableChecksum(t.database.db);
        }),
        { numRuns: RUNS, seed: SEED + index, endOnFailure: true },
      );
    }, 3_600_000);
  }
});
