import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '@maillage/shared';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { loggerOptions } from '../../../core/logger.js';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';
import { downloadFileName } from './routes.js';
import {
  KEY_UNAVAILABLE_MESSAGE,
  STORE_UNAVAILABLE_MESSAGE,
  TAMPERED_MESSAGE,
  UNSHARED_TITLE,
} from './documents.service.js';
import { LocalDocumentStore, newStorageKey, type DocumentStore } from './storage.js';
import { sweepOrphanDocuments } from './orphans.js';

/**
 * The armoire numérique through its REST routes and GraphQL fields, on a real database: a PA with three
 * intervenants (social, ccas, hopital), documents shared with some of them only.
 */

let t: TestApp;
let store: LocalDocumentStore;
let captured = '';
const tokens: Record<string, string> = {};
let personId: string;
/** A second PA, on social's list only: hopital does not see it. */
let otherPersonId: string;
const member: Record<'social' | 'ccas' | 'hopital', string> = { social: '', ccas: '', hopital: '' };

type Who = 'social' | 'ccas' | 'hopital' | 'referent';
const EMAILS: Record<Who, string> = {
  social: 'social@demo.test',
  ccas: 'ccas@demo.test',
  hopital: 'hopital@demo.test',
  referent: 'referent@demo.test',
};
const ORGS = {
  social: 'Service social départemental du Cher',
  ccas: 'CCAS de Bourges',
  hopital: 'Service social du centre hospitalier Jacques-Cœur',
} as const;

const pdf = (size = 4000) =>
  Buffer.concat([
    Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    randomBytes(size),
    Buffer.from('\n%%EOF\n'),
  ]);
const png = () =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    Buffer.from('IHDR'),
    randomBytes(500),
  ]);

interface FilePart {
  name: string;
  content: Buffer;
  type?: string;
  field?: string;
}

/** A multipart body: the fields, then the file part (if any). */
function form(fields: Record<string, string>, file?: FilePart) {
  const boundary = `----maillage${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const auth = (who: Who) => ({ authorization: `Bearer ${tokens[who]}` });

function upload(who: Who, fields: Record<string, string>, file?: FilePart, person = personId) {
  const body = form(fields, file);
  return t.app.inject({
    method: 'POST',
    url: `/api/parcours/persons/${person}/documents`,
    headers: { ...body.headers, ...auth(who) },
    payload: body.payload,
  });
}

const download = (who: Who, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/parcours/documents/${id}`, headers: auth(who) });

/** Uploads as social a PDF shared with the entries named, and returns its id and bytes. */
async function sharedPdf(title: string, shareWith: ('social' | 'ccas' | 'hopital')[] = ['ccas']) {
  const content = pdf();
  const res = await upload(
    'social',
    { title, category: 'ATTESTATION', shareWithMemberIds: shareWith.map((w) => member[w]).join(',') },
    { name: 'attestation.pdf', content },
  );
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, content };
}

const auditOf = (requestId: string) =>
  ownerRows<{
    action: string;
    outcome: string;
    subject_type: string | null;
    subject_id: string | null;
    details: Record<string, unknown> | null;
  }>(
    t,
    sql`select action, outcome, subject_type, subject_id, details from audit_event where request_id = ${requestId} order by id`,
  );

const requestIdOf = (res: { headers: Record<string, unknown> }) => String(res.headers['x-request-id']);

const docRow = async (id: string) =>
  (
    await ownerRows<{ storage_key: string; key_id: string; size_bytes: number }>(
      t,
      sql`select storage_key, key_id, size_bytes from locker_document where id = ${id}`,
    )
  )[0]!;

const counts = async () => {
  const [row] = await ownerRows<{ docs: number; consents: number }>(
    t,
    sql`select (select count(*)::int from locker_document) as docs, (select count(*)::int from consent) as consents`,
  );
  return { ...row!, files: storedFiles() };
};

