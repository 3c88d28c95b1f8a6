import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GqlError, type TestApp } from '../../../test/harness.js';
import { repoRoot } from '../config.js';
import { DOCUMENT_ID_PATTERN, SPA_DOCUMENT_FILES, documentIdOf, loadSpaDocuments } from './trusted-documents.js';

/**
 * Trusted documents (issue 20): requests that send a document's id (`documentId`) instead of its text, the
 * SPA's documents known from its build, a service account's documents registered by an administrator, and
 * keys restricted to them.
 */
let t: TestApp;
let adminToken: string;
let serviceId: string;
let otherServiceId: string;
/** A key restricted to trusted documents, one that is not, and one of another service account. */
const keys: Record<'trusted' | 'open' | 'other', string> = { trusted: '', open: '', other: '' };

const ME = 'query WhoAmI { me { user { id } } }';
const ORGANISATIONS = 'query Directory($first: Int) { organisations(first: $first) { nodes { id } } }';
const NOT_REGISTERED = 'query Elsewhere { me { roles } }';

interface Reply {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: GqlError[] };
}

async function post(headers: Record<string, string>, payload: Record<string, unknown>): Promise<Reply> {
  const res = await t.app.inject({ method: 'POST', url: '/graphql', headers, payload });
  return { status: res.statusCode, body: res.json() };
}
async function get(headers: Record<string, string>, params: Record<string, string>): Promise<Reply> {
  const res = await t.app.inject({ method: 'GET', url: `/graphql?${new URLSearchParams(params)}`, headers });
  return { status: res.statusCode, body: res.json() };
}
const withKey = (key: string) => ({ 'x-api-key': key });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codeOf = (reply: Reply) => reply.body.errors?.[0]?.extensions.code;

const gqlOk = async (query: string, variables: Record<string, unknown>) => {
  const res = await t.gql(adminToken, query, variables);
  expect(res.errors, query).toBeUndefined();
  return res.data;
};

async function serviceAccount(email: string): Promise<string> {
  const { rows } = await t.database.db.execute<{ id: string }>(
    sql`select id from organisation where name = 'Mission Locale de Bourges'`,
  );
  const data = await gqlOk('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: {
      email,
      displayName: `Système ${email}`,
      password: 'un-mot-de-passe-de-service',
      memberships: [{ organisationId: rows[0]!.id, roles: ['SERVICE_ACCOUNT'] }],
    },
  });
  return data.createUser.id;
}

async function issueKey(userId: string, trustedDocumentsOnly: boolean): Promise<string> {
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const data = await gqlOk('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
    input: { userId, name: 'Clé de test', scopes: ['directory:read'], expiresOn, trustedDocumentsOnly },
  });
  return data.createApiKey.secret;
}

const REGISTER =
  'mutation($userId: ID!, $documents: [String!]!) { registerTrustedDocuments(userId: $userId, documents: $documents) { id documentId body operationNames user { id } } }';

async function refusals(keyId?: string) {
  const { rows } = await t.database.db.execute<{ subject_id: string; details: Record<string, unknown> }>(
    sql`select subject_id, details from audit_event where action = 'trusted_document.refuse' and outcome = 'DENIED'
        ${keyId ? sql`and subject_id = ${keyId}` : sql``} order by id`,
  );
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  adminToken = await t.login('admin@demo.test');
  serviceId = await serviceAccount('sirene-documents@demo.test');
  otherServiceId = await serviceAccount('autre-documents@demo.test');
  keys.trusted = await issueKey(serviceId, true);
  keys.open = await issueKey(serviceId, false);
  keys.other = await issueKey(otherServiceId, true);
});
afterAll(() => t.close());

