import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GqlResult, type TestApp } from '../../../../test/harness.js';
import { loadActor } from '../../../core/auth/authenticate.js';
import { withActorTx } from '../../../core/db/actor-tx.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';

/**
 * Activity and evaluation of the orientation networks' experiment (issue 18): who writes and reads the
 * interview counts, the criteria and the QVT campaigns (through the API and by raw SQL under row-level
 * security), the anonymous QVT answers (read from the tables themselves), the ≥ 5 rule, the report.
 */

let t: TestApp;
type Who = 'dcio' | 'ienio' | 'psyen1' | 'psyen2' | 'psyen3' | 'psyen4' | 'psyen5' | 'head' | 'otherDcio' | 'admin';
const EMAILS: Record<Who, string> = {
  dcio: 'dcio@demo.test',
  ienio: 'ienio@demo.test',
  psyen1: 'psyen@demo.test',
  psyen2: 'psyen2@demo.test',
  psyen3: 'psyen3@demo.test',
  psyen4: 'psyen4@demo.test',
  psyen5: 'psyen5@demo.test',
  head: 'chef.lycee@demo.test',
  otherDcio: 'dcio.vierzon@test.test',
  admin: 'admin@demo.test',
};
const tok = {} as Record<Who, string>;
const id: Record<string, string> = {};

type Res = GqlResult;
const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql(tok[w], q, v);
const code = (res: Res) => res.errors?.[0]?.extensions.code;

async function asUser<R extends Record<string, unknown>>(who: Who, q: ReturnType<typeof sql>, mode: 'read' | 'write') {
  const userId = await ownerId(t, sql`select id from app_user where email = ${EMAILS[who]}`);
  const actor = (await loadActor(t.database.db, userId, 'token'))!;
  return withActorTx(t.database.db, actor, mode, async (tx) => (await tx.execute<R>(q)).rows);
}

const CAMPAIGN = `id title opensOn closesOn canAnswer answered questions { id kind label lowLabel highLabel }
  results { respondents threshold questions { questionId answers mean distribution comments } }`;
const Q = {
  createCampaign: `mutation($i: CreateQvtCampaignInput!) { createQvtCampaign(input: $i) { ${CAMPAIGN} } }`,
  answer: `mutation($i: AnswerQvtCampaignInput!) { answerQvtCampaign(input: $i) { id answered canAnswer } }`,
  campaign: `query($id: ID!) { qvtCampaign(id: $id) { ${CAMPAIGN} } }`,
  campaigns: `query($c: ID!) { qvtCampaigns(cioId: $c) { id title } }`,
  createCriterion: `mutation($i: CreateEvaluationCriterionInput!) { createEvaluationCriterion(input: $i) { id version label baseline target unit values { id measuredOn value comment } } }`,
  updateCriterion: `mutation($i: UpdateEvaluationCriterionInput!) { updateEvaluationCriterion(input: $i) { id version label } }`,
  addValue: `mutation($i: AddCriterionValueInput!) { addCriterionValue(input: $i) { id version values { id measuredOn value comment } } }`,
  removeValue: `mutation($id: ID!) { removeCriterionValue(id: $id) { id version values { id } } }`,
  criteria: `query($c: ID!) { evaluationCriteria(cioId: $c) { id label values { value } } }`,
  saveCounts: `mutation($i: SaveInterviewCountsInput!) { saveInterviewCounts(input: $i) { networkId month theme count } }`,
  counts: `query($c: ID!, $f: String!, $t: String!) { orientationInterviewCounts(cioId: $c, from: $f, to: $t) { networkId networkName month theme count } }`,
};

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
const campaignInput = () => ({
  cioId: id.bourges,
  title: 'QVT test',
  opensOn: today(),
  closesOn: '2099-12-31',
  questions: [
    { kind: 'SCALE', label: 'Charge de travail', lowLabel: 'Très lourde', highLabel: 'Très raisonnable' },
    { kind: 'COMMENT', label: 'Un commentaire ?' },
  ],
});

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off' });
  id.bourges = await ownerId(t, sql`select id from organisation where name = 'CIO de Bourges'`);
  id.vierzon = await ownerId(t, sql`select id from organisation where name = 'CIO de Vierzon'`);
  const other = await ownerId(
    t,
    sql`insert into app_user (email, display_name, password_hash)
        select ${EMAILS.otherDcio}, 'Directrice Vierzon', password_hash from app_user where email = 'dcio@demo.test' returning id`,
  );
  await ownerRows(
    t,
    sql`insert into membership (user_id, organisation_id, roles) values (${other}, ${id.vierzon}, array['CIO_DIRECTOR'])`,
  );
  for (const [w, e] of Object.entries(EMAILS) as [Who, string][]) tok[w] = await t.login(e);
});
afterAll(() => t.close());