/** Every file under the store's directory, temporary ones included. */
function storedFiles(): string[] {
  return fs.existsSync(store.root)
    ? (fs.readdirSync(store.root, { recursive: true }) as string[])
        .filter((f) => fs.statSync(path.join(store.root, f)).isFile())
        .sort()
    : [];
}

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      captured += chunk.toString();
      done();
    },
  });
  t = await createTestApp({}, { logger: pino(loggerOptions('info'), stream) });
  store = t.app.services.documentStore as LocalDocumentStore;
  for (const who of Object.keys(EMAILS) as Who[]) tokens[who] = await t.login(EMAILS[who]);

  const userOf = (who: keyof typeof ORGS) => ownerId(t, sql`select id from app_user where email = ${EMAILS[who]}`);
  personId = await ownerId(
    t,
    sql`insert into accompanied_person (last_name, first_names, search_text, created_by) values ('Martin', 'Léa', 'martin lea', ${await userOf('social')}) returning id`,
  );
  otherPersonId = await ownerId(
    t,
    sql`insert into accompanied_person (last_name, first_names, search_text, created_by) values ('Durand', 'Paul', 'durand paul', ${await userOf('social')}) returning id`,
  );
  const entry = async (person: string, who: keyof typeof ORGS) =>
    ownerId(
      t,
      sql`insert into accompaniment_member (person_id, user_id, organisation_id, mission, since)
          select ${person}, u.id, o.id, 'Accompagnement social', '2025-01-01' from app_user u, organisation o where u.email = ${EMAILS[who]} and o.name = ${ORGS[who]} returning id`,
    );
  for (const who of ['social', 'ccas', 'hopital'] as const) member[who] = await entry(personId, who);
  await entry(otherPersonId, 'social');
});
afterAll(() => t?.close());

