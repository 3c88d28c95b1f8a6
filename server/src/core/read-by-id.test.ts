import { sql } from 'drizzle-orm';
import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { allResolvers } from '../app.js';
import { M as CLAS, content, otherHolder } from '../modules/clas/test-fixtures.js';
import { createCase, ownerId, ownerRows } from '../modules/psad/cases/test-fixtures.js';
import { targetSpec } from './audit-target.js';
import { READ_BY_ID, type ReadByIdTarget } from './authz.js';

/**
 * A read by id that finds nothing the caller may see answers null, whether the record exists or not,
 * and leaves a DENIED event naming the id asked for: probing another platform's, organisation's or
 * holder's records leaves a trace, without the answer telling anything.
 */

let t: TestApp;
const tok: Record<string, string> = {};
let bourges: string;
let caseId: string;
let projectId: string;
let importId: string;
/** A well-formed id no record has. */
const NOBODY = '0190a5e2-7c4b-7d3e-9f00-00000000dead';

beforeAll(async () => {
  t = await createTestApp();
  const vierzonHolder = await otherHolder(t);
  for (const who of ['referent', 'referent.vierzon', 'conseiller', 'porteur', 'social', 'admin'])
    tok[who] = await t.login(`${who}@demo.test`);
  tok.porteurVierzon = await t.login(vierzonHolder.email);
  bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  ({ caseId } = await createCase(t, bourges, { lastName: 'Sonde', firstNames: 'Léo', birthDate: '2009-05-04' }));
  const holderOrg = await ownerId(t, sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
  const created = await t.gql<{ createClasProject: { id: string } }>(tok.porteur!, CLAS.create, {
    o: holderOrg,
    c: content(),
  });
  expect(created.errors).toBeUndefined();
  projectId = created.data.createClasProject.id;
  importId = await ownerId(
    t,
    sql`insert into siei_import (platform_id, campaign, file_name, file_sha256, content, report, uploaded_by)
        select ${bourges}, '2026-S2', 'liste.csv', 'x', '\\x00'::bytea, '{}'::jsonb, id from app_user where email = 'referent@demo.test'
        returning id`,
  );
});
afterAll(() => t.close());

interface Event {
  action: string;
  outcome: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown> | null;
}

/** Reads `field(id)` as `who`; the answer (data, errors) and the audit events of that request. */
async function read(who: string, field: string, id: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { authorization: `Bearer ${tok[who]}` },
    payload: { query: `query($id: ID!) { ${field}(id: $id) { id } }`, variables: { id } },
  });
  const events = await ownerRows<Event & Record<string, unknown>>(
    t,
    sql`select action, outcome, subject_type, subject_id, details from audit_event
         where request_id = ${res.headers['x-request-id'] as string} order by id`,
  );
  return { status: res.statusCode, body: res.json() as unknown, events };
}

const denied = (action: string, subjectType: string, subjectId: string, policy = 'not-visible'): Event => ({
  action,
  outcome: 'DENIED',
  subject_type: subjectType,
  subject_id: subjectId,
  details: { policy },
});

describe('a record of another tenant, asked for by id', () => {
  it("a referent asking for another platform's case: null, DENIED naming the case", async () => {
    const seen = await read('referent.vierzon', 'case', caseId);
    expect(seen.body).toEqual({ data: { case: null } });
    expect(seen.events).toEqual([denied('case.read', 'psad_case', caseId)]);
  });

  it('the same answer for an id no case has, and the same trace', async () => {
    const missing = await read('referent.vierzon', 'case', NOBODY);
    const existing = await read('referent.vierzon', 'case', caseId);
    expect(missing.body).toEqual(existing.body);
    expect(missing.status).toBe(existing.status);
    expect(missing.events).toEqual([denied('case.read', 'psad_case', NOBODY)]);
  });

  it('a counsellor asking for a case not assigned to their organisation: null, DENIED naming the case', async () => {
    const seen = await read('conseiller', 'case', caseId);
    expect(seen.body).toEqual({ data: { case: null } });
    expect(seen.events).toEqual([denied('case.read', 'psad_case', caseId)]);
  });

  it("a holder asking for another holder's CLAS project: null, DENIED naming the project", async () => {
    const seen = await read('porteurVierzon', 'clasProject', projectId);
    expect(seen.body).toEqual({ data: { clasProject: null } });
    expect(seen.events).toEqual([denied('clas.project_read', 'clas_project', projectId)]);
  });

  it('a social worker asking for a PA whose list they are not on: null, DENIED naming the PA', async () => {
    const seen = await read('social', 'accompaniedPerson', NOBODY);
    expect(seen.body).toEqual({ data: { accompaniedPerson: null } });
    expect(seen.events).toEqual([denied('parcours.person_read', 'accompanied_person', NOBODY, 'not-on-list')]);
  });

  it('an import, a platform, an organisation, a user: each null read is recorded the same way', async () => {
    expect((await read('referent.vierzon', 'import', NOBODY)).events).toEqual([
      denied('psad_import.read', 'siei_import', NOBODY),
    ]);
    expect((await read('referent', 'platform', NOBODY)).events).toEqual([denied('platform.read', 'platform', NOBODY)]);
    expect((await read('referent', 'organisation', NOBODY)).events).toEqual([
      denied('organisation.read', 'organisation', NOBODY),
    ]);
    expect((await read('admin', 'user', NOBODY)).events).toEqual([denied('user.read', 'user', NOBODY)]);
  });

  it("a referent downloading another platform's rejected lines (REST): 404 either way, DENIED naming the import", async () => {
    const download = async (id: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/psad/imports/${id}/rejected.csv`,
        headers: { authorization: `Bearer ${tok['referent.vierzon']}` },
      });
      const events = await ownerRows<Event & Record<string, unknown>>(
        t,
        sql`select action, outcome, subject_type, subject_id, details from audit_event
             where request_id = ${res.headers['x-request-id'] as string} order by id`,
      );
      return { status: res.statusCode, code: (res.json() as { code: string }).code, events };
    };
    const existing = await download(importId);
    const missing = await download(NOBODY);
    expect(existing.status).toBe(404);
    expect({ ...missing, events: [] }).toEqual({ ...existing, events: [] });
    expect(existing.events).toEqual([denied('psad_import.rejected_csv', 'siei_import', importId)]);
    expect(missing.events).toEqual([denied('psad_import.rejected_csv', 'siei_import', NOBODY)]);
  });

  it('a record the caller sees is read as before: no denial', async () => {
    const seen = await read('referent', 'case', caseId);
    expect(seen.body).toEqual({ data: { case: { id: caseId } } });
    expect(seen.events).toEqual([
      { action: 'case.read', outcome: 'SUCCESS', subject_type: 'psad_case', subject_id: caseId, details: null },
    ]);
  });
});

describe('every root query reading one record by id', () => {
  it('goes through readById, recording the kind its id names', () => {
    const query = t.app.graphql.schema.getType('Query') as GraphQLObjectType;
    const resolvers = allResolvers() as Record<string, Record<string, unknown>>;
    const byId = Object.values(query.getFields())
      .filter((field) => field.args.some((a) => a.name === 'id'))
      .map((field) => {
        const resolver = resolvers.Query?.[field.name] as Partial<Record<typeof READ_BY_ID, ReadByIdTarget>>;
        return {
          field: field.name,
          declared: resolver[READ_BY_ID]?.subjectType ?? null,
          named: targetSpec('Query', field)?.subjectType ?? null,
        };
      });
    expect(byId.length).toBeGreaterThanOrEqual(7);
    expect(byId.filter((f) => f.declared === null || f.declared !== f.named)).toEqual([]);
  });
});
