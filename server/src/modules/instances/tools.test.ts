import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../psad/cases/test-fixtures.js';

/**
 * The platform's shared tools (issue 17): the catalogue of solutions (searched by commune and age,
 * imported and exported as files), the platform's specific actions (counted in its bilan) and its veille.
 */

let t: TestApp;
type Who = 'referent' | 'vierzon' | 'conseiller';
const EMAILS: Record<Who, string> = {
  referent: 'referent@demo.test',
  vierzon: 'referent.vierzon@demo.test',
  conseiller: 'conseiller@demo.test',
};
const tok = {} as Record<Who, string>;
const id: Record<string, string> = {};

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql(tok[w], q, v);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

const OFFER = 'id name solutionType communes ageMin ageMax version canEdit organisation { id name }';
const Q = {
  create: `mutation($i: CreateSolutionOfferInput!) { createSolutionOffer(input: $i) { ${OFFER} } }`,
  update: `mutation($i: UpdateSolutionOfferInput!) { updateSolutionOffer(input: $i) { ${OFFER} } }`,
  remove: `mutation($i: DeleteSolutionOfferInput!) { deleteSolutionOffer(input: $i) }`,
  offers: `query($f: SolutionOfferFilter) { solutionOffers(filter: $f) { nodes { ${OFFER} } totalCount } }`,
  offerPage: `query($f: SolutionOfferFilter, $first: Int, $after: String, $offset: Int) { solutionOffers(filter: $f, first: $first, after: $after, offset: $offset) { nodes { name } totalCount pageInfo { hasNextPage endCursor } } }`,
  createAction: `mutation($i: CreatePlatformActionInput!) { createPlatformAction(input: $i) { id kind participants caseIds version canEdit partnerOrganisations { id } } }`,
  updateAction: `mutation($i: UpdatePlatformActionInput!) { updatePlatformAction(input: $i) { id participants caseIds version } }`,
  actions: `query($p: ID) { platformActions(platformId: $p) { nodes { id title caseIds canEdit } totalCount } }`,
  actionCases: `query($p: ID) { platformActions(platformId: $p) { nodes { id caseIds cases { id youngPerson { lastName } } } } }`,
  actionPage: `query($p: ID, $first: Int, $after: String, $offset: Int) { platformActions(platformId: $p, first: $first, after: $after, offset: $offset) { nodes { title } totalCount pageInfo { hasNextPage endCursor } } }`,
  addDoc: `mutation($i: AddVeilleDocumentInput!) { addVeilleDocument(input: $i) { id title url addedByName version canEdit } }`,
  updateDoc: `mutation($i: UpdateVeilleDocumentInput!) { updateVeilleDocument(input: $i) { id title version } }`,
  removeDoc: `mutation($i: DeleteVeilleDocumentInput!) { deleteVeilleDocument(input: $i) }`,
  docs: `query($p: ID) { veilleDocuments(platformId: $p) { nodes { id title publishedOn addedByName version canEdit } totalCount } }`,
  docPage: `query($p: ID, $first: Int, $after: String, $offset: Int) { veilleDocuments(platformId: $p, first: $first, after: $after, offset: $offset) { nodes { title } totalCount pageInfo { hasNextPage endCursor } } }`,
  bilan: `query($p: ID!, $from: Date, $to: Date) { psadBilan(platformId: $p, from: $from, to: $to) { tables { key rows { label cells { value } } } } }`,
};

const offer = (extra: Record<string, unknown> = {}) => ({
  platformId: id.bourges,
  name: 'Garantie jeunes Bourges',
  solutionType: 'ACCOMPAGNEMENT_ML',
  organisationId: id.ml,
  communes: ['18033'],
  ageMin: 16,
  ageMax: 25,
  places: 20,
  contact: 'accueil@ml-bourges.test',
  ...extra,
});