describe('upload and download', () => {
  let doc: { id: string; content: Buffer };
  const TITLE = 'Attestation CAF — mars';

  beforeAll(async () => {
    doc = await sharedPdf(TITLE, ['ccas']);
  });

  it('stores the document with one consent per share, and audits the upload without its title', async () => {
    const content = pdf();
    const res = await upload(
      'social',
      { title: 'Quittance de loyer', category: 'FACTURE', shareWithMemberIds: `${member.ccas}, ${member.hopital}` },
      { name: 'quittance.pdf', content },
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      id: expect.any(String),
      title: 'Quittance de loyer',
      category: 'FACTURE',
      contentType: 'application/pdf',
      sizeBytes: content.length,
    });
    const consents = await ownerRows<{
      member_id: string;
      kind: string;
      recorded_by: string;
      withdrawn_at: string | null;
    }>(
      t,
      sql`select member_id, kind, recorded_by, withdrawn_at from consent where document_id = ${body.id} order by member_id`,
    );
    const social = await ownerId(t, sql`select id from app_user where email = 'social@demo.test'`);
    // The two the PA chose, and the uploader's own read, recorded as part of the upload's consent.
    expect(consents.map((c) => c.member_id).sort()).toEqual([member.social, member.ccas, member.hopital].sort());
    expect(
      consents.every((c) => c.kind === 'PARTAGE_DOCUMENT' && c.recorded_by === social && c.withdrawn_at === null),
    ).toBe(true);
    const audit = await auditOf(requestIdOf(res));
    expect(audit).toEqual([
      {
        action: 'parcours.document_upload',
        outcome: 'SUCCESS',
        subject_type: 'locker_document',
        subject_id: body.id,
        details: {
          category: 'FACTURE',
          contentType: 'application/pdf',
          sizeBytes: content.length,
          shareCount: 2,
          uploaderShare: true,
        },
      },
    ]);
  });

  it('serves the exact bytes to the intervenant it is shared with, as an attachment, and audits the read', async () => {
    const res = await download('ccas', doc.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(doc.content)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-length']).toBe(String(doc.content.length));
    expect(res.headers['content-disposition']).toBe('attachment; filename="Attestation-CAF-mars.pdf"');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(await auditOf(requestIdOf(res))).toEqual([
      {
        action: 'parcours.document_read',
        outcome: 'SUCCESS',
        subject_type: 'locker_document',
        subject_id: doc.id,
        details: { category: 'ATTESTATION', contentType: 'application/pdf', sizeBytes: doc.content.length },
      },
    ]);
  });

  it('refuses an intervenant of the list it is not shared with: 403 and a DENIED audit event', async () => {
    const res = await download('hopital', doc.id);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      detail: expect.stringContaining("n'est pas partagé avec vous"),
    });
    expect(res.body).not.toContain(TITLE);
    expect(await auditOf(requestIdOf(res))).toEqual([
      {
        action: 'parcours.document_read',
        outcome: 'DENIED',
        subject_type: 'locker_document',
        subject_id: doc.id,
        details: { reason: 'not-shared' },
      },
    ]);
  });

  it('serves its uploader the same bytes (their read is part of the upload consent), audited', async () => {
    const res = await download('social', doc.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(doc.content)).toBe(true);
    expect(await auditOf(requestIdOf(res))).toEqual([
      {
        action: 'parcours.document_read',
        outcome: 'SUCCESS',
        subject_type: 'locker_document',
        subject_id: doc.id,
        details: { category: 'ATTESTATION', contentType: 'application/pdf', sizeBytes: doc.content.length },
      },
    ]);
    // The consents list shows the uploader's share with the others.
    const q = `query($id: ID!) { accompaniedPerson(id: $id) { consents { kind active document { id } member { id } recordedBy { id } } } }`;
    const listed = await t.gql(tokens.social!, q, { id: personId });
    expect(listed.errors).toBeUndefined();
    const shares = listed.data.accompaniedPerson.consents.filter((c) => c.document?.id === doc.id);
    expect(shares.map((c) => c.member?.id).sort()).toEqual([member.social, member.ccas].sort());
    expect(shares.every((c) => c.kind === 'PARTAGE_DOCUMENT' && c.active)).toBe(true);
  });

  it('refuses its uploader once the PA withdrew the uploader’s share: 403 and a DENIED audit event', async () => {
    const shared = await sharedPdf('Bulletin de salaire', []);
    expect((await download('social', shared.id)).statusCode).toBe(200);
    const consentId = await ownerId(
      t,
      sql`select id from consent where document_id = ${shared.id} and member_id = ${member.social}`,
    );
    expect(
      (await t.gql(tokens.social!, 'mutation($id: ID!) { withdrawConsent(id: $id) { id active } }', { id: consentId }))
        .errors,
    ).toBeUndefined();
    const res = await download('social', shared.id);
    expect(res.statusCode).toBe(403);
    expect(await auditOf(requestIdOf(res))).toEqual([
      {
        action: 'parcours.document_read',
        outcome: 'DENIED',
        subject_type: 'locker_document',
        subject_id: shared.id,
        details: { reason: 'not-shared' },
      },
    ]);
  });

  it('refuses a user who is no social worker (403, audited), and hides the documents of a PA the caller is not listed for (404)', async () => {
    const referent = await download('referent', doc.id);
    expect(referent.statusCode).toBe(403);
    expect(await auditOf(requestIdOf(referent))).toEqual([
      {
        action: 'parcours.document_read',
        outcome: 'DENIED',
        subject_type: 'locker_document',
        subject_id: doc.id,
        details: { policy: 'role:SOCIAL_WORKER' },
      },
    ]);

    const res = await upload(
      'social',
      { title: 'Pièce d’identité', category: 'IDENTITE' },
      { name: 'cni.pdf', content: pdf() },
      otherPersonId,
    );
    expect(res.statusCode).toBe(201);
    const unseen = await download('hopital', res.json().id);
    expect(unseen.statusCode).toBe(404);
    expect(unseen.json()).toMatchObject({ code: 'NOT_FOUND' });
    // The attempt is recorded, naming the document asked for (the answer says nothing of it)…
    const deniedRead = (id: string) => ({
      action: 'parcours.document_read',
      outcome: 'DENIED',
      subject_type: 'locker_document',
      subject_id: id,
      details: { policy: 'not-on-list' },
    });
    expect(await auditOf(requestIdOf(unseen))).toEqual([deniedRead(res.json().id)]);
    // … and the same for an id no document has: the same answer, the same trace.
    const missing = await download('hopital', '00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ ...unseen.json(), requestId: requestIdOf(missing) });
    expect(await auditOf(requestIdOf(missing))).toEqual([deniedRead('00000000-0000-4000-8000-000000000000')]);
    expect((await download('hopital', 'not-an-id')).statusCode).toBe(404);
  });

  it('honours a withdrawal at once', async () => {
    const shared = await sharedPdf('Avis d’imposition', ['ccas', 'hopital']);
    expect((await download('ccas', shared.id)).statusCode).toBe(200);
    await ownerRows(
      t,
      sql`update consent set withdrawn_at = now() where document_id = ${shared.id} and member_id = ${member.ccas}`,
    );
    expect((await download('ccas', shared.id)).statusCode).toBe(403);
    expect((await download('hopital', shared.id)).statusCode).toBe(200);
  });

  it('honours a withdrawal recorded through the withdrawConsent mutation', async () => {
    const shared = await sharedPdf('Notification MDPH', ['ccas']);
    expect((await download('ccas', shared.id)).statusCode).toBe(200);
    const consentId = await ownerId(
      t,
      sql`select id from consent where document_id = ${shared.id} and member_id = ${member.ccas}`,
    );
    const res = await t.gql(tokens.social!, 'mutation($id: ID!) { withdrawConsent(id: $id) { id active } }', {
      id: consentId,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.withdrawConsent).toEqual({ id: consentId, active: false });
    expect((await download('ccas', shared.id)).statusCode).toBe(403);
  });

  it('stops serving an intervenant whose entry of the list has ended', async () => {
    const shared = await sharedPdf('Justificatif de domicile', ['hopital']);
    await ownerRows(t, sql`update accompaniment_member set until = '2025-06-30' where id = ${member.hopital}`);
    try {
      // Off the list: the PA and its documents are out of sight.
      expect((await download('hopital', shared.id)).statusCode).toBe(404);
    } finally {
      await ownerRows(t, sql`update accompaniment_member set until = null where id = ${member.hopital}`);
    }
    expect((await download('hopital', shared.id)).statusCode).toBe(200);
  });

  it('keeps only ciphertext at rest: not the plaintext, under a random key', async () => {
    const row = await docRow(doc.id);
    expect(row.storage_key).toMatch(/^[0-9a-f]{32}$/);
    const atRest = fs.readFileSync(store.pathOf(row.storage_key));
    expect(atRest.length).toBe(doc.content.length);
    expect(atRest.equals(doc.content)).toBe(false);
    expect(atRest.includes(Buffer.from('%PDF'))).toBe(false);
    expect(atRest.includes(doc.content.subarray(100, 132))).toBe(false);
    expect((fs.statSync(store.pathOf(row.storage_key)).mode & 0o777).toString(8)).toBe('600');
  });
});