describe('the SPA’s documents', () => {
  it('are read at start-up from the web app’s generated files, each under the SHA-256 of its text', () => {
    const spa = loadSpaDocuments();
    expect(spa.size).toBeGreaterThan(100);
    for (const [id, text] of spa) {
      expect(id).toMatch(DOCUMENT_ID_PATTERN);
      expect(documentIdOf(text)).toBe(id);
    }
  });

  it('cover every typed document the web app’s generated code carries', () => {
    const spa = loadSpaDocuments();
    for (const file of SPA_DOCUMENT_FILES) {
      const generated = fs.readFileSync(path.join(repoRoot, path.dirname(file), 'graphql.ts'), 'utf8');
      const ids = [...generated.matchAll(/"hash":"(sha256:[0-9a-f]{64})"/g)].map((m) => m[1]!);
      expect(ids.length, file).toBeGreaterThan(0);
      for (const id of ids) expect(spa.has(id), `${file}: ${id}`).toBe(true);
    }
  });

  it('refuses to start from a file whose id is not its text’s hash', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-docs-'));
    fs.writeFileSync(path.join(dir, 'docs.json'), JSON.stringify({ [documentIdOf('{ a }')]: '{ b }' }));
    expect(() => loadSpaDocuments(dir, ['docs.json'])).toThrow(/not the SHA-256 of its text/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('a request by document id', () => {
  it('runs an SPA document sent by its id, by POST and by GET, as its text would', async () => {
    const [id, text] = [...loadSpaDocuments()].find(([, body]) => /^query AdminUsers\b/.test(body))!;
    const byText = await post(bearer(adminToken), { query: text });
    const byId = await post(bearer(adminToken), { documentId: id, operationName: 'AdminUsers' });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body).toEqual(byText.body);
    const byGet = await get(bearer(adminToken), { documentId: id });
    expect(byGet.status).toBe(200);
    expect(byGet.body).toEqual(byText.body);
  });

  it('still refuses a mutation sent by GET, by its id as by its text', async () => {
    const [id] = [...loadSpaDocuments()].find(([, body]) => body.startsWith('mutation'))!;
    const res = await get(bearer(adminToken), { documentId: id });
    expect(res.status).toBe(405);
  });

  it('refuses an unknown id with PERSISTED_DOCUMENT_NOT_FOUND, and a malformed one the same way', async () => {
    for (const documentId of [documentIdOf('query Unknown { me { roles } }'), 'sha256:abc', 'x-custom:1']) {
      const res = await post(bearer(adminToken), { documentId });
      expect(res.status, documentId).toBe(400);
      expect(res.body.data, documentId).toBeUndefined();
      expect(res.body.errors, documentId).toHaveLength(1);
      expect(codeOf(res), documentId).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
      expect(res.body.errors![0]!.message).toMatch(/Document inconnu/);
    }
  });

  it('refuses an id and a text together, and an id that is not a string', async () => {
    const both = await post(bearer(adminToken), { documentId: documentIdOf(ME), query: ME });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.body.errors![0]!.extensions.fields).toEqual([{ path: 'documentId', message: expect.any(String) }]);
    const number = await post(bearer(adminToken), { documentId: 12 });
    expect(codeOf(number)).toBe('BAD_USER_INPUT');
  });

  it('leaves a call with a token sending the text as it was', async () => {
    const res = await post(bearer(adminToken), { query: ME });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});

describe('a service account’s registered documents', () => {
  let registered: { id: string; documentId: string; body: string; operationNames: string[] }[];

  it('are registered by an administrator, each under the SHA-256 of its exact text, once', async () => {
    const data = await gqlOk(REGISTER, { userId: serviceId, documents: [ME, ORGANISATIONS, ME] });
    registered = data.registerTrustedDocuments;
    expect(registered.map((d) => [d.documentId, d.operationNames])).toEqual([
      [documentIdOf(ME), ['WhoAmI']],
      [documentIdOf(ORGANISATIONS), ['Directory']],
    ]);
    // Again: nothing changes, and the event says none was added.
    const again = await gqlOk(REGISTER, { userId: serviceId, documents: [ME] });
    expect(again.registerTrustedDocuments.map((d) => d.id)).toEqual([registered[0]!.id]);
    const { rows } = await t.database.db.execute<{ details: { added: number; documentIds: string[] } }>(
      sql`select details from audit_event where action = 'trusted_document.register' order by id`,
    );
    expect(rows.map((r) => r.details)).toEqual([
      { added: 2, documentIds: [documentIdOf(ME), documentIdOf(ORGANISATIONS)] },
      { added: 0, documentIds: [documentIdOf(ME)] },
    ]);
    const listed = await gqlOk('query($userId: ID!) { trustedDocuments(userId: $userId) { documentId } }', {
      userId: serviceId,
    });
    // Registered in one transaction, at the same instant: then by id.
    expect(listed.trustedDocuments).toEqual(
      [documentIdOf(ME), documentIdOf(ORGANISATIONS)].sort().map((documentId) => ({ documentId })),
    );
  });

  it('refuses a document the schema does not accept, and an account that is not a service account', async () => {
    const wrong = await t.gql(adminToken, REGISTER, {
      userId: serviceId,
      documents: ['query Fine { me { roles } }', 'query { nope }', '{{{', 'fragment F on User { id }'],
    });
    expect(wrong.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions.fields?.map((f) => f.path)).toEqual([
      'documents.1',
      'documents.2',
      'documents.3',
    ]);
    const { rows } = await t.database.db.execute<{ id: string }>(
      sql`select id from app_user where email = 'caf@demo.test'`,
    );
    const person = await t.gql(adminToken, REGISTER, { userId: rows[0]!.id, documents: [ME] });
    expect(person.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(person.errors?.[0]?.extensions.fields?.map((f) => f.path)).toEqual(['userId']);
  });

  it('are for administrators only', async () => {
    const referent = await t.login('referent@demo.test');
    const res = await t.gql(referent, REGISTER, { userId: serviceId, documents: [ME] });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const list = await t.gql(referent, 'query($u: ID!) { trustedDocuments(userId: $u) { id } }', { u: serviceId });
    expect(list.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('are run by their id for the account’s keys, and for a key restricted to them', async () => {
    for (const key of [keys.trusted, keys.open]) {
      const me = await post(withKey(key), { documentId: documentIdOf(ME) });
      expect(me.body.errors).toBeUndefined();
      expect(me.body.data).toEqual({ me: { user: { id: serviceId } } });
      const directory = await get(withKey(key), { documentId: documentIdOf(ORGANISATIONS), variables: '{"first":2}' });
      expect(directory.body.errors).toBeUndefined();
      expect((directory.body.data!.organisations as { nodes: unknown[] }).nodes).toHaveLength(2);
    }
  });

  it('are not another account’s: its key gets PERSISTED_DOCUMENT_NOT_FOUND', async () => {
    const res = await post(withKey(keys.other), { documentId: documentIdOf(ME) });
    expect(codeOf(res)).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    // The id of a document registered nowhere: nobody has it, a key that may send text included.
    const open = await post(withKey(keys.open), { documentId: documentIdOf(NOT_REGISTERED) });
    expect(codeOf(open)).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });

  it('accept the SPA’s own documents from a restricted key', async () => {
    const [id] = [...loadSpaDocuments()].find(([, body]) => /^query PlatformPartnerOptions\b/.test(body))!;
    const res = await post(withKey(keys.trusted), { documentId: id });
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data!.organisations as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });

  it('can be removed: the key can no longer send it', async () => {
    const removed = await gqlOk('mutation($id: ID!) { removeTrustedDocument(id: $id) { documentId } }', {
      id: registered[1]!.id,
    });
    expect(removed.removeTrustedDocument).toEqual({ documentId: documentIdOf(ORGANISATIONS) });
    const res = await post(withKey(keys.trusted), { documentId: documentIdOf(ORGANISATIONS) });
    expect(codeOf(res)).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    const again = await t.gql(adminToken, 'mutation($id: ID!) { removeTrustedDocument(id: $id) { id } }', {
      id: registered[1]!.id,
    });
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('a key restricted to trusted documents', () => {
  const keyIdOf = async (userId: string) => {
    const { rows } = await t.database.db.execute<{ id: string }>(
      sql`select id from api_key where user_id = ${userId} and trusted_documents_only order by created_at limit 1`,
    );
    return rows[0]!.id;
  };

  it('is refused a document’s text before it is parsed, with PERSISTED_DOCUMENT_REQUIRED, and the refusal is recorded', async () => {
    const keyId = await keyIdOf(serviceId);
    const before = (await refusals(keyId)).length;
    // A registered document's own text, and a text that would not even parse: refused alike.
    for (const query of [ME, '{{{ not graphql']) {
      const res = await post(withKey(keys.trusted), { query });
      expect(res.status, query).toBe(403);
      expect(res.body.data, query).toBeUndefined();
      expect(codeOf(res), query).toBe('PERSISTED_DOCUMENT_REQUIRED');
      expect(res.body.errors![0]!.message).toMatch(/documentId/);
    }
    const byGet = await get(withKey(keys.trusted), { query: ME });
    expect(codeOf(byGet)).toBe('PERSISTED_DOCUMENT_REQUIRED');
    const recorded = (await refusals(keyId)).slice(before);
    expect(recorded).toHaveLength(3);
    expect(recorded[0]).toEqual({ subject_id: keyId, details: { policy: 'trusted-documents-only', sent: 'query' } });
  });

  it('is refused an unknown id, and that refusal is recorded with the id', async () => {
    const keyId = await keyIdOf(serviceId);
    const before = (await refusals(keyId)).length;
    const res = await post(withKey(keys.trusted), { documentId: documentIdOf(NOT_REGISTERED) });
    expect(codeOf(res)).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    expect(res.body.errors![0]!.message).toMatch(/ni pour le compte de service de cette clé/);
    const recorded = (await refusals(keyId)).slice(before);
    expect(recorded).toEqual([
      {
        subject_id: keyId,
        details: { policy: 'trusted-documents-only', sent: 'documentId', documentId: documentIdOf(NOT_REGISTERED) },
      },
    ]);
  });

  it('does not restrict the account’s other keys, whose text refusals are not recorded', async () => {
    const before = (await refusals()).length;
    const res = await post(withKey(keys.open), { query: ME });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ me: { user: { id: serviceId } } });
    expect(await refusals()).toHaveLength(before);
  });
});
