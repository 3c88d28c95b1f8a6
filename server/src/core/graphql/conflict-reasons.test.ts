import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { content as clasContent } from '../../modules/clas/test-fixtures.js';
import { AppError, CONFLICT_REASONS, describeError, staleVersion } from '../errors.js';

const content = clasContent({ title: 'Projet CLAS des sous-codes' });

/**
 * A CONFLICT tells the client why (`extensions.reason` in GraphQL, `reason` in problem+json), so a
 * form can tell "someone changed the record: reload" (STALE_VERSION) from a refused rule, which
 * reloading never cures. Through the real GraphQL and HTTP surfaces, on a fresh database.
 */
let t: TestApp;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

interface ConflictError {
  message: string;
  extensions: { code: string; reason?: string; requestId: string; fields?: { path: string; message: string }[] };
}

const rows = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const one = async (q: SQL) => (await rows<{ v: unknown }>(q))[0]!.v;

const M = {
  createUser: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
  updateOrganisation: 'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id version } }',
  createClasProject:
    'mutation($organisationId: ID!, $content: ClasProjectContentInput!) { createClasProject(organisationId: $organisationId, content: $content) { id version status } }',
  submitClasProject:
    'mutation($id: ID!, $version: Int!) { submitClasProject(id: $id, version: $version) { id version status } }',
};

/** The one error of a refused call, checked to be a CONFLICT. */
async function conflict(token: string, query: string, variables: Record<string, unknown>): Promise<ConflictError> {
  const res = await t.gql(token, query, variables);
  expect(res.errors, JSON.stringify(res.data)).toHaveLength(1);
  const error = res.errors![0] as ConflictError;
  expect(error.extensions.code, error.message).toBe('CONFLICT');
  expect(error.extensions.requestId).toBeTruthy();
  return error;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const email of ['admin@demo.test', 'porteur@demo.test', 'referent@demo.test'])
    tokens[email] = await t.login(email);
  ids.holderOrg = String(
    await one(sql`select id as v from organisation where name = 'Association Coup de Pouce Bourges'`),
  );
  ids.cafOrg = String(await one(sql`select id as v from organisation where name = 'CAF du Cher'`));
  ids.bourges = String(await one(sql`select id as v from platform where name = 'PSAD du bassin de Bourges'`));
});
afterAll(() => t.close());

describe('GraphQL: extensions.reason beside code, requestId and fields', () => {
  it('a second CLAS project of the same organisation and year: DUPLICATE at content.schoolYear, with the server’s own reason', async () => {
    const holder = tokens['porteur@demo.test']!;
    const first = await t.gql(holder, M.createClasProject, { organisationId: ids.holderOrg, content });
    expect(first.errors).toBeUndefined();
    ids.project = first.data.createClasProject.id;
    const error = await conflict(holder, M.createClasProject, {
      organisationId: ids.holderOrg,
      content: { ...content, title: 'Un second projet' },
    });
    expect(error.extensions.reason).toBe('DUPLICATE');
    expect(error.message).toContain("l'année scolaire 2025-2026");
    expect(error.message).not.toMatch(/modifié|rechargez/);
    expect(error.extensions.fields).toEqual([{ path: 'content.schoolYear', message: expect.any(String) }]);
  });

  it('an e-mail address already used: DUPLICATE at input.email', async () => {
    const error = await conflict(tokens['admin@demo.test']!, M.createUser, {
      input: { email: 'CAF@demo.test', displayName: 'Double', password: 'un-mot-de-passe-assez-long' },
    });
    expect(error.extensions.reason).toBe('DUPLICATE');
    expect(error.extensions.fields?.map((f) => f.path)).toEqual(['input.email']);
  });

  it('a stale version: STALE_VERSION, and no field', async () => {
    const version = Number(await one(sql`select version as v from organisation where id = ${ids.cafOrg}`));
    const error = await conflict(tokens['admin@demo.test']!, M.updateOrganisation, {
      input: { id: ids.cafOrg, version: version + 1, name: 'Écrasement' },
    });
    expect(error.extensions.reason).toBe('STALE_VERSION');
    expect(error.extensions.fields).toBeUndefined();
    expect(error.message).toMatch(/rechargez/);
  });

  it('an action the state machine refuses (submitting a project already submitted): TRANSITION_REFUSED', async () => {
    const holder = tokens['porteur@demo.test']!;
    const submitted = await t.gql(holder, M.submitClasProject, { id: ids.project, version: 1 });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitClasProject).toMatchObject({ status: 'DEPOSE', version: 2 });
    const error = await conflict(holder, M.submitClasProject, { id: ids.project, version: 2 });
    expect(error.extensions.reason).toBe('TRANSITION_REFUSED');
    expect(error.message).not.toMatch(/modifié|rechargez/);
  });

  it('errors other than CONFLICT carry no reason', async () => {
    const res = await t.gql(tokens['admin@demo.test']!, M.updateOrganisation, {
      input: { id: ids.cafOrg, version: 1, name: ' ' },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions).not.toHaveProperty('reason');
  });
});

describe('REST: reason in problem+json', () => {
  it('a list confirmed twice: 409 with reason TRANSITION_REFUSED', async () => {
    const fixture = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../modules/psad/import/fixtures/siei-2026-S2-bourges.csv',
    );
    const boundary = '----maillageconflict';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="campaign"\r\n\r\n2026-S2\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="siei.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      fs.readFileSync(fixture),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const authorization = `Bearer ${tokens['referent@demo.test']}`;
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/psad/platforms/${ids.bourges}/imports`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization },
      payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const confirm = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/psad/imports/${uploaded.json().importId}/confirm`,
        headers: { authorization },
      });
    expect((await confirm()).statusCode).toBe(200);
    const again = await confirm();
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      reason: 'TRANSITION_REFUSED',
      detail: 'Cet import a déjà été confirmé.',
    });
  });
});

describe('every CONFLICT names its reason', () => {
  it('the constructor requires it (a typecheck error otherwise), and describeError passes it on', () => {
    // @ts-expect-error: a CONFLICT without a reason does not compile.
    const bare = new AppError('CONFLICT', 'Sans raison.');
    // Should one slip through (an untyped caller), the client still gets a reason, never none.
    expect(describeError(bare)).toMatchObject({ code: 'CONFLICT', status: 409, reason: 'RULE_REFUSED' });
    expect(describeError(staleVersion('Le suivi'))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const duplicate = new AppError('CONFLICT', 'Déjà pris.', 'DUPLICATE', [
      { path: 'input.name', message: 'nom déjà utilisé' },
    ]);
    expect(describeError(duplicate)).toEqual({
      code: 'CONFLICT',
      status: 409,
      message: 'Déjà pris.',
      reason: 'DUPLICATE',
      fields: [{ path: 'input.name', message: 'nom déjà utilisé' }],
    });
    expect(describeError(new AppError('NOT_FOUND', 'Suivi introuvable.'))).not.toHaveProperty('reason');
    expect(CONFLICT_REASONS).toEqual(['STALE_VERSION', 'DUPLICATE', 'TRANSITION_REFUSED', 'RULE_REFUSED']);
  });

  it('a 409 raised outside the services gets RULE_REFUSED', () => {
    expect(describeError({ statusCode: 409, message: 'conflict' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'RULE_REFUSED',
    });
  });
});