describe('what the content is', () => {
  it('takes the type from the content: a PNG named .pdf and declared as a PDF is an image/png', async () => {
    const content = png();
    const res = await upload(
      'social',
      { title: 'Photo du justificatif', category: 'JUSTIFICATIF', shareWithMemberIds: member.ccas },
      { name: 'scan.pdf', content, type: 'application/pdf' },
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ contentType: 'image/png', sizeBytes: content.length });
    const got = await download('ccas', res.json().id);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['content-disposition']).toBe('attachment; filename="Photo-du-justificatif.png"');
    expect(got.rawPayload.equals(content)).toBe(true);
  });

  it('accepts JPEG and WebP', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(200)]);
    const webp = Buffer.concat([
      Buffer.from('RIFF'),
      Buffer.from([0x24, 0, 0, 0]),
      Buffer.from('WEBPVP8 '),
      randomBytes(200),
    ]);
    for (const [content, type] of [
      [jpeg, 'image/jpeg'],
      [webp, 'image/webp'],
    ] as const) {
      const res = await upload(
        'social',
        { title: 'Image', category: 'AUTRE' },
        { name: 'x.bin', content, type: 'application/octet-stream' },
      );
      expect(res.statusCode).toBe(201);
      expect(res.json().contentType).toBe(type);
    }
  });

  it('refuses a text file named .pdf with 415, naming the type it found, and stores nothing', async () => {
    const before = await counts();
    const res = await upload(
      'social',
      { title: 'Faux PDF', category: 'AUTRE', shareWithMemberIds: member.ccas },
      { name: 'faux.pdf', content: Buffer.from('Bonjour, ceci est du texte.\n'.repeat(50)) },
    );
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 415,
      code: 'BAD_USER_INPUT',
      detail: expect.stringContaining('type inconnu'),
    });
    const gif = await upload(
      'social',
      { title: 'Animation', category: 'AUTRE' },
      { name: 'image.png', content: Buffer.concat([Buffer.from('GIF89a'), randomBytes(100)]), type: 'image/png' },
    );
    expect(gif.statusCode).toBe(415);
    expect(gif.json().detail).toContain('image/gif');
    expect(await counts()).toEqual(before);
  });

  it('refuses a file of 20 MB and one byte with 413, leaving no row and no file', async () => {
    const before = await counts();
    const res = await upload(
      'social',
      { title: 'Trop gros', category: 'AUTRE', shareWithMemberIds: member.ccas },
      { name: 'gros.pdf', content: pdf(DOCUMENT_MAX_BYTES + 1 - pdf(0).length) },
    );
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 413, detail: expect.stringContaining('20 Mo') });
    expect(await counts()).toEqual(before);
  });

  it('accepts a file of exactly 20 MB', async () => {
    const content = pdf(DOCUMENT_MAX_BYTES - pdf(0).length);
    expect(content.length).toBe(DOCUMENT_MAX_BYTES);
    const res = await upload(
      'social',
      { title: 'Juste assez', category: 'AUTRE', shareWithMemberIds: member.ccas },
      { name: 'limite.pdf', content },
    );
    expect(res.statusCode).toBe(201);
    const got = await download('ccas', res.json().id);
    expect(got.rawPayload.equals(content)).toBe(true);
  });
});