describe('QVT questionnaire', () => {
  it('is created by the CIO direction team only (API and row-level security)', async () => {
    for (const who of ['psyen1', 'head', 'otherDcio', 'admin'] as const)
      expect(code(await gql(who, Q.createCampaign, { i: campaignInput() })), who).toBe('FORBIDDEN');
    const bad = await gql('dcio', Q.createCampaign, { i: { ...campaignInput(), closesOn: '2000-01-01' } });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions.fields!.map((f) => f.path)).toContain('input.closesOn');
    const created = await gql('dcio', Q.createCampaign, { i: campaignInput() });
    expect(created.errors).toBeUndefined();
    id.campaign = created.data.createQvtCampaign.id;
    expect(created.data.createQvtCampaign.questions).toHaveLength(2);
    const insert = sql`insert into qvt_campaign (cio_id, title, opens_on, closes_on) values (${id.bourges}, 'x', current_date, current_date)`;
    for (const who of ['head', 'otherDcio', 'psyen1'] as const)
      await expect(asUser(who, insert, 'write'), who).rejects.toThrow();
    expect(await asUser('otherDcio', sql`select id from qvt_campaign`, 'read')).toEqual([]);
    expect(await asUser('head', sql`select id from qvt_campaign`, 'read')).toEqual([]);
    expect((await gql('psyen2', Q.campaigns, { c: id.bourges })).data.qvtCampaigns.map((c) => c.id)).toContain(
      id.campaign,
    );
    expect(code(await gql('head', Q.campaign, { id: id.campaign }))).toBe('FORBIDDEN');
    expect((await gql('otherDcio', Q.campaign, { id: id.campaign })).data.qvtCampaign).toBeNull();
  });

  it('shows nothing below 5 answers, then the results; a second answer is refused', async () => {
    const c = (await gql('psyen1', Q.campaign, { id: id.campaign })).data.qvtCampaign;
    const [scale, comment] = c.questions as [(typeof c.questions)[0], (typeof c.questions)[0]];
    expect(c.canAnswer).toBe(true);
    const answer = (who: Who, n: number) =>
      gql(who, Q.answer, {
        i: {
          campaignId: id.campaign,
          answers: [
            { questionId: scale.id, scale: n },
            { questionId: comment.id, comment: `Commentaire ${n}` },
          ],
        },
      });
    expect(code(await answer('dcio', 3))).toBe('FORBIDDEN');
    const bad = await gql('psyen1', Q.answer, {
      i: { campaignId: id.campaign, answers: [{ questionId: scale.id, scale: 7 }] },
    });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions.fields![0]!.path).toBe('input.answers.0.scale');
    for (const [i, who] of (['psyen1', 'psyen2', 'psyen3', 'psyen4'] as const).entries()) {
      const res = await answer(who, i + 1);
      expect(res.errors, who).toBeUndefined();
      expect(res.data.answerQvtCampaign).toMatchObject({ answered: true, canAnswer: false });
    }
    const again = await answer('psyen1', 5);
    expect(code(again)).toBe('CONFLICT');
    const raw = sql`select app_qvt_answer(${id.campaign}::uuid, ${JSON.stringify([{ questionId: scale.id, scale: 1 }])}::jsonb) as v`;
    expect(await asUser('psyen2', raw, 'write')).toEqual([{ v: 'ALREADY_ANSWERED' }]);
    const four = (await gql('dcio', Q.campaign, { id: id.campaign })).data.qvtCampaign.results;
    expect(four).toEqual({ respondents: 4, threshold: 5, questions: [] });
    expect(await asUser('dcio', sql`select * from app_qvt_results(${id.campaign}::uuid)`, 'read')).toEqual([]);
    expect((await answer('psyen5', 5)).errors).toBeUndefined();
    const five = (await gql('dcio', Q.campaign, { id: id.campaign })).data.qvtCampaign.results;
    expect(five.respondents).toBe(5);
    const byQuestion = new Map(five.questions.map((q) => [q.questionId, q]));
    expect(byQuestion.get(scale.id)).toMatchObject({ answers: 5, mean: 3, distribution: [1, 1, 1, 1, 1] });
    expect([...byQuestion.get(comment.id)!.comments].sort()).toEqual([1, 2, 3, 4, 5].map((n) => `Commentaire ${n}`));
    // Nobody outside the CIO gets them, even by the function itself.
    expect(await asUser('otherDcio', sql`select * from app_qvt_results(${id.campaign}::uuid)`, 'read')).toEqual([]);
    expect(await asUser('head', sql`select * from app_qvt_results(${id.campaign}::uuid)`, 'read')).toEqual([]);
  });

  it('the demo campaign has 4 answers, stored without link: its results are hidden until a fifth', async () => {
    const [demo] = await ownerRows<{ id: string }>(
      t,
      sql`select id from qvt_campaign where cio_id = ${id.bourges} and title like 'Qualité de vie%'`,
    );
    const c = (await gql('dcio', Q.campaign, { id: demo!.id })).data.qvtCampaign!;
    expect(c.results).toEqual({ respondents: 4, threshold: 5, questions: [] });
    expect(await ownerRows(t, sql`select * from qvt_respondent where campaign_id = ${demo!.id}`)).toHaveLength(4);
    expect((await gql('psyen1', Q.campaign, { id: demo!.id })).data.qvtCampaign).toMatchObject({
      answered: true,
      canAnswer: false,
    });
    expect((await gql('psyen5', Q.campaign, { id: demo!.id })).data.qvtCampaign).toMatchObject({
      answered: false,
      canAnswer: true,
    });
  });

  it('stores nothing that links an answer to its respondent', async () => {
    const columns = async (table: string) =>
      (
        await ownerRows<{ column_name: string }>(
          t,
          sql`select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${table} order by ordinal_position`,
        )
      ).map((r) => r.column_name);
    expect(await columns('qvt_answer')).toEqual(['id', 'campaign_id', 'question_id', 'scale', 'comment']);
    expect(await columns('qvt_respondent')).toEqual(['campaign_id', 'user_id']);
    const users = (
      await ownerRows<{ id: string }>(t, sql`select id from app_user where email like 'psyen%@demo.test'`)
    ).map((r) => r.id);
    const answers = await ownerRows<Record<string, unknown>>(
      t,
      sql`select * from qvt_answer where campaign_id = ${id.campaign}`,
    );
    expect(answers).toHaveLength(10);
    const text = JSON.stringify(answers);
    for (const u of users) expect(text).not.toContain(u);
    const respondents = await ownerRows<{ user_id: string }>(
      t,
      sql`select * from qvt_respondent where campaign_id = ${id.campaign}`,
    );
    expect(respondents).toHaveLength(5);
    // The app role reads no answer and writes no respondent but through app_qvt_answer.
    await expect(asUser('dcio', sql`select * from qvt_answer`, 'read')).rejects.toThrow();
    await expect(asUser('psyen1', sql`select count(*) from qvt_answer`, 'read')).rejects.toThrow();
    await expect(
      asUser(
        'psyen5',
        sql`insert into qvt_respondent (campaign_id, user_id) values (${id.campaign}, ${users[0]})`,
        'write',
      ),
    ).rejects.toThrow();
    expect(await asUser('dcio', sql`select user_id from qvt_respondent`, 'read')).toEqual([]);
    // The audit events name the campaign, never an answer.
    const events = await ownerRows<{ subject_type: string; subject_id: string; details: unknown }>(
      t,
      sql`select subject_type, subject_id, details from audit_event where action = 'qvt_campaign.answer' and outcome = 'SUCCESS'`,
    );
    expect(events).toHaveLength(5);
    for (const e of events) expect(e).toMatchObject({ subject_type: 'qvt_campaign', subject_id: id.campaign });
  });
});