function multipart(file: { name: string; content: Buffer }) {
  const boundary = `----maillage${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const upload = (w: Who, content: Buffer, platformId = id.bourges) => {
  const body = multipart({ name: 'catalogue.csv', content });
  return t.app.inject({
    method: 'POST',
    url: `/api/psad/platforms/${platformId}/catalogue`,
    headers: { ...body.headers, authorization: `Bearer ${tok[w]}` },
    payload: body.payload,
  });
};
const offerCount = async () =>
  Number((await ownerRows<{ n: number }>(t, sql`select count(*)::int as n from solution_offer`))[0]!.n);
const auditCount = async (action: string) =>
  Number(
    (await ownerRows<{ n: number }>(t, sql`select count(*)::int as n from audit_event where action = ${action}`))[0]!.n,
  );

beforeAll(async () => {
  t = await createTestApp();
  for (const [w, e] of Object.entries(EMAILS) as [Who, string][]) tok[w] = await t.login(e);
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzonP = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.case = (
    await createCase(t, id.bourges, { lastName: 'Aubert', firstNames: 'Test', birthDate: '2009-01-15' })
  ).caseId;
  id.vierzonCase = (
    await createCase(t, id.vierzonP, { lastName: 'Bernard', firstNames: 'Test', birthDate: '2009-02-15' })
  ).caseId;
});
afterAll(() => t?.close());

describe('the catalogue of solutions', () => {
  it('is written by the referents and read by the partners, who cannot change it', async () => {
    const res = await gql('referent', Q.create, { i: offer() });
    expect(res.errors).toBeUndefined();
    id.offer = res.data.createSolutionOffer.id;
    expect(res.data.createSolutionOffer).toMatchObject({ version: 1, canEdit: true, organisation: { id: id.ml } });

    const seen = await gql('conseiller', Q.offers, { f: { platformId: id.bourges } });
    expect(seen.data.solutionOffers.nodes.map((o: { id: string; canEdit: boolean }) => [o.id, o.canEdit])).toEqual([
      [id.offer, false],
    ]);
    expect(code(await gql('conseiller', Q.create, { i: offer({ name: 'Autre' }) }))).toBe('FORBIDDEN');
    expect(
      code(await gql('conseiller', Q.update, { i: { ...offer(), platformId: undefined, id: id.offer, version: 1 } })),
    ).toBe('FORBIDDEN');
    // Another platform's referent neither reads nor writes it.
    expect((await gql('vierzon', Q.offers, { f: { platformId: id.bourges } })).data.solutionOffers).toEqual({
      nodes: [],
      totalCount: 0,
    });
    expect(code(await gql('vierzon', Q.create, { i: offer({ name: 'Intrus' }) }))).toBe('FORBIDDEN');
  });

  it('refuses a stale version, bad ages and an unknown commune code with the field', async () => {
    const { platformId: _p, ...values } = offer();
    expect(code(await gql('referent', Q.update, { i: { ...values, id: id.offer, version: 9 } }))).toBe('CONFLICT');
    const bad = await gql('referent', Q.create, {
      i: offer({ name: 'X', ageMin: 20, ageMax: 18, communes: ['Bourges'] }),
    });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    const paths = (bad.errors![0]!.extensions as unknown as { fields: { path: string }[] }).fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['input.communes.0', 'input.ageMax']));
    expect(code(await gql('referent', Q.create, { i: offer({ name: 'garantie  JEUNES bourges' }) }))).toBe('CONFLICT');
  });

  it('is searched by commune, age, name and active date', async () => {
    await gql('referent', Q.create, {
      i: offer({ name: 'École de la 2e chance', solutionType: 'EPIDE_E2C', communes: [], ageMin: 18, ageMax: 25 }),
    });
    await gql('referent', Q.create, {
      i: offer({
        name: 'Apprentissage Vierzon',
        solutionType: 'APPRENTISSAGE',
        communes: ['18279'],
        ageMin: 16,
        ageMax: 29,
        activeUntil: '2020-06-30',
      }),
    });
    const names = async (f: Record<string, unknown>) =>
      (await gql('referent', Q.offers, { f: { platformId: id.bourges, ...f } })).data.solutionOffers.nodes
        .map((o: { name: string }) => o.name)
        .sort();
    expect(await names({ commune: '18033', age: 17 })).toEqual(['Garantie jeunes Bourges']);
    expect(await names({ commune: '18033', age: 19 })).toEqual(['Garantie jeunes Bourges', 'École de la 2e chance']);
    expect(await names({ commune: '18279', age: 17 })).toEqual(['Apprentissage Vierzon']);
    // By a young person's commune as written in their address (no INSEE code there).
    expect(await names({ communeName: 'BOURGES', age: 19 })).toEqual([
      'Garantie jeunes Bourges',
      'École de la 2e chance',
    ]);
    expect(await names({ communeName: 'Nulle-Part', age: 19 })).toEqual(['École de la 2e chance']);
    expect(await names({ search: 'ecole chance' })).toEqual(['École de la 2e chance']);
    expect(await names({ search: 'apprentisage' })).toEqual(['Apprentissage Vierzon']);
    expect(await names({ activeOn: '2026-01-01' })).not.toContain('Apprentissage Vierzon');
  });

  it('imports a CSV all or nothing, with each rejected row and why', async () => {
    const before = await offerCount();
    const bad = Buffer.from(
      [
        'Nom;Type de solution;Organisation;Communes (codes INSEE);Âge minimum;Âge maximum;Places;Début',
        'Service civique Bourges;Service civique;Mission Locale de Bourges;18033;16;25;10;01/09/2026',
        ';Emploi;;;;;;',
        'Chantier;Inconnu;Nulle part;18033;30;20;x;',
      ].join('\r\n'),
    );
    const refused = await upload('referent', bad);
    expect(refused.statusCode).toBe(200);
    const report = refused.json();
    expect(report).toMatchObject({ total: 3, created: 0, updated: 0, written: false });
    expect(report.rejected.map((r: { line: number }) => r.line)).toEqual([3, 4]);
    expect(report.rejected[0].reason).toContain('Nom');
    expect(report.rejected[1].reason).toMatch(/Type de solution.*|Organisation/);
    expect(report.rejected[1].reason).toContain('Organisation : inconnue');
    expect(await offerCount()).toBe(before);

    const good = Buffer.from(
      [
        'Nom;Type de solution;Organisation;Communes (codes INSEE);Âge minimum;Âge maximum;Places;Début',
        'Service civique Bourges;Service civique;Mission Locale de Bourges;18033;16;25;10;01/09/2026',
        'Garantie jeunes Bourges;ACCOMPAGNEMENT_ML;Mission Locale de Bourges;18033, 18279;16;26;;',
      ].join('\r\n'),
    );
    const ok = (await upload('referent', good)).json();
    expect(ok).toMatchObject({ total: 2, created: 1, updated: 1, written: true, rejected: [] });
    expect(await offerCount()).toBe(before + 1);
    const [updated] = await ownerRows<{ age_max: number; version: number }>(
      t,
      sql`select age_max, version from solution_offer where id = ${id.offer}`,
    );
    expect(updated).toEqual({ age_max: 26, version: 2 });
    expect(await auditCount('solution_offer.import')).toBe(2);
    expect((await upload('conseiller', good)).statusCode).toBe(403);
  });

  it('exports CSV and XLSX with French headers and formulas neutralised', async () => {
    await gql('referent', Q.create, { i: offer({ name: '=HYPERLINK("x")', communes: [] }) });
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/psad/platforms/${id.bourges}/catalogue.csv`,
      headers: { authorization: `Bearer ${tok.conseiller}` },
    });
    expect(csv.statusCode).toBe(200);
    const text = csv.body.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe(
      'Nom;Type de solution;Organisation;Communes (codes INSEE);Âge minimum;Âge maximum;Conditions;Places;Contact;Début;Fin',
    );
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain(
      'Service civique Bourges;Service civique;Mission Locale de Bourges;18033;16;25;;10;;01/09/2026;',
    );

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/psad/platforms/${id.bourges}/catalogue.xlsx`,
      headers: { authorization: `Bearer ${tok.referent}` },
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Nom');
    // The export imports back as it is: every offer updated, none created.
    const back = (await upload('referent', Buffer.from(xlsx.rawPayload))).json();
    expect(back).toMatchObject({ created: 0, written: true, rejected: [] });
  });
});

describe('the platform’s specific actions', () => {
  it('are recorded by a referent with their cases, which must be of the platform', async () => {
    const input = {
      platformId: id.bourges,
      kind: 'ATELIER',
      title: 'Atelier CV',
      heldOn: '2026-10-15',
      partnerOrganisationIds: [id.ml],
      participants: 12,
      caseIds: [id.vierzonCase],
    };
    const refused = await gql('referent', Q.createAction, { i: input });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors)).toContain('input.caseIds.0');
    const res = await gql('referent', Q.createAction, { i: { ...input, caseIds: [id.case] } });
    expect(res.errors).toBeUndefined();
    id.action = res.data.createPlatformAction.id;
    expect(res.data.createPlatformAction).toMatchObject({ caseIds: [id.case], participants: 12, canEdit: true });
    const { platformId: _p, ...values } = input;
    const update = { ...values, id: id.action, caseIds: [] };
    expect(code(await gql('referent', Q.updateAction, { i: { ...update, version: 5 } }))).toBe('CONFLICT');
    const unlinked = await gql('referent', Q.updateAction, { i: { ...update, version: 1, participants: 14 } });
    expect(unlinked.data.updatePlatformAction).toMatchObject({ caseIds: [], participants: 14, version: 2 });
    await gql('referent', Q.updateAction, { i: { ...update, version: 2, participants: 12, caseIds: [id.case] } });
  });

  it('count at least the young people whose cases they link', async () => {
    const input = {
      platformId: id.bourges,
      kind: 'FORUM',
      title: 'Forum sans participant',
      heldOn: '2026-10-16',
      participants: 0,
      caseIds: [id.case],
    };
    const refused = await gql('referent', Q.createAction, { i: input });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors)).toContain('input.participants');
    const stale = { id: id.action, version: 3, kind: 'ATELIER', title: 'Atelier CV', heldOn: '2026-10-15' };
    const update = await gql('referent', Q.updateAction, { i: { ...stale, participants: 0, caseIds: [id.case] } });
    expect(code(update)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(update.errors)).toContain('input.participants');
  });

  it('name their young people to the referents, to no one else', async () => {
    type Linked = { id: string; caseIds: string[]; cases: { id: string; youngPerson: { lastName: string } }[] };
    const [action] = (await gql('referent', Q.actionCases, { p: id.bourges })).data.platformActions.nodes as Linked[];
    expect(action!.cases.map((c) => c.id)).toEqual([id.case]);
    expect(action!.cases[0]!.youngPerson.lastName).toBeTruthy();
    const seen = (await gql('conseiller', Q.actionCases, { p: id.bourges })).data.platformActions.nodes as Linked[];
    expect(seen.map((a) => a.cases)).toEqual([[]]);
  });

  it('are read by the partners who took part, without the cases', async () => {
    const seen = (await gql('conseiller', Q.actions, { p: id.bourges })).data.platformActions.nodes;
    expect(seen).toEqual([{ id: id.action, title: 'Atelier CV', caseIds: [], canEdit: false }]);
    expect(
      code(
        await gql('conseiller', Q.createAction, {
          i: { platformId: id.bourges, kind: 'FORUM', title: 'x', heldOn: '2026-10-01' },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('are counted in the bilan', async () => {
    const res = await gql('referent', Q.bilan, { p: id.bourges, from: '2026-09-01', to: '2027-08-31' });
    expect(res.errors).toBeUndefined();
    type Row = { label: string; cells: { value: number | null }[] };
    const actions = (res.data.psadBilan.tables as { key: string; rows: Row[] }[]).find((x) => x.key === 'actions')!;
    const atelier = actions.rows.find((r) => r.label.startsWith('Atelier'))!;
    expect(atelier.cells.slice(0, 2).map((c: { value: number | null }) => c.value)).toEqual([1, 12]);
  });
});

describe('the veille documentaire', () => {
  it('is added by a referent (https only), listed newest first, read by partners', async () => {
    const bad = await gql('referent', Q.addDoc, {
      i: { platformId: id.bourges, title: 'Circulaire', url: 'http://x.test/a' },
    });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('input.url');
    for (const [title, publishedOn] of [
      ['Circulaire de rentrée', '2026-08-30'],
      ['Rapport sur l’obligation de formation', '2026-11-02'],
    ])
      expect(
        (
          await gql('referent', Q.addDoc, {
            i: { platformId: id.bourges, title, url: 'https://education.gouv.fr/x', publishedOn },
          })
        ).errors,
      ).toBeUndefined();
    type Doc = { title: string; addedByName: string | null; canEdit: boolean };
    const mine: Doc[] = (await gql('referent', Q.docs, { p: id.bourges })).data.veilleDocuments.nodes;
    expect(mine.map((d) => d.title)).toEqual(['Rapport sur l’obligation de formation', 'Circulaire de rentrée']);
    const [referent] = await ownerRows<{ display_name: string }>(
      t,
      sql`select display_name from app_user where email = ${EMAILS.referent}`,
    );
    expect(mine.map((d) => d.addedByName)).toEqual([referent!.display_name, referent!.display_name]);
    // A partner may not read the referent's user row, yet sees who added the document.
    const theirs: Doc[] = (await gql('conseiller', Q.docs, { p: id.bourges })).data.veilleDocuments.nodes;
    expect(theirs).toHaveLength(2);
    expect(theirs[0]!.canEdit).toBe(false);
    expect(theirs.map((d) => d.addedByName)).toEqual([referent!.display_name, referent!.display_name]);
    expect(
      code(await gql('conseiller', Q.addDoc, { i: { platformId: id.bourges, title: 'x', url: 'https://a.test' } })),
    ).toBe('FORBIDDEN');
  });

  it('is changed and removed at the version read: a stale version is refused and changes nothing', async () => {
    type Doc = { id: string; title: string; version: number };
    const [doc] = (await gql('referent', Q.docs, { p: id.bourges })).data.veilleDocuments.nodes as Doc[];
    expect(doc!.version).toBe(1);
    const values = {
      id: doc!.id,
      title: 'Rapport révisé',
      url: 'https://education.gouv.fr/y',
      publishedOn: '2026-11-02',
    };
    const updated = await gql('referent', Q.updateDoc, { i: { ...values, version: 1 } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateVeilleDocument).toMatchObject({ title: 'Rapport révisé', version: 2 });

    const audits = await auditCount('veille_document.update');
    const stale = await gql('referent', Q.updateDoc, { i: { ...values, title: 'Écrasé', version: 1 } });
    expect(code(stale)).toBe('CONFLICT');
    expect(code(await gql('referent', Q.removeDoc, { i: { id: doc!.id, version: 1 } }))).toBe('CONFLICT');
    const [kept] = await ownerRows<{ title: string; version: number }>(
      t,
      sql`select title, version from veille_document where id = ${doc!.id}`,
    );
    expect(kept).toEqual({ title: 'Rapport révisé', version: 2 });
    expect(await auditCount('veille_document.update')).toBe(audits);

    expect(code(await gql('conseiller', Q.removeDoc, { i: { id: doc!.id, version: 2 } }))).toBe('FORBIDDEN');
    expect((await gql('referent', Q.removeDoc, { i: { id: doc!.id, version: 2 } })).data.deleteVeilleDocument).toBe(
      true,
    );
  });
});

describe('the pages of the tools’ lists', () => {
  type PageOf = {
    nodes: { name?: string; title?: string }[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  /** Every row of a list read page by page (by cursor), and the same rows read by offset. */
  async function walk(
    query: string,
    field: 'solutionOffers' | 'platformActions' | 'veilleDocuments',
    variables: Record<string, unknown>,
  ) {
    const byCursor: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 20; i++) {
      const res = await gql('referent', query, { ...variables, first: 2, after });
      expect(res.errors).toBeUndefined();
      const page = res.data[field] as PageOf;
      total = page.totalCount;
      byCursor.push(...page.nodes.map((n) => n.name ?? n.title!));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const byOffset: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      const res = await gql('referent', query, { ...variables, first: 2, offset });
      byOffset.push(...(res.data[field] as PageOf).nodes.map((n) => n.name ?? n.title!));
    }
    const all = (await gql('referent', query, variables)).data[field] as PageOf;
    return { byCursor, byOffset, all: all.nodes.map((n) => n.name ?? n.title!), total };
  }

  it('pages the catalogue, searched or not, by cursor and by offset, with the total', async () => {
    for (const f of [
      { platformId: id.bourges },
      { platformId: id.bourges, search: 'bourges' },
      { platformId: id.bourges, commune: '18033', age: 19 },
    ]) {
      const { byCursor, byOffset, all, total } = await walk(Q.offerPage, 'solutionOffers', { f });
      expect(all).toHaveLength(total);
      expect(byCursor).toEqual(all);
      expect(byOffset).toEqual(all);
    }
    const { all } = await walk(Q.offerPage, 'solutionOffers', { f: { platformId: id.bourges } });
    expect(all.length).toBeGreaterThan(2);
  });

  it('pages the actions and the veille, newest first', async () => {
    for (const title of ['Forum métiers', 'Atelier numérique'])
      await gql('referent', Q.createAction, {
        i: { platformId: id.bourges, kind: 'FORUM', title, heldOn: '2026-10-15' },
      });
    const actions = await walk(Q.actionPage, 'platformActions', { p: id.bourges });
    expect(actions.total).toBe(3);
    expect(actions.byCursor).toEqual(actions.all);
    expect(actions.byOffset).toEqual(actions.all);

    for (const title of ['Note A', 'Note B', 'Note C'])
      await gql('referent', Q.addDoc, { i: { platformId: id.bourges, title, url: 'https://education.gouv.fr/n' } });
    const docs = await walk(Q.docPage, 'veilleDocuments', { p: id.bourges });
    expect(docs.total).toBeGreaterThanOrEqual(4);
    expect(docs.byCursor).toEqual(docs.all);
    expect(docs.byOffset).toEqual(docs.all);
  });

  it('refuses a page too large, a bad cursor, and an offset with a cursor', async () => {
    expect(code(await gql('referent', Q.docPage, { p: id.bourges, first: 101 }))).toBe('BAD_USER_INPUT');
    expect(code(await gql('referent', Q.docPage, { p: id.bourges, after: 'nope' }))).toBe('BAD_USER_INPUT');
    const first = (await gql('referent', Q.docPage, { p: id.bourges, first: 1 })).data.veilleDocuments as PageOf;
    expect(code(await gql('referent', Q.docPage, { p: id.bourges, after: first.pageInfo.endCursor, offset: 2 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await gql('referent', Q.offerPage, { f: {}, offset: -1 }))).toBe('BAD_USER_INPUT');
  });
});