describe('what the form must hold', () => {
  it.each([
    [{ category: 'ATTESTATION' }, 'title'],
    [{ title: '   ', category: 'ATTESTATION' }, 'title'],
    [{ title: 'Attestation', category: 'BULLETIN' }, 'category'],
    [{ title: 'Attestation', category: 'ATTESTATION', shareWithMemberIds: 'pas-un-id' }, 'shareWithMemberIds.0'],
  ])('refuses %j with 400 naming %s', async (fields, field) => {
    const before = await counts();
    const res = await upload('social', fields as Record<string, string>, { name: 'a.pdf', content: pdf() });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: field })] });
    expect(await counts()).toEqual(before);
  });

  it('names every wrong field at once, in French', async () => {
    const res = await upload('social', { category: 'BULLETIN' }, { name: 'a.pdf', content: pdf() });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      { path: 'title', message: 'intitulé du document manquant' },
      { path: 'category', message: 'catégorie attendue parmi IDENTITE, ATTESTATION, FACTURE, JUSTIFICATIF, AUTRE' },
    ]);
  });

  it('shares only with active entries of the same PA', async () => {
    const before = await counts();
    const otherEntry = await ownerId(t, sql`select id from accompaniment_member where person_id = ${otherPersonId}`);
    const res = await upload(
      'social',
      { title: 'Attestation', category: 'ATTESTATION', shareWithMemberIds: `${member.ccas},${otherEntry}` },
      { name: 'a.pdf', content: pdf() },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ path: 'shareWithMemberIds.1', message: expect.stringContaining('liste') }]);
    expect(await counts()).toEqual(before);
  });

  it('needs the file', async () => {
    const res = await upload('social', { title: 'Attestation', category: 'ATTESTATION' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ path: 'file', message: 'fichier manquant' }]);
    const empty = await upload(
      'social',
      { title: 'Attestation', category: 'ATTESTATION' },
      { name: 'a.pdf', content: Buffer.alloc(0) },
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toEqual([{ path: 'file', message: 'fichier vide' }]);
  });

  it('refuses a form cut short in the middle of the file with 400, leaving no row and no file (it was a 500)', async () => {
    const before = await counts();
    const body = form(
      { title: 'Coupé', category: 'AUTRE', shareWithMemberIds: member.ccas },
      { name: 'a.pdf', content: pdf(200_000) },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/parcours/persons/${personId}/documents`,
      headers: { ...body.headers, ...auth('social') },
      // The client went away mid-file: the body ends with no closing boundary.
      payload: body.payload.subarray(0, body.payload.length - 100_000),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'BAD_USER_INPUT', detail: expect.stringMatching(/multipart/) });
    expect(await counts()).toEqual(before);
  });

  it('is for social workers on the PA’s list: 403 for others, 404 for a PA the caller does not see', async () => {
    const before = await counts();
    expect(
      (await upload('referent', { title: 'A', category: 'AUTRE' }, { name: 'a.pdf', content: pdf() })).statusCode,
    ).toBe(403);
    const unseen = await upload(
      'hopital',
      { title: 'A', category: 'AUTRE' },
      { name: 'a.pdf', content: pdf() },
      otherPersonId,
    );
    expect(unseen.statusCode).toBe(404);
    expect(unseen.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });
});

describe('all or nothing', () => {
  it('deletes the stored object when the database write fails', async () => {
    const before = await counts();
    await ownerRows(
      t,
      sql.raw(
        `create function test_fail_document() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$`,
      ),
    );
    await ownerRows(
      t,
      sql.raw(
        'create trigger test_fail_document before insert on locker_document for each row execute function test_fail_document()',
      ),
    );
    try {
      const res = await upload(
        'social',
        { title: 'Attestation', category: 'ATTESTATION', shareWithMemberIds: member.ccas },
        { name: 'a.pdf', content: pdf() },
      );
      expect(res.statusCode).toBe(500);
      expect(res.json()).toMatchObject({ code: 'INTERNAL' });
    } finally {
      await ownerRows(t, sql.raw('drop trigger test_fail_document on locker_document'));
      await ownerRows(t, sql.raw('drop function test_fail_document()'));
    }
    expect(await counts()).toEqual(before);
  });

  /** Runs `fn` with the app's document store replaced by the real one with `overrides`. */
  async function withStore(overrides: Partial<DocumentStore>, fn: () => Promise<void>) {
    const real = t.app.services.documentStore;
    t.app.services.documentStore = {
      kind: real.kind,
      put: (key, body) => real.put(key, body),
      get: (key) => real.get(key),
      delete: (key) => real.delete(key),
      storedBefore: (before) => real.storedBefore(before),
      ...overrides,
    };
    try {
      await fn();
    } finally {
      t.app.services.documentStore = real;
    }
  }

  /** A storage outage as the caller sees it: 503, retryable, in French, and nothing of the cause. */
  function expectStoreUnavailable(res: Awaited<ReturnType<typeof download>>) {
    expect(res.statusCode, res.body).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toEqual({
      type: 'about:blank',
      title: 'Service indisponible',
      status: 503,
      detail: STORE_UNAVAILABLE_MESSAGE,
      code: 'SERVICE_UNAVAILABLE',
      requestId: requestIdOf(res),
    });
  }

  it('writes nothing in the database when the storage fails, and answers 503', async () => {
    const before = await counts();
    await withStore(
      {
        put: async (_key, body) => {
          // The storage takes part of the stream, then fails (disk full, network lost).
          if (!Buffer.isBuffer(body)) for await (const _chunk of body) break;
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      },
      async () => {
        const res = await upload(
          'social',
          { title: 'Attestation', category: 'ATTESTATION', shareWithMemberIds: member.ccas },
          { name: 'a.pdf', content: pdf() },
        );
        expectStoreUnavailable(res);
      },
    );
    expect(await counts()).toEqual(before);
  });

  it('deletes the object of a write that failed after storing it whole (its answer lost)', async () => {
    const before = await counts();
    const real = t.app.services.documentStore;
    await withStore(
      {
        put: async (key, body) => {
          await real.put(key, body);
          throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        },
      },
      async () => {
        const res = await upload(
          'social',
          { title: 'Attestation', category: 'ATTESTATION' },
          { name: 'a.pdf', content: pdf() },
        );
        expectStoreUnavailable(res);
      },
    );
    expect(await counts()).toEqual(before);
  });

  it('answers 503 when the storage cannot be read, and records no integrity failure', async () => {
    const doc = await sharedPdf('Attestation à relire');
    const real = t.app.services.documentStore;
    const failures = {
      opening: async () => {
        throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      },
      // Opened, then the read fails part-way (a disk error, the object store's connection lost).
      reading: async (key: string) => {
        const stream = await real.get(key);
        return Readable.from(
          (async function* () {
            for await (const chunk of stream) {
              yield (chunk as Buffer).subarray(0, 10);
              break;
            }
            throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
          })(),
          { objectMode: false },
        );
      },
    };
    for (const get of Object.values(failures)) {
      await withStore({ get }, async () => {
        const res = await download('ccas', doc.id);
        expectStoreUnavailable(res);
        expect(res.rawPayload.includes(doc.content.subarray(0, 8))).toBe(false);
        expect(await auditOf(requestIdOf(res))).toEqual([]);
      });
    }
    const res = await download('ccas', doc.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(doc.content)).toBe(true);
  });
});

describe('integrity', () => {
  /** Downloads as ccas a document that must be refused, and checks the refusal and its audit. */
  async function expectRefused(id: string, content: Buffer, reason: string, message = TAMPERED_MESSAGE) {
    const res = await download('ccas', id);
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(res.json()).toMatchObject({ code: 'INTERNAL', detail: message });
    // Not a byte of the document: neither its start nor any later stretch.
    expect(res.rawPayload.includes(content.subarray(0, 8))).toBe(false);
    expect(res.rawPayload.includes(content.subarray(200, 232))).toBe(false);
    expect(await auditOf(requestIdOf(res))).toEqual([
      {
        action: 'parcours.document_integrity',
        outcome: 'FAILURE',
        subject_type: 'locker_document',
        subject_id: id,
        details: { reason, keyId: (await docRow(id)).key_id },
      },
    ]);
  }

  it('refuses a document whose stored ciphertext has one byte flipped', async () => {
    const doc = await sharedPdf('Attestation de la CPAM');
    const file = store.pathOf((await docRow(doc.id)).storage_key);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10]! ^= 0x01;
    fs.writeFileSync(file, bytes);
    await expectRefused(doc.id, doc.content, 'content');
  });

  it.each([
    ['iv', sql`update locker_document set iv = set_byte(iv, 0, get_byte(iv, 0) # 1) where id = `, 'content'],
    [
      'auth tag',
      sql`update locker_document set auth_tag = set_byte(auth_tag, 15, get_byte(auth_tag, 15) # 1) where id = `,
      'content',
    ],
    [
      'wrapped key',
      sql`update locker_document set wrapped_key = set_byte(wrapped_key, 40, get_byte(wrapped_key, 40) # 1) where id = `,
      'wrapped-key',
    ],
  ])('refuses a document whose %s was changed', async (_what, update, reason) => {
    const doc = await sharedPdf('Attestation de la CPAM');
    await ownerRows(t, sql`${update}${doc.id}`);
    await expectRefused(doc.id, doc.content, reason);
  });

  it('refuses a ciphertext and its key moved onto another document (each is bound to its own row)', async () => {
    const a = await sharedPdf('Premier');
    const b = await sharedPdf('Second');
    const aKey = (await docRow(a.id)).storage_key;
    await ownerRows(t, sql`update locker_document set storage_key = ${'f'.repeat(32)} where id = ${a.id}`);
    await ownerRows(
      t,
      sql`update locker_document d set storage_key = ${aKey}, iv = s.iv, auth_tag = s.auth_tag, wrapped_key = s.wrapped_key, key_id = s.key_id
          from locker_document s where d.id = ${b.id} and s.id = ${a.id}`,
    );
    await expectRefused(b.id, a.content, 'wrapped-key');
  });

  it('refuses a document whose stored object is gone, and one whose master key is not configured', async () => {
    const gone = await sharedPdf('Disparu');
    fs.rmSync(store.pathOf((await docRow(gone.id)).storage_key));
    await expectRefused(gone.id, gone.content, 'missing-object');
    const rotated = await sharedPdf('Ancienne clé');
    await ownerRows(t, sql`update locker_document set key_id = 'feedfacefeedface' where id = ${rotated.id}`);
    await expectRefused(rotated.id, rotated.content, 'key-unavailable', KEY_UNAVAILABLE_MESSAGE);
  });
});

