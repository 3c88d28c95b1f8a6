import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { M, code, demo, ok, parcoursFingerprint, parisDay, personInput, type Demo, type Who } from './test-fixtures.js';

/**
 * A social worker building a plan from a new person: the record says at each step what is allowed, and
 * for the plan what to do first; the server refuses what the record says is refused.
 */
let t: TestApp;
let d: Demo;
let personId: string;

const ACTIONS = `allowedActions refusedActions { action reason step }`;
const read = `query($id: ID!) { accompaniedPerson(id: $id) { id ${ACTIONS} reference { id version status } members { id displayName } } }`;

beforeAll(async () => {
  t = await createTestApp();
  d = await demo(t);
  personId = ok(
    await as('social', M.create, {
      p: personInput({ lastName: 'Capable' }),
      o: d.org.social,
      m: 'Accompagnement social global',
    }),
    'createAccompaniedPerson',
  ).id;
});
afterAll(() => t.close());

const as = (who: Who, query: string, variables: Record<string, unknown> = {}) => t.gql(d.token[who], query, variables);
const person = async () => ok(await as('social', read, { id: personId }), 'accompaniedPerson');
const refusal = (p: { refusedActions: { action: string; reason: string; step: string | null }[] }, action: string) =>
  p.refusedActions.find((r) => r.action === action);

describe('what a record allows, step by step, towards a plan', () => {
  it('a new person with one intervenant: no plan and no reference yet; the first step is another intervenant', async () => {
    const p = await person();
    expect(p.allowedActions).toEqual(['ADD_MEMBER', 'UPLOAD_DOCUMENT', 'RECORD_CONSENT']);
    expect(refusal(p, 'EDIT_PLAN')).toEqual({
      action: 'EDIT_PLAN',
      step: 'ADD_MEMBER',
      reason:
        "Le plan d'action se construit autour d'une référence active. Une référence se propose à une personne accompagnée par au moins 2 intervenants : ajoutez d'abord un intervenant à la liste, puis proposez une référence.",
    });
    expect(refusal(p, 'PROPOSE_REFERENCE')?.step).toBe('ADD_MEMBER');
    // What the record refuses, the server refuses, and nothing is written.
    const before = await parcoursFingerprint(t);
    const res = await as('social', M.goal, { p: personId, t: 'LOGEMENT', title: 'Un logement' });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toContain("Le plan d'action se construit autour d'une référence active");
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('two intervenants: the reference may be proposed, and the plan waits for it', async () => {
    ok(
      await as('social', M.addMember, {
        i: { personId, userId: d.user.ccas, organisationId: d.org.ccas, mission: 'Logement', since: parisDay(0) },
      }),
      'addAccompanimentMember',
    );
    const p = await person();
    expect(p.allowedActions).toContain('PROPOSE_REFERENCE');
    expect(refusal(p, 'EDIT_PLAN')).toMatchObject({
      step: 'PROPOSE_REFERENCE',
      reason: expect.stringContaining("Proposez d'abord une référence"),
    });
    expect(refusal(p, 'SCHEDULE_SYNTHESE')?.step).toBe('PROPOSE_REFERENCE');
  });

  it('a reference proposed: the person’s choice comes first', async () => {
    ok(await as('social', M.propose, { p: personId }), 'proposeReference');
    const p = await person();
    expect(p.allowedActions).not.toContain('PROPOSE_REFERENCE');
    expect(refusal(p, 'EDIT_PLAN')).toMatchObject({
      step: 'DECIDE_REFERENCE',
      reason: expect.stringContaining("enregistrez d'abord le choix de la personne"),
    });
    expect(code(await as('social', M.goal, { p: personId, t: 'LOGEMENT', title: 'Un logement' }))).toBe('CONFLICT');
  });

  it('the person chose a referent: the plan is open, and the goal and its action are written', async () => {
    const before = await person();
    const referent = before.members.find((m: { displayName: string }) => m.displayName === 'Chloé Ccas')!;
    ok(
      await as('social', M.decide, {
        i: {
          type: 'ACCEPT',
          referenceId: before.reference.id,
          version: before.reference.version,
          referentMemberId: referent.id,
        },
      }),
      'decideReference',
    );
    const p = await person();
    expect(p.allowedActions).toEqual([
      'ADD_MEMBER',
      'EDIT_PLAN',
      'SCHEDULE_SYNTHESE',
      'UPLOAD_DOCUMENT',
      'RECORD_CONSENT',
    ]);
    expect(refusal(p, 'PROPOSE_REFERENCE')).toMatchObject({
      step: null,
      reason: 'Une référence est déjà proposée ou active pour cette personne.',
    });
    const goal = ok(await as('social', M.goal, { p: personId, t: 'LOGEMENT', title: 'Un logement' }), 'addPlanGoal');
    ok(
      await as('social', M.action, { i: { goalId: goal.id, title: 'Demande de logement social', byPerson: true } }),
      'addPlanAction',
    );
  });
});