describe('evaluation criteria', () => {
  it('are written by the direction team, read by the PsyEn, refused to others', async () => {
    const input = {
      cioId: id.bourges,
      label: 'Délai de rendez-vous',
      indicator: "Jours entre la demande et l'entretien",
      baseline: 21,
      target: 10,
      unit: 'jours',
    };
    for (const who of ['psyen1', 'head', 'otherDcio'] as const)
      expect(code(await gql(who, Q.createCriterion, { i: input })), who).toBe('FORBIDDEN');
    const created = (await gql('dcio', Q.createCriterion, { i: input })).data.createEvaluationCriterion;
    id.criterion = created.id;
    const added = await gql('ienio', Q.addValue, {
      i: { criterionId: created.id, measuredOn: '2026-10-01', value: 15, comment: 'Premier relevé' },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data.addCriterionValue.values).toHaveLength(1);
    expect(
      code(await gql('psyen1', Q.addValue, { i: { criterionId: created.id, measuredOn: '2026-11-01', value: 1 } })),
    ).toBe('FORBIDDEN');
    // Another CIO's director does not even see it.
    expect(
      code(await gql('otherDcio', Q.addValue, { i: { criterionId: created.id, measuredOn: '2026-11-01', value: 1 } })),
    ).toBe('NOT_FOUND');
    const stale = await gql('dcio', Q.updateCriterion, {
      i: { ...input, cioId: undefined, id: created.id, version: 1 },
    });
    expect(code(stale)).toBe('CONFLICT');
    const read = (await gql('psyen3', Q.criteria, { c: id.bourges })).data.evaluationCriteria;
    expect(read.map((c) => c.label)).toContain('Délai de rendez-vous');
    expect(code(await gql('head', Q.criteria, { c: id.bourges }))).toBe('FORBIDDEN');
    expect(code(await gql('otherDcio', Q.criteria, { c: id.bourges }))).toBe('FORBIDDEN');
    expect(await asUser('otherDcio', sql`select id from orientation_criterion`, 'read')).toEqual([]);
    await expect(
      asUser(
        'psyen1',
        sql`insert into orientation_criterion (cio_id, label, indicator) values (${id.bourges}, 'x', 'y')`,
        'write',
      ),
    ).rejects.toThrow();
    const removed = await gql('dcio', Q.removeValue, { id: added.data.addCriterionValue.values[0]!.id });
    expect(removed.data.removeCriterionValue.values).toEqual([]);
  });
});

describe('externalised interviews', () => {
  it('are entered by the PsyEn and the direction team as a monthly grid, counts only', async () => {
    const [network] = await ownerRows<{ id: string }>(
      t,
      sql`select id from orientation_network where cio_id = ${id.bourges} limit 1`,
    );
    const grid = {
      cioId: id.bourges,
      month: '2026-11',
      counts: [
        { networkId: null, theme: 'AUTRE', count: 2 },
        ...(network ? [{ networkId: network.id, theme: 'PREVENTION_DECROCHAGE', count: 7 }] : []),
      ],
    };
    for (const who of ['head', 'otherDcio'] as const)
      expect(code(await gql(who, Q.saveCounts, { i: grid })), who).toBe('FORBIDDEN');
    const saved = await gql('psyen2', Q.saveCounts, { i: grid });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveInterviewCounts).toHaveLength(grid.counts.length);
    const bad = await gql('psyen2', Q.saveCounts, { i: { ...grid, month: '2026-13' } });
    expect(bad.errors![0]!.extensions.fields![0]!.path).toBe('input.month');
    const read = await gql('dcio', Q.counts, { c: id.bourges, f: '2026-01', t: '2026-12' });
    expect(read.data.orientationInterviewCounts).toEqual(
      expect.arrayContaining([{ networkId: null, networkName: null, month: '2026-11', theme: 'AUTRE', count: 2 }]),
    );
    expect(code(await gql('head', Q.counts, { c: id.bourges, f: '2026-01', t: '2026-12' }))).toBe('FORBIDDEN');
    const insert = sql`insert into orientation_interview_count (cio_id, month, theme, count) values (${id.bourges}, '2026-10-01', 'AUTRE', 1)`;
    await expect(asUser('otherDcio', insert, 'write')).rejects.toThrow();
    await expect(asUser('head', insert, 'write')).rejects.toThrow();
    expect(await asUser('otherDcio', sql`select id from orientation_interview_count`, 'read')).toEqual([]);
  });
});