describe('the GraphQL listing', () => {
  const DOCS = `query($id: ID!) { accompaniedPerson(id: $id) { documents { id title category contentType sizeBytes readable uploadedBy { displayName } sharedWith { id } } } }`;
  let shared: { id: string };
  let notShared: { id: string };

  beforeAll(async () => {
    shared = await sharedPdf('Relevé CAF (partagé avec le CCAS)', ['ccas']);
    notShared = await sharedPdf('Certificat médical (partagé avec personne)', []);
  });

  it('lists for an intervenant the documents shared with them, readable, and no other', async () => {
    const ccas = await t.gql(tokens.ccas!, DOCS, { id: personId });
    expect(ccas.errors).toBeUndefined();
    const docs = ccas.data.accompaniedPerson.documents;
    const mine = docs.find((d) => d.id === shared.id);
    expect(mine).toMatchObject({
      title: 'Relevé CAF (partagé avec le CCAS)',
      readable: true,
      sharedWith: [{ id: member.social }, { id: member.ccas }],
      uploadedBy: { displayName: 'Sophie Sociale' },
    });
    expect(docs.every((d) => d.readable)).toBe(true);
    expect(docs.find((d) => d.id === notShared.id)).toBeUndefined();

    const hopital = await t.gql(tokens.hopital!, DOCS, { id: personId });
    expect(hopital.errors).toBeUndefined();
    const ids = hopital.data.accompaniedPerson.documents.map((d) => d.id);
    expect(ids).not.toContain(shared.id);
    expect(ids).not.toContain(notShared.id);
  });

  it('lists for the uploader what they put in, readable by them (their own share) with whoever else the PA chose', async () => {
    const social = await t.gql(tokens.social!, DOCS, { id: personId });
    expect(social.errors).toBeUndefined();
    const docs = social.data.accompaniedPerson.documents;
    expect(docs.find((d) => d.id === shared.id)).toMatchObject({
      readable: true,
      sharedWith: [{ id: member.social }, { id: member.ccas }],
    });
    expect(docs.find((d) => d.id === notShared.id)).toMatchObject({
      readable: true,
      sharedWith: [{ id: member.social }],
    });
  });

  it('shows no title of a document not shared with the caller when reached through a consent', async () => {
    const q = `query($id: ID!) { accompaniedPerson(id: $id) { consents { document { id title readable } } } }`;
    const res = await t.gql(tokens.hopital!, q, { id: personId });
    expect(res.errors).toBeUndefined();
    const seen = res.data.accompaniedPerson.consents.find((c) => c.document?.id === shared.id);
    expect(seen?.document).toEqual({ id: shared.id, title: UNSHARED_TITLE, readable: false });
  });
});

