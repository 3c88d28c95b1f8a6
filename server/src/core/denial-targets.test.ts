import { sql } from 'drizzle-orm';
import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_SUBJECT_KINDS } from '@maillage/shared';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../modules/psad/cases/test-fixtures.js';
import { idArguments, kindOf, targetSpec } from './audit-target.js';

/**
 * Every DENIED event names what the refused request asked for, when it named something: the field's
 * policy (guard) takes it from the arguments, the services give the record they refused, the REST
 * routes take it from their path and query string.
 */

let t: TestApp;
const tok: Record<string, string> = {};
let bourges: string;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['referent', 'referent.vierzon', 'conseiller', 'lecteur'])
    tok[who] = await t.login(`${who}@demo.test`);
  bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  ({ caseId } = await createCase(t, bourges, { lastName: 'Cible', firstNames: 'Jeanne', birthDate: '2009-03-01' }));
});
afterAll(() => t.close());

interface DeniedEvent {
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown> | null;
}
const deniedOf = (requestId: string) =>
  ownerRows<DeniedEvent & Record<string, unknown>>(
    t,
    sql`select action, subject_type, subject_id, details from audit_event
         where request_id = ${requestId} and outcome = 'DENIED' order by id`,
  );

async function refused(who: string, query: string, variables: Record<string, unknown>): Promise<DeniedEvent[]> {
  const res = await t.gql(tok[who]!, query, variables);
  const error = res.errors?.[0];
  expect(error?.extensions.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
  return deniedOf(error!.extensions.requestId);
}

describe('a refusal by the field policy names the object the call asked for', () => {
  it('Query.case(id) refused to a viewer names the case', async () => {
    expect(await refused('lecteur', 'query($id: ID!) { case(id: $id) { id } }', { id: caseId })).toEqual([
      {
        action: 'Query.case',
        subject_type: 'psad_case',
        subject_id: caseId,
        details: { policy: 'role:PSAD_REFERENT|COUNSELLOR' },
      },
    ]);
  });

  it('a mutation naming a case and an organisation names the case (the most specific)', async () => {
    const events = await refused(
      'conseiller',
      'mutation($c: ID!, $o: ID!) { reassignCase(caseId: $c, version: 1, organisationId: $o, reason: "x") { id } }',
      { c: caseId, o: bourges },
    );
    expect(events).toEqual([expect.objectContaining({ subject_type: 'psad_case', subject_id: caseId })]);
  });

  it('an id inside an input object is found too', async () => {
    const events = await refused(
      'referent',
      'mutation($p: ID!) { decideClasProject(input: { projectId: $p, version: 1, decision: ACCEPTE, reasons: "x" }) { id } }',
      { p: caseId },
    );
    expect(events).toEqual([expect.objectContaining({ subject_type: 'clas_project', subject_id: caseId })]);
  });

  it('keeps no free text: an "id" that is not one is not recorded', async () => {
    expect(
      await refused('lecteur', 'query($id: ID!) { case(id: $id) { id } }', { id: 'DUPONT Marie 2009-03-01' }),
    ).toEqual([expect.objectContaining({ action: 'Query.case', subject_type: null, subject_id: null })]);
  });
});

describe('a refusal by a service names the record it refused', () => {
  it("a referent asking for another platform's worklist: case.list names the platform", async () => {
    expect(
      await refused('referent.vierzon', 'query($p: ID!) { cases(platformId: $p) { nodes { id } } }', { p: bourges }),
    ).toEqual([
      { action: 'case.list', subject_type: 'platform', subject_id: bourges, details: { policy: 'not-referent' } },
    ]);
  });

  it("a referent asking for another platform's dashboard: psad.dashboard names the platform", async () => {
    expect(
      await refused('referent.vierzon', 'query($p: ID!) { psadDashboard(platformId: $p) { platformId } }', {
        p: bourges,
      }),
    ).toEqual([
      {
        action: 'psad.dashboard',
        subject_type: 'platform',
        subject_id: bourges,
        details: { policy: 'not-referent-or-viewer' },
      },
    ]);
  });
});

describe("a change asked of another tenant's record is recorded as its read would be", () => {
  /** The answer stays NOT_FOUND (nothing tells the record exists); the log names what was asked for. */
  async function notFound(who: string, query: string, variables: Record<string, unknown>) {
    const res = await t.gql(tok[who]!, query, variables);
    const error = res.errors?.[0];
    expect(error?.extensions.code, JSON.stringify(res.errors)).toBe('NOT_FOUND');
    return deniedOf(error!.extensions.requestId);
  }

  it("a referent recording a contact on another platform's case: DENIED naming the case", async () => {
    expect(
      await notFound(
        'referent.vierzon',
        `mutation($c: ID!) { recordContactAttempt(caseId: $c, version: 1, channel: TELEPHONE, result: INJOIGNABLE, attemptedAt: "2026-12-01T10:00:00Z") { id } }`,
        { c: caseId },
      ),
    ).toEqual([
      {
        action: 'Mutation.recordContactAttempt',
        subject_type: 'psad_case',
        subject_id: caseId,
        details: { policy: 'not-visible' },
      },
    ]);
  });

  it('a case that does not exist is recorded the same way (the caller cannot tell them apart)', async () => {
    const unknown = '0190a5e2-7c4b-7d3e-9f00-0000000000bb';
    expect(
      await notFound(
        'referent',
        'mutation($c: ID!) { closeCase(caseId: $c, version: 1, outcome: INJOIGNABLE) { id } }',
        {
          c: unknown,
        },
      ),
    ).toEqual([
      expect.objectContaining({ action: 'Mutation.closeCase', subject_type: 'psad_case', subject_id: unknown }),
    ]);
  });
});

describe('a refusal by a REST route names the object in its path', () => {
  it('GET /api/psad/imports/:importId/rejected.csv refused to a counsellor names the import', async () => {
    const importId = '0190a5e2-7c4b-7d3e-9f00-0000000000aa';
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/psad/imports/${importId}/rejected.csv`,
      headers: { authorization: `Bearer ${tok.conseiller}` },
    });
    expect(res.statusCode).toBe(403);
    expect(await deniedOf(res.headers['x-request-id'] as string)).toEqual([
      {
        action: 'psad_import.rejected_csv',
        subject_type: 'siei_import',
        subject_id: importId,
        details: { policy: 'psad-referent' },
      },
    ]);
  });
});

describe('every root field that names an object by id has a target', () => {
  const fields = () =>
    (['Query', 'Mutation'] as const).flatMap((root) =>
      Object.values((t.app.graphql.schema.getType(root) as GraphQLObjectType).getFields()).map((field) => ({
        root,
        field,
      })),
    );

  it('knows the kind of every single ID argument of every root field', () => {
    const unknown = fields().flatMap(({ root, field }) =>
      idArguments(field)
        .filter((path) => kindOf(root, field, path) === undefined)
        .map((path) => `${root}.${field.name}(${path.join('.')})`),
    );
    expect(unknown, 'ID arguments of an unknown kind: add them to core/audit-target.ts').toEqual([]);
  });

  it('gives each target kind a French label in the audit log', () => {
    const kinds = new Set(fields().flatMap(({ root, field }) => targetSpec(root, field)?.subjectType ?? []));
    expect(kinds.size).toBeGreaterThan(10);
    expect([...kinds].filter((k) => !AUDIT_SUBJECT_KINDS[k])).toEqual([]);
  });
});
