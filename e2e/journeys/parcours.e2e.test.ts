/**
 * Référence de parcours from end to end (issue 6, "Done when"): the demo social worker creates a
 * person accompanied (PA) and builds the liste d'accompagnement with three intervenants — two users of
 * Maillage of other services (Chloé Ccas, CCAS de Bourges; Hugo Hôpital, service social of the
 * hospital), picked among the social workers and counsellors of their structure (Hugo found by « hop »),
 * and a named professional without an account; proposes a reference and records the PA's choice of ANOTHER intervenant (Chloé
 * Ccas) as referent; writes a plan (a goal and an action); uploads a small PDF shared with Chloé Ccas
 * only. Chloé downloads it; Hugo, who is on the list too, is refused (HTTP 403, the refusal shown). A
 * synthèse with the PA taking part is refused until the PA's consent and each participant's
 * agreement are recorded, then accepted. The admin's audit log shows the refused read (« Refusé »).
 * Forms are filled from the keyboard (Tab, typing, Space, Enter); native selects, date inputs and
 * the file input are set directly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, expectFocused, launchBrowser, openSession, plain, pressEnterOn, settle, tabTo, waitForPath, type Session } from '../support/browser';
import { DEMO_USERS, expectNavigation, navigateWithKeyboard, Shots, signInWithKeyboard } from '../support/journey';

const stamp = Date.now().toString(36);
const pa = { lastName: `Martin-${stamp}`, firstNames: 'Léa', birthDate: '1990-04-12', phone: '06 12 34 56 78' };
const paName = `${pa.lastName.toUpperCase()} ${pa.firstNames}`;
const professional = { name: 'Marc Lefort', organisation: 'Mission Locale de Bourges', mission: 'Insertion professionnelle' };
const goal = 'Trouver un logement stable';
const action = 'Déposer une demande de logement social';
const documentTitle = 'Attestation CAF';
const meetingSubject = 'Point logement';
/** Ten days from now, 10:00 in Paris (the datetime-local value). */
const meetingAt = (() => {
  const d = new Date(Date.now() + 10 * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T10:00`;
})();

let browser: Browser;
const sessions: Record<'social' | 'ccas' | 'hopital' | 'admin', Session> = {} as never;
const shots = new Shots('parcours');
const ids: { personPath?: string; documentPath?: string; documentId?: string } = {};
let pdfFile = '';

beforeAll(async () => {
  browser = await launchBrowser();
  for (const key of ['social', 'ccas', 'hopital', 'admin'] as const) sessions[key] = await openSession(browser, inject('baseUrl'));
  // A small, valid one-page PDF.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-e2e-'));
  pdfFile = path.join(dir, 'attestation-caf.pdf');
  fs.writeFileSync(
    pdfFile,
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
});
afterAll(async () => {
  await browser?.close();
  if (pdfFile) fs.rmSync(path.dirname(pdfFile), { recursive: true, force: true });
});

async function h1(page: Page): Promise<string> {
  return plain(await page.getByRole('heading', { level: 1 }).innerText());
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field, 250);
  await page.keyboard.type(text);
  await expect(field.inputValue()).resolves.toBe(text);
}

/** Tabs to a native select and chooses an option by its label. */
async function chooseIn(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select, 250);
  await select.selectOption({ label });
  await expectFocused(select, 'the select just set');
}

/** Tabs to a checkbox and presses Space, whatever the server then makes of it. */
async function toggle(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box, 250);
  await page.keyboard.press('Space');
}

/** Tabs into a group of radio buttons (onto its checked one, or its first) and moves to `label` with the arrow keys. */
async function chooseRadio(page: Page, group: Locator, label: string): Promise<void> {
  const target = group.getByLabel(label, { exact: true });
  const checked = group.locator('input[type="radio"]:checked');
  await tabTo(page, (await checked.count()) ? checked.first() : group.locator('input[type="radio"]').first(), 250);
  for (let i = 0; i < 10 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(target.isChecked()).resolves.toBe(true);
  await expectFocused(target, `the radio button « ${label} »`);
}

/** Tabs to a checkbox and ticks it with Space. */
async function tick(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box, 250);
  await page.keyboard.press('Space');
  await expect(box.isChecked()).resolves.toBe(true);
}

async function press(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target, 250);
  await page.keyboard.press('Enter');
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

async function statusText(scope: Locator | Page): Promise<string> {
  return plain((await scope.getByRole('status').allInnerTexts()).join(' '));
}

/** Signs in, checks the navigation of a social worker, opens « Personnes accompagnées ». */
async function openPersons(page: Page, user: (typeof DEMO_USERS)['social' | 'ccas' | 'hopital'], shot: string): Promise<void> {
  await signInWithKeyboard(page, shots, user);
  await expectNavigation(page, false, user.navigation);
  await navigateWithKeyboard(page, 'Personnes accompagnées', '/parcours');
  await expect.poll(() => h1(page)).toBe('Personnes accompagnées');
  await page.getByRole('table', { name: 'Personnes dont vous êtes intervenant' }).waitFor();
  await checkPage(page, shots.next(shot));
}

describe('Référence de parcours: list, chosen referent, plan, shared document, synthèse', () => {
  it('Chloé Ccas and Hugo Hôpital sign in: nobody has an identifier to hand out any more', async () => {
    for (const [key, shot] of [
      ['ccas', 'ccas-personnes'],
      ['hopital', 'hopital-personnes'],
    ] as const) {
      const { page } = sessions[key];
      await openPersons(page, DEMO_USERS[key], shot);
      await expect(section(page, 'Votre identifiant Maillage').count()).resolves.toBe(0);
    }
  });

  it('the social worker creates a person: she is the first intervenant of the list', async () => {
    const { page } = sessions.social;
    await openPersons(page, DEMO_USERS.social, 'personnes');
    await pressEnterOn(page, page.getByRole('link', { name: 'Nouvelle personne' }));
    await waitForPath(page, '/parcours/personnes/nouvelle');
    await expect.poll(() => h1(page)).toBe('Nouvelle personne accompagnée');
    await settle(page);
    await checkPage(page, shots.next('nouvelle-personne'));

    const form = page.getByRole('form', { name: 'Nouvelle personne accompagnée' });
    // Sent empty: the shared rules answer before the server, and the focus goes to the first error.
    await press(page, form.getByRole('button', { name: 'Enregistrer la personne' }));
    await expect.poll(() => form.getByLabel('Nom', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(plain(await form.getByRole('alert').first().innerText())).toBe('Nom manquant.');

    await typeInto(page, form.getByLabel('Nom', { exact: true }), pa.lastName);
    await typeInto(page, form.getByLabel('Prénoms', { exact: true }), pa.firstNames);
    await form.getByLabel('Date de naissance (facultative)').fill(pa.birthDate);
    await typeInto(page, form.getByLabel('Téléphone (facultatif)'), pa.phone);
    await tick(page, form.getByLabel('La personne est domiciliée'));
    await chooseIn(page, form.getByLabel('Organisme de domiciliation (facultatif)'), 'CCAS de Bourges');
    await expect(form.getByLabel('Votre structure').inputValue()).resolves.not.toBe('');
    await typeInto(page, form.getByLabel('Votre mission auprès de la personne'), 'Accompagnement social global');
    await press(page, form.getByRole('button', { name: 'Enregistrer la personne' }));
    await waitForPath(page, /^\/parcours\/personnes\/[0-9a-f-]{36}$/);
    ids.personPath = new URL(page.url()).pathname;
    await expect.poll(() => h1(page)).toBe(paName);
    await expect.poll(() => statusText(page)).toContain('vous êtes le premier intervenant');
    const members = page.getByRole('table', { name: "Intervenants de la liste d'accompagnement" });
    await expect.poll(async () => plain(await members.locator('tbody').innerText())).toContain('Sophie Sociale (vous)');
    expect(plain(await section(page, 'Identité').innerText())).toContain('Domiciliée auprès de CCAS de Bourges');
    await settle(page);
    await checkPage(page, shots.next('personne'));
  });

  it('adds three intervenants: Chloé Ccas and Hugo Hôpital picked among their structure’s professionals, and a professional without an account', async () => {
    const { page } = sessions.social;
    const list = section(page, "Liste d'accompagnement");
    const form = list.getByRole('form', { name: 'Ajouter un intervenant' });
    const members = list.getByRole('table', { name: "Intervenants de la liste d'accompagnement" });
    const picker = form.getByRole('group', { name: 'Utilisateur de Maillage', exact: true });
    const pick = picker.getByLabel('Professionnel', { exact: true });
    const options = async () => (await pick.locator('option').allInnerTexts()).map(plain);

    // Nothing to pick before a structure is chosen; the social worker's own service lists her, already on the list.
    expect(await options()).toEqual(['Aucune structure choisie']);
    await chooseIn(page, form.getByLabel('Structure', { exact: true }), 'Service social départemental du Cher');
    await expect.poll(options).toContain('Sophie Sociale — Travailleur social (déjà sur la liste)');
    // The CIO de Bourges has no social worker nor counsellor: its PSAD referent is not offered.
    await chooseIn(page, form.getByLabel('Structure', { exact: true }), 'CIO de Bourges');
    await expect.poll(() => statusText(picker)).toContain("CIO de Bourges : aucun travailleur social ni conseiller n'a de compte Maillage");
    expect(await options()).toEqual(['Choisissez un professionnel']);

    for (const [name, organisation, search, service, mission] of [
      ['Chloé Ccas', 'CCAS de Bourges', '', 'Pôle insertion', 'Aide au logement'],
      ['Hugo Hôpital', 'Service social du centre hospitalier Jacques-Cœur', 'hop', '', 'Accès aux soins'],
    ] as const) {
      await chooseIn(page, form.getByLabel('Structure', { exact: true }), organisation);
      await expect(form.getByLabel('Un utilisateur de Maillage').isChecked()).resolves.toBe(true);
      if (search) {
        await typeInto(page, picker.getByRole('searchbox', { name: 'Rechercher par nom (facultatif)' }), search);
        await expect.poll(() => statusText(picker)).toBe(`${organisation} : 1 professionnel pour « ${search} ».`);
        // Enter in the search box searches; it does not send the form (no field reported missing).
        await page.keyboard.press('Enter');
        await settle(page);
        await expect(form.getByRole('alert').count()).resolves.toBe(0);
      } else {
        await expect.poll(() => statusText(picker)).toMatch(new RegExp(`^${organisation} : \\d+ professionnels?\\.$`));
      }
      await settle(page);
      await checkPage(page, shots.next(`choix-${search ? 'recherche' : 'structure'}`));
      await chooseIn(page, pick, `${name} — Travailleur social`);
      if (service) await typeInto(page, form.getByLabel('Service (facultatif)'), service);
      await typeInto(page, form.getByLabel('Mission', { exact: true }), mission);
      await press(page, form.getByRole('button', { name: 'Ajouter à la liste' }));
      await expect.poll(() => statusText(form)).toContain(`${name} est ajouté à la liste d'accompagnement.`);
      await expect.poll(async () => plain(await members.locator('tbody').innerText())).toContain(name);
    }

    await chooseIn(page, form.getByLabel('Structure', { exact: true }), professional.organisation);
    await chooseRadio(page, form.getByRole('group', { name: 'Intervenant', exact: true }), 'Un professionnel sans compte Maillage');
    await typeInto(page, form.getByLabel('Nom du professionnel'), professional.name);
    await typeInto(page, form.getByLabel('Mission', { exact: true }), professional.mission);
    await press(page, form.getByRole('button', { name: 'Ajouter à la liste' }));
    await expect.poll(() => statusText(form)).toContain(`${professional.name} est ajouté`);
    await expect.poll(() => members.locator('tbody tr').count()).toBe(4);
    const row = members.getByRole('row', { name: new RegExp(professional.name) });
    expect(plain(await row.innerText())).toContain('Sans compte Maillage');
    expect(plain(await members.getByRole('row', { name: /Chloé Ccas/ }).innerText())).toContain('Pôle insertion');
    await settle(page);
    await checkPage(page, shots.next('liste-trois-intervenants'));
  });

  it('proposes a reference, then records the PA’s choice of Chloé Ccas as referent', async () => {
    const { page } = sessions.social;
    const reference = section(page, 'Référence de parcours');
    await press(page, reference.getByRole('button', { name: 'Proposer une référence' }));
    await expect.poll(() => statusText(reference)).toContain('Référence proposée');
    await expect.poll(async () => plain(await reference.innerText())).toContain('Proposée');
    const decision = reference.getByRole('form', { name: 'Enregistrer la décision de la personne' });
    await decision.waitFor();
    await settle(page);
    await checkPage(page, shots.next('reference-proposee'));

    await chooseRadio(page, decision.getByRole('group', { name: 'Décision' }), 'La personne a choisi son référent');
    const referent = decision.getByLabel('Référent choisi par la personne');
    // The PA chooses among every current intervenant, herself included.
    const options = (await referent.locator('option').allInnerTexts()).map(plain);
    expect(options).toEqual(expect.arrayContaining([expect.stringMatching(/^Sophie Sociale/), expect.stringMatching(/^Chloé Ccas/), expect.stringMatching(/^Hugo Hôpital/), expect.stringMatching(/^Marc Lefort/)]));
    await chooseIn(page, referent, 'Chloé Ccas — CCAS de Bourges');
    await press(page, decision.getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(() => statusText(reference)).toContain('Choix de la personne enregistré : la référence est active.');
    await expect.poll(async () => plain(await page.locator('.lead').first().innerText())).toContain('référent : Chloé Ccas');
    const members = page.getByRole('table', { name: "Intervenants de la liste d'accompagnement" });
    expect(plain(await members.getByRole('row', { name: /Chloé Ccas/ }).innerText())).toContain('Référent');
    const history = reference.getByRole('region', { name: 'Historique de la référence' });
    expect(plain(await history.innerText())).toContain('La personne a choisi son référent : Chloé Ccas');
    expect(plain(await history.innerText())).toContain('Référence proposée à la personne');
    await settle(page);
    await checkPage(page, shots.next('reference-active'));
  });

  it('writes the plan: a goal « Logement » and an action done by Chloé Ccas, then puts it « En cours »', async () => {
    const { page } = sessions.social;
    const plan = section(page, "Plan d'action partagé");
    const goalForm = plan.getByRole('form', { name: 'Ajouter un objectif' });
    await chooseIn(page, goalForm.getByLabel('Thème'), 'Logement');
    await typeInto(page, goalForm.getByLabel('Objectif', { exact: true }), goal);
    await press(page, goalForm.getByRole('button', { name: "Ajouter l'objectif" }));
    await expect.poll(() => statusText(goalForm)).toContain(`Objectif « ${goal} » ajouté au thème Logement.`);
    const theme = plan.getByRole('region', { name: 'Logement' });
    await theme.getByRole('heading', { name: `Objectif : ${goal}` }).waitFor();

    // « Ajouter une action… »: a disclosure, opened from the keyboard.
    await pressEnterOn(page, theme.getByText(`Ajouter une action à l'objectif « ${goal} »`));
    const actionForm = theme.getByRole('form', { name: `Ajouter une action à l'objectif « ${goal} »` });
    await typeInto(page, actionForm.getByLabel('Action', { exact: true }), action);
    await chooseIn(page, actionForm.getByLabel('Qui'), 'Chloé Ccas — CCAS de Bourges');
    await actionForm.getByLabel('Échéance (facultative)').fill(meetingAt.slice(0, 10));
    await press(page, actionForm.getByRole('button', { name: "Ajouter l'action" }));
    await expect.poll(() => statusText(actionForm)).toContain(`Action « ${action} » ajoutée.`);
    const actions = theme.getByRole('table', { name: `Actions de l'objectif « ${goal} »` });
    const row = actions.getByRole('row', { name: new RegExp(action) });
    await row.waitFor();
    expect(plain(await row.innerText())).toContain('Chloé Ccas');

    await chooseIn(page, row.getByLabel(`Statut de l'action « ${action} »`), 'En cours');
    await press(page, row.getByRole('button', { name: `Modifier le statut de « ${action} »` }));
    await expect.poll(() => row.getByLabel(`Statut de l'action « ${action} »`).inputValue()).toBe('EN_COURS');
    await expect.poll(() => row.getByRole('button', { name: /^Modifier/ }).isDisabled()).toBe(true);
    await settle(page);
    await checkPage(page, shots.next('plan'));
  });

  it('uploads a small PDF shared with Chloé Ccas only (the PA’s choice), recorded as a consent', async () => {
    const { page } = sessions.social;
    const locker = section(page, 'Armoire numérique');
    const form = locker.getByRole('form', { name: 'Déposer un document' });
    await typeInto(page, form.getByLabel('Intitulé', { exact: true }), documentTitle);
    await chooseIn(page, form.getByLabel('Catégorie'), 'Attestation');
    await form.getByLabel('Fichier', { exact: true }).setInputFiles(pdfFile);
    const shares = form.getByRole('group', { name: 'Partager avec' });
    // Only intervenants with an account can read a document online.
    await expect(shares.getByRole('checkbox').count()).resolves.toBe(3);
    await tick(page, shares.getByLabel('Chloé Ccas — CCAS de Bourges'));
    await press(page, form.getByRole('button', { name: 'Déposer le document' }));
    await expect.poll(() => statusText(locker), { timeout: 15_000 }).toContain(`Document « ${documentTitle} » déposé dans l'armoire, partagé avec 1 intervenant.`);
    const card = locker.getByRole('article', { name: documentTitle });
    await card.waitFor();
    expect(plain(await card.innerText())).toContain('Attestation · PDF');
    await expect(card.getByRole('list').getByRole('listitem').count()).resolves.toBe(1);
    expect(plain(await card.getByRole('list').innerText())).toMatch(/^Chloé Ccas Retirer le partage/);
    // The uploader sees it listed, but the PA shared it with Chloé Ccas only.
    expect(plain(await card.innerText())).toContain('Non partagé avec vous');
    ids.documentPath = (await card.getByRole('link', { name: /^Lien vers ce document/ }).getAttribute('href')) ?? '';
    expect(ids.documentPath).toMatch(/^\/parcours\/documents\/[0-9a-f-]{36}$/);
    ids.documentId = ids.documentPath.split('/').pop();

    const consents = page.getByRole('table', { name: 'Consentements de la personne' });
    expect(plain(await consents.innerText())).toContain(`Partage d'un document avec un intervenant « ${documentTitle} » avec Chloé Ccas`);
    await settle(page);
    await checkPage(page, shots.next('armoire'));
  });

  it('Chloé Ccas, the referent, finds the person and downloads the document', async () => {
    const { page } = sessions.ccas;
    await navigateWithKeyboard(page, 'Accueil', '/');
    await navigateWithKeyboard(page, 'Personnes accompagnées', '/parcours');
    const table = page.getByRole('table', { name: 'Personnes dont vous êtes intervenant' });
    const row = table.getByRole('row', { name: new RegExp(paName) });
    await row.waitFor();
    expect(plain(await row.innerText())).toContain('Chloé Ccas (CCAS de Bourges)');
    expect(plain(await row.innerText())).toContain('Acceptée (active)');
    await settle(page);
    await checkPage(page, shots.next('ccas-liste'));

    await pressEnterOn(page, row.getByRole('link', { name: paName }));
    await waitForPath(page, ids.personPath!);
    const card = section(page, 'Armoire numérique').getByRole('article', { name: documentTitle });
    await card.waitFor();
    await settle(page);
    expect(plain(await card.innerText())).not.toContain('Non partagé avec vous');
    await checkPage(page, shots.next('ccas-personne'));

    const [response, download] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/parcours/documents/${ids.documentId}`),
      page.waitForEvent('download'),
      pressEnterOn(page, card.getByRole('button', { name: `Télécharger « ${documentTitle} »` })),
    ]);
    expect(response.status()).toBe(200);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.equals(fs.readFileSync(pdfFile))).toBe(true);
    await expect.poll(() => statusText(section(page, 'Armoire numérique'))).toContain(`Document « ${documentTitle} » téléchargé`);
  });

  it('Hugo Hôpital, on the list too, does not see the document; by its link, the download is refused (HTTP 403) and the refusal is shown', async () => {
    const { page } = sessions.hopital;
    await navigateWithKeyboard(page, 'Accueil', '/');
    await navigateWithKeyboard(page, 'Personnes accompagnées', '/parcours');
    const row = page.getByRole('table', { name: 'Personnes dont vous êtes intervenant' }).getByRole('row', { name: new RegExp(paName) });
    await pressEnterOn(page, row.getByRole('link', { name: paName }));
    await waitForPath(page, ids.personPath!);
    const locker = section(page, 'Armoire numérique');
    await locker.waitFor();
    await settle(page);
    expect(plain(await locker.innerText())).toContain("Aucun document dans l'armoire.");
    await checkPage(page, shots.next('hopital-personne'));

    // The link passed on by a colleague.
    await page.goto(ids.documentPath!);
    await expect.poll(() => h1(page)).toBe("Document de l'armoire numérique");
    await settle(page);
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/parcours/documents/${ids.documentId}`),
      pressEnterOn(page, page.getByRole('button', { name: 'Télécharger le document' })),
    ]);
    expect(response.status()).toBe(403);
    const alert = page.getByRole('alert');
    await expect.poll(async () => plain(await alert.innerText())).toContain("Téléchargement refusé : Ce document n'est pas partagé avec vous");
    await settle(page);
    await checkPage(page, shots.next('hopital-refus'));
  });

  it('a synthèse with the PA taking part is refused until her consent and each participant’s agreement are recorded', async () => {
    const { page } = sessions.social;
    const syntheses = section(page, 'Synthèses');
    const form = syntheses.getByRole('form', { name: 'Programmer une synthèse' });
    await typeInto(page, form.getByLabel('Objet'), meetingSubject);
    await form.getByLabel('Date et heure').fill(meetingAt);
    await chooseRadio(page, form.getByRole('group', { name: 'Demandée par' }), 'La personne');
    const participants = form.getByRole('group', { name: 'Intervenants participants' });
    await tick(page, participants.getByLabel('Chloé Ccas — CCAS de Bourges'));
    await tick(page, participants.getByLabel('Hugo Hôpital — Service social du centre hospitalier Jacques-Cœur'));
    await press(page, form.getByRole('button', { name: 'Programmer la synthèse' }));
    await expect.poll(() => statusText(form)).toContain(`Synthèse « ${meetingSubject} » programmée.`);
    const meeting = syntheses.getByRole('article', { name: new RegExp(`^${meetingSubject} — `) });
    await meeting.waitFor();
    expect(plain(await meeting.innerText())).toContain('Demandée par : La personne. La personne ne participe pas.');

    const participates = meeting.getByLabel('La personne participe', { exact: true });
    const refusal = () => meeting.locator('.error-state[role="alert"]').innerText().then(plain);
    await toggle(page, participates);
    await expect.poll(refusal).toMatch(/ne peut participer à la synthèse sans l'accord de la personne et l'accord de 2 intervenants/);
    await expect(participates.isChecked()).resolves.toBe(false);
    await settle(page);
    await checkPage(page, shots.next('synthese-refusee'));

    await press(page, meeting.getByRole('button', { name: /^Enregistrer l'accord de la personne/ }));
    await expect.poll(async () => plain(await meeting.getByRole('listitem').filter({ hasText: /^La personne/ }).innerText())).toContain('Accord enregistré');
    await toggle(page, participates);
    await expect.poll(refusal).toMatch(/sans l'accord de 2 intervenants/);

    await press(page, meeting.getByRole('button', { name: "Enregistrer l'accord de Chloé Ccas" }));
    await expect.poll(async () => plain(await meeting.getByRole('listitem').filter({ hasText: 'Chloé Ccas' }).innerText())).toContain("D'accord pour la présence de la personne");
    await toggle(page, participates);
    await expect.poll(refusal).toMatch(/sans l'accord de 1 intervenant\b/);

    await press(page, meeting.getByRole('button', { name: "Enregistrer l'accord de Hugo Hôpital" }));
    await expect.poll(async () => plain(await meeting.getByRole('listitem').filter({ hasText: 'Hugo Hôpital' }).innerText())).toContain("D'accord pour la présence de la personne");
    await toggle(page, participates);
    await expect.poll(() => statusText(meeting)).toContain('La personne participe à la synthèse.');
    await expect.poll(() => participates.isChecked()).toBe(true);
    await expect.poll(async () => plain(await meeting.innerText())).toContain('Demandée par : La personne. La personne participe.');
    await expect(meeting.locator('.error-state[role="alert"]').count()).resolves.toBe(0);

    const consents = page.getByRole('table', { name: 'Consentements de la personne' });
    expect(plain(await consents.innerText())).toContain(`Participation à une synthèse Synthèse « ${meetingSubject} »`);
    await settle(page);
    await checkPage(page, shots.next('synthese-acceptee'));
  });

  it('the PA withdraws the sharing of the document: a withdrawn consent; then the professional without an account leaves the list', async () => {
    const { page } = sessions.social;
    const card = section(page, 'Armoire numérique').getByRole('article', { name: documentTitle });
    await press(page, card.getByRole('button', { name: `Retirer le partage de « ${documentTitle} » avec Chloé Ccas` }));
    await expect.poll(() => statusText(section(page, 'Armoire numérique'))).toContain(`Partage de « ${documentTitle} » avec Chloé Ccas retiré.`);
    await expect.poll(async () => plain(await card.innerText())).toContain('Partagé avec aucun intervenant.');
    const consents = page.getByRole('table', { name: 'Consentements de la personne' });
    const share = consents.getByRole('row', { name: new RegExp(`« ${documentTitle} » avec Chloé Ccas`) });
    await expect.poll(async () => plain(await share.innerText())).toContain('Retiré');

    const list = section(page, "Liste d'accompagnement");
    const members = list.getByRole('table', { name: "Intervenants de la liste d'accompagnement" });
    await press(page, members.getByRole('button', { name: `Mettre fin à l'accompagnement de ${professional.name}` }));
    const end = list.getByRole('form', { name: `Mettre fin à l'accompagnement de ${professional.name}` });
    await expect.poll(() => end.getByLabel("Jusqu'au").evaluate((el) => el === document.activeElement)).toBe(true);
    await press(page, end.getByRole('button', { name: 'Enregistrer la fin' }));
    await expect.poll(() => end.count()).toBe(0);
    const row = members.getByRole('row', { name: new RegExp(professional.name) });
    // Ended as of today: on the list until tonight, and no longer « en cours ».
    await expect.poll(async () => plain(await row.innerText())).not.toContain('En cours');
    await expect(row.getByRole('button', { name: /^Mettre fin/ }).count()).resolves.toBe(0);
    await settle(page);
    await checkPage(page, shots.next('partage-retire'));
  });

  it('« Indicateurs parcours » draws the references by status, and exports as CSV', async () => {
    const { page } = sessions.social;
    await navigateWithKeyboard(page, 'Indicateurs parcours', '/parcours/indicateurs');
    await expect.poll(() => h1(page)).toBe('Indicateurs de la référence de parcours');
    const byStatus = page.getByRole('table', { name: 'Références de parcours par statut' });
    await byStatus.waitFor();
    await settle(page);
    const accepted = Number(plain(await byStatus.getByRole('row', { name: /^Acceptée/ }).locator('td').first().innerText()).replace(/\s/g, ''));
    expect(accepted).toBeGreaterThanOrEqual(1);
    await expect(page.locator('.bar-chart').count()).resolves.toBe(3);
    await checkPage(page, shots.next('indicateurs'));

    const [download] = await Promise.all([page.waitForEvent('download'), pressEnterOn(page, page.getByRole('button', { name: 'Exporter (CSV)' }))]);
    expect(fs.readFileSync((await download.path())!, 'utf8').length).toBeGreaterThan(0);
    await expect.poll(() => statusText(page)).toContain('Export CSV téléchargé');
  });

  it('the admin’s audit log shows Hugo Hôpital’s refused read of the document (« Refusé »)', async () => {
    const { page } = sessions.admin;
    await signInWithKeyboard(page, shots, DEMO_USERS.admin);
    await navigateWithKeyboard(page, /^Journal d.audit$/, '/admin/audit');
    await expect.poll(() => h1(page)).toBe("Journal d'audit");
    await typeInto(page, page.getByLabel('Action (préfixe)', { exact: true }), 'parcours.document_read');
    await chooseIn(page, page.getByLabel('Résultat'), 'Refusé');
    await pressEnterOn(page, page.getByRole('button', { name: 'Filtrer' }));
    const table = page.getByRole('table', { name: "Événements d'audit" });
    const row = table.locator('tbody tr').filter({ hasText: ids.documentId! });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    const text = plain(await row.innerText());
    expect(text).toContain('parcours.document_read');
    expect(text).toContain('Refusé');
    expect(text).toContain('Hugo Hôpital');
    // Never the document's title.
    expect(plain(await table.innerText())).not.toContain(documentTitle);
    await settle(page);
    await checkPage(page, shots.next('audit-refus'));
  });

  it('met no script error', () => {
    for (const key of ['social', 'ccas', 'hopital', 'admin'] as const) expect(sessions[key].errors, key).toEqual([]);
  });
});