describe('OpenAPI', () => {
  it('describes the upload form and the download', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const post = doc.paths['/api/parcours/persons/{id}/documents'].post;
    expect(post.tags).toEqual(['parcours']);
    const form = post.requestBody.content['multipart/form-data'].schema;
    expect(form.properties.file).toEqual({ type: 'string', format: 'binary' });
    expect(form.properties.category.enum).toEqual(['IDENTITE', 'ATTESTATION', 'FACTURE', 'JUSTIFICATIF', 'AUTRE']);
    const get = doc.paths['/api/parcours/documents/{id}'].get;
    expect(Object.keys(get.responses['200'].content)).toEqual([
      'application/pdf',
      'image/png',
      'image/jpeg',
      'image/webp',
    ]);
  });
});

describe('the file name of a download', () => {
  it.each([
    ['Attestation CAF — mars', 'application/pdf', 'Attestation-CAF-mars.pdf'],
    ['Pièce d’identité (recto/verso)', 'image/jpeg', 'Piece-d-identite-recto-verso.jpg'],
    ['../../etc/passwd', 'application/pdf', 'etc-passwd.pdf'],
    ['"; rm -rf', 'image/png', 'rm-rf.png'],
    ['Œuvre ÉTÉ ß', 'image/webp', 'OEuvre-ETE-ss.webp'],
    ['日本語', 'application/pdf', 'document.pdf'],
  ])('%s → %s', (title, type, expected) => {
    expect(downloadFileName(title, type)).toBe(expected);
  });
});