/** The PDF's text as a reader's copy-paste would give it, blanks folded. */
async function pdfText(pdf: Buffer) {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return texts.join(' ').replace(/\s+/g, ' ');
}

describe('the final report (PDF)', () => {
  const get = (who: Who, cioId: string | undefined) =>
    t.app.inject({
      method: 'GET',
      url: `/api/orientation/cios/${cioId}/rapport-evaluation.pdf`,
      headers: { authorization: `Bearer ${tok[who]}` },
    });

  it('gives the direction team the criteria, the QVT results from 5 answers, the interviews and the work plan', async () => {
    const res = await get('dcio', id.bourges);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const text = await pdfText(res.rawPayload);
    for (const section of [
      "Critères d'évaluation",
      "Délai d'obtention d'un entretien",
      'Qualité de vie au travail des PsyEn',
      'Résultats visibles à partir de 5 réponses (4/5)',
      'QVT test',
      'Charge de travail',
      'Entretiens externalisés',
      'Prévention du décrochage',
      'Plan de travail',
      // The demo's current plan (2026-2027): its actions by status, the late ones among them.
      'Actions du plan de travail par statut',
      'Dont en retard',
    ])
      expect(text, section).toContain(section);
    const [event] = await ownerRows<{ subject_id: string }>(
      t,
      sql`select subject_id from audit_event where action = 'orientation_evaluation.report' and outcome = 'SUCCESS'`,
    );
    expect(event!.subject_id).toBe(id.bourges);
  });

  it('is refused to a school head and to another CIO', async () => {
    expect((await get('head', id.bourges)).statusCode).toBe(403);
    expect((await get('otherDcio', id.bourges)).statusCode).toBe(403);
    expect((await get('dcio', 'pas-un-id')).statusCode).toBe(400);
  });
});