describe('the logs', () => {
  it('never hold a title, a file name or a byte of a document', () => {
    expect(captured.length).toBeGreaterThan(0);
    for (const secret of [
      'Attestation CAF',
      'Quittance de loyer',
      'Certificat médical',
      'attestation.pdf',
      'quittance.pdf',
      'scan.pdf',
      '%PDF',
    ]) {
      expect(captured).not.toContain(secret);
    }
  });
  it('sweeps what a killed upload leaves (an object no row names, an unfinished write), keeps every document, and spares recent objects', async () => {
    const kept = await sharedPdf('Attestation gardée');
    // What SIGKILL leaves between the object's write and the row's commit, and in the middle of a write.
    const orphan = newStorageKey();
    await store.put(orphan, Buffer.from('chiffré'));
    const unfinished = `${store.pathOf(newStorageKey())}.abcdef.part`;
    fs.mkdirSync(path.dirname(unfinished), { recursive: true });
    fs.writeFileSync(unfinished, 'à moitié');
    const recent = newStorageKey();

    const sweptAt = new Date(Date.now() + 1000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // Stored after the sweep's horizon: an upload on its way to its commit in another process.
    await store.put(recent, Buffer.from('en route'));
    const documents = await ownerRows<{ storage_key: string }>(t, sql`select storage_key from locker_document`);
    const stored = documents.filter((row) => fs.existsSync(store.pathOf(row.storage_key)));
    const named = new Set(documents.map((row) => row.storage_key));
    const objects = fs
      .readdirSync(store.root, { recursive: true, encoding: 'utf8' })
      .map((file) => path.basename(file))
      .filter((name) => /^[0-9a-f]{32}$/.test(name) && name !== recent);
    const result = await sweepOrphanDocuments(t.database.db, store, sweptAt);

    expect(fs.existsSync(store.pathOf(orphan))).toBe(false);
    expect(fs.existsSync(unfinished)).toBe(false);
    expect(fs.existsSync(store.pathOf(recent))).toBe(true);
    expect(result).toEqual({ checked: objects.length, removed: objects.filter((k) => !named.has(k)).length });
    expect(result.removed).toBeGreaterThanOrEqual(1);
    for (const row of stored) expect(fs.existsSync(store.pathOf(row.storage_key))).toBe(true);
    const res = await download('ccas', kept.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(kept.content)).toBe(true);
  });
});
