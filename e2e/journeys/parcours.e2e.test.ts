/**
 * Référence de parcours from end to end (issues 6 and 13): the demo social worker creates a person
 * accompanied (PA); the plan d'action is not offered yet: the page says it needs an active référence and
 * links to the step that comes first, step after step (another intervenant, « Proposer une référence »,
 * the person's choice), until the goal and its action are written. She builds the liste d'accompagnement
 * with three intervenants — two users of
 * Maillage of other services (Chloé Ccas, CCAS de Bourges; Hugo Hôpital, service social of the
 * hospital), picked among the social workers and counsellors of their structure (Hugo found by « hop »),
 * and a named professional without an account; proposes a reference and records the PA's choice of ANOTHER intervenant (Chloé
 * Ccas) as referent; writes a plan (a goal and an action); uploads a small PDF shared with Chloé Ccas
 * (the uploader reads it too: her own share is recorded with the upload). Chloé downloads it; Hugo, who is on the list too, is refused (HTTP 403, the refusal shown). A
 * synthèse with the PA taking part is offered only once the PA's consent and each participant's
 * agreement are recorded. The admin's audit log shows the refused read (« Refusé »).
 * The PA's page has one DSFR tab per section, reached with Tab and the arrow keys. Forms are filled
 * from the keyboard (Tab, typing, Space, Enter); native selects and the file input are set directly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkPage,
  expectFocused,
  launchBrowser,
  openSession,
  plain,
  pressEnterOn,
  settle,
  tabTo,
  waitForPath,
  type Session,
} from '../support/browser';
import {
  DEMO_USERS,
  expectNavigation,
  navigateWithKeyboard,
  reportFailures,
  Shots,
  signInWithKeyboard,
} from '../support/journey';

const stamp = Date.now().toString(36);
const pa = { lastName: `Martin-${stamp}`, firstNames: 'Léa', birthDate: '12/04/1990', phone: '06 12 34 56 78' };
const paName = `${pa.lastName.toUpperCase()} ${pa.firstNames}`;
const professional = {
  name: 'Marc Lefort',
  organisation: 'Mission Locale de Bourges',
  mission: 'Insertion professionnelle',
};
const goal = 'Trouver un logement stable';
const action = 'Déposer une demande de logement social';
const documentTitle = 'Attestation CAF';
const meetingSubject = 'Point logement';
/** Ten days from now (jj/mm/aaaa), at 10:00 in Paris. */
const meetingDate = new Date(Date.now() + 10 * 86_400_000);
const meetingDay = meetingDate.toLocaleDateString('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
/** The same day as the pages write a date (« 15 décembre 2026 »). */
const meetingDayLong = meetingDate.toLocaleDateString('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

let browser: Browser;
const sessions: Record<'social' | 'ccas' | 'hopital' | 'admin', Session> = {} as never;
const shots = new Shots('parcours');
const ids: { personPath?: string; documentPath?: string; documentId?: string } = {};
let pdfFile = '';

beforeAll(async () => {
  browser = await launchBrowser();
  for (const key of ['social', 'ccas', 'hopital', 'admin'] as const)
    sessions[key] = await openSession(browser, inject('baseUrl'));
  // A small, valid one-page PDF.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-e2e-'));
  pdfFile = path.join(dir, 'attestation-caf.pdf');
  fs.writeFileSync(
    pdfFile,
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
});
reportFailures(() => Object.values(sessions).map((session) => session.page));
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

/**
 * Opens a tab of the PA's page from the keyboard: Tab to the selected tab, then the arrow keys towards
 * the one wanted, checking after each key which tab is selected (and where the focus is).
 */
async function openTab(page: Page, name: string): Promise<void> {
  const tabs = page.getByRole('tab');
  await tabs.first().waitFor();
  const names = (await tabs.allInnerTexts()).map(plain);
  const wanted = names.indexOf(name);
  expect(wanted, `the tab « ${name} » among ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
  const readState = () =>
    tabs.evaluateAll((els) => ({
      selected: els.findIndex((el) => el.getAttribute('aria-selected') === 'true'),
      focused: els.findIndex((el) => el === document.activeElement),
      // The tab reached with Tab (roving tabindex), even before the tabs' state settled.
      roving: els.findIndex((el) => el.getAttribute('tabindex') === '0'),
    }));
  for (let i = 0; i < 16; i++) {
    const state = await readState();
    if (state.selected === wanted) break;
    const from = state.selected >= 0 ? state.selected : Math.max(state.roving, 0);
    if (state.focused !== from) await tabTo(page, tabs.nth(from), 250);
    const next = from < wanted ? from + 1 : from - 1;
    await page.keyboard.press(from < wanted ? 'ArrowRight' : 'ArrowLeft');
    // One press, one tab: the next press waits for this one's selection, or it could run past the last
    // tab and wrap round to the first.
    await expect.poll(async () => (await readState()).selected).toBe(next);
    await settle(page);
  }
  await expect.poll(() => tabs.nth(wanted).getAttribute('aria-selected')).toBe('true');
}

/** The tab's section says what comes first and links to it: follows the link (the focus goes to that tab's heading). */
async function followStep(page: Page, scope: Locator, link: string, heading: string): Promise<void> {
  await pressEnterOn(page, scope.getByRole('link', { name: link }));
  await expect
    .poll(() => page.getByRole('heading', { level: 2, name: heading }).evaluate((el) => el === document.activeElement))
    .toBe(true);
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

async function statusText(scope: Locator | Page): Promise<string> {
  return plain((await scope.getByRole('status').allInnerTexts()).join(' '));
}

/** Signs in, checks the navigation of a social worker, opens « Personnes accompagnées ». */
async function openPersons(
  page: Page,
  user: (typeof DEMO_USERS)['social' | 'ccas' | 'hopital'],
  shot: string,
): Promise<void> {
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
    await expect
      .poll(() => form.getByRole('textbox', { name: /^Nom/ }).evaluate((el) => el === document.activeElement))
      .toBe(true);
    expect(plain(await form.getByRole('alert').first().innerText())).toBe('Nom manquant.');
    // …and in the summary next to the button, each message a link to its field.
    await expect(form.getByRole('link', { name: /Nom manquant/ }).count()).resolves.toBeGreaterThan(0);
    await settle(page);
    await checkPage(page, shots.next('nouvelle-personne-erreurs'));

    await typeInto(page, form.getByRole('textbox', { name: /^Nom/ }), pa.lastName);
    await typeInto(page, form.getByRole('textbox', { name: /^Prénoms/ }), pa.firstNames);
    await typeInto(page, form.getByRole('textbox', { name: /^Date de naissance/ }), pa.birthDate);
    await typeInto(page, form.getByRole('textbox', { name: /^Téléphone/ }), pa.phone);
    await tick(page, form.getByLabel('La personne est domiciliée'));
    await chooseIn(page, form.getByRole('combobox', { name: /^Organisme de domiciliation/ }), 'CCAS de Bourges');
    await expect(form.getByRole('combobox', { name: /^Votre structure/ }).inputValue()).resolves.not.toBe('');
    await typeInto(
      page,
      form.getByRole('textbox', { name: /^Votre mission auprès de la personne/ }),
      'Accompagnement social global',
    );
    await press(page, form.getByRole('button', { name: 'Enregistrer la personne' }));
    await waitForPath(page, /^\/parcours\/personnes\/[0-9a-f-]{36}$/);
    ids.personPath = new URL(page.url()).pathname;
    await expect.poll(() => h1(page)).toBe(paName);
    await expect.poll(() => statusText(page)).toContain('vous êtes le premier intervenant');
    expect(plain(await section(page, 'Identité').innerText())).toContain('Domiciliée auprès de CCAS de Bourges');
    expect(plain(await section(page, 'Identité').innerText())).toContain('12 avril 1990');
    await settle(page);
    await checkPage(page, shots.next('personne'));
  });

  it('the plan is not offered without a référence: the page says why and leads to the first step, another intervenant', async () => {
    const { page } = sessions.social;
    await openTab(page, "Plan d'action");
    const plan = section(page, "Plan d'action partagé");
    await expect
      .poll(async () => plain(await plan.innerText()))
      .toContain("Le plan d'action se construit autour d'une référence active");
    expect(plain(await plan.innerText())).toContain('au moins 2 intervenants');
    await expect(plan.getByRole('form', { name: 'Ajouter un objectif' }).count()).resolves.toBe(0);
    await settle(page);
    await checkPage(page, shots.next('plan-sans-reference'));

    await followStep(page, plan, 'Ajouter un intervenant à la liste', "Liste d'accompagnement");
    expect(new URL(page.url()).hash).toBe('#liste');
    const members = page.getByRole('table', { name: "Intervenants de la liste d'accompagnement" });
    await expect.poll(async () => plain(await members.locator('tbody').innerText())).toContain('Sophie Sociale (vous)');
  });

  it('adds three intervenants: Chloé Ccas and Hugo Hôpital picked among their structure’s professionals, and a professional without an account', async () => {
    const { page } = sessions.social;
    const list = section(page, "Liste d'accompagnement");
    const form = list.getByRole('form', { name: 'Ajouter un intervenant' });
    const members = list.getByRole('table', { name: "Intervenants de la liste d'accompagnement" });
    const picker = form.getByRole('group', { name: 'Utilisateur de Maillage', exact: true });
    const pick = picker.getByRole('combobox', { name: /^Professionnel/ });
    const structure = form.getByRole('combobox', { name: /^Structure/ });
    const options = async () => (await pick.locator('option').allInnerTexts()).map(plain);

    // Nothing to pick before a structure is chosen; the social worker's own service lists her, already on the list.
    expect(await options()).toEqual(['Aucune structure choisie']);
    await chooseIn(page, structure, 'Service social départemental du Cher');
    await expect.poll(options).toContain('Sophie Sociale — Travailleur social (déjà sur la liste)');
    // The CIO de Bourges has no social worker nor counsellor: its PSAD referent is not offered.
    await chooseIn(page, structure, 'CIO de Bourges');
    await expect
      .poll(() => statusText(picker))
      .toContain("CIO de Bourges : aucun travailleur social ni conseiller n'a de compte Maillage");
    expect(await options()).toEqual(['Choisissez un professionnel']);

    for (const [name, organisation, search, service, mission] of [
      ['Chloé Ccas', 'CCAS de Bourges', '', 'Pôle insertion', 'Aide au logement'],
      ['Hugo Hôpital', 'Service social du centre hospitalier Jacques-Cœur', 'hop', '', 'Accès aux soins'],
    ] as const) {
      await chooseIn(page, structure, organisation);
      await expect(form.getByLabel('Un utilisateur de Maillage').isChecked()).resolves.toBe(true);
      if (search) {
        await typeInto(page, picker.getByRole('searchbox', { name: /^Rechercher par nom/ }), search);
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
      if (service) await typeInto(page, form.getByRole('textbox', { name: /^Service/ }), service);
      await typeInto(page, form.getByRole('textbox', { name: /^Mission/ }), mission);
      await press(page, form.getByRole('button', { name: 'Ajouter à la liste' }));
      await expect.poll(() => statusText(form)).toContain(`${name} est ajouté à la liste d'accompagnement.`);
      await expect.poll(async () => plain(await members.locator('tbody').innerText())).toContain(name);
    }

    await chooseIn(page, structure, professional.organisation);
    await chooseRadio(
      page,
      form.getByRole('group', { name: 'Intervenant', exact: true }),
      'Un professionnel sans compte Maillage',
    );
    await typeInto(page, form.getByRole('textbox', { name: /^Nom du professionnel/ }), professional.name);
    await typeInto(page, form.getByRole('textbox', { name: /^Mission/ }), professional.mission);
    await press(page, form.getByRole('button', { name: 'Ajouter à la liste' }));
    await expect.poll(() => statusText(form)).toContain(`${professional.name} est ajouté`);
    await expect.poll(() => members.locator('tbody tr').count()).toBe(4);
    const row = members.getByRole('row', { name: new RegExp(professional.name) });
    expect(plain(await row.innerText())).toContain('Sans compte Maillage');
    expect(plain(await members.getByRole('row', { name: /Chloé Ccas/ }).innerText())).toContain('Pôle insertion');
    await settle(page);
    await checkPage(page, shots.next('liste-trois-intervenants'));
  });

  it('the plan now waits for a référence: « Proposer une référence » leads there, and the proposal is made', async () => {
    const { page } = sessions.social;
    await openTab(page, "Plan d'action");
    const plan = section(page, "Plan d'action partagé");
    await expect
      .poll(async () => plain(await plan.innerText()))
      .toContain("Proposez d'abord une référence à la personne.");
    await followStep(page, plan, 'Proposer une référence', 'Référence de parcours');
    const reference = section(page, 'Référence de parcours');
    await press(page, reference.getByRole('button', { name: 'Proposer une référence' }));
    await expect.poll(() => statusText(reference)).toContain('Référence proposée');
    const decision = reference.getByRole('form', { name: 'Enregistrer la décision de la personne' });
    await decision.waitFor();
    await settle(page);
    await checkPage(page, shots.next('reference-proposee'));
  });

  it('the plan then waits for the person’s choice: the link leads to it, and she chooses Chloé Ccas', async () => {
    const { page } = sessions.social;
    await openTab(page, "Plan d'action");
    const plan = section(page, "Plan d'action partagé");
    await expect
      .poll(async () => plain(await plan.innerText()))
      .toContain("enregistrez d'abord le choix de la personne");
    await settle(page);
    await checkPage(page, shots.next('plan-reference-proposee'));
    await followStep(page, plan, 'Enregistrer le choix de la personne', 'Référence de parcours');

    const reference = section(page, 'Référence de parcours');
    const decision = reference.getByRole('form', { name: 'Enregistrer la décision de la personne' });
    await chooseRadio(page, decision.getByRole('group', { name: 'Décision' }), 'La personne a choisi son référent');
    const referent = decision.getByRole('combobox', { name: /^Référent choisi par la personne/ });
    // The PA chooses among every current intervenant, herself included.
    const options = (await referent.locator('option').allInnerTexts()).map(plain);
    expect(options).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Sophie Sociale/),
        expect.stringMatching(/^Chloé Ccas/),
        expect.stringMatching(/^Hugo Hôpital/),
        expect.stringMatching(/^Marc Lefort/),
      ]),
    );
    await chooseIn(page, referent, 'Chloé Ccas — CCAS de Bourges');
    await press(page, decision.getByRole('button', { name: 'Enregistrer' }));
    await expect
      .poll(() => statusText(reference))
      .toContain('Choix de la personne enregistré : la référence est active.');
    await expect
      .poll(async () => plain(await page.locator('.lead').first().innerText()))
      .toContain('référent : Chloé Ccas');
    const history = reference.getByRole('region', { name: 'Historique de la référence' });
    expect(plain(await history.innerText())).toContain('La personne a choisi son référent : Chloé Ccas');
    expect(plain(await history.innerText())).toContain('Référence proposée à la personne');
    await settle(page);
    await checkPage(page, shots.next('reference-active'));

    await openTab(page, "Liste d'accompagnement");
    const members = page.getByRole('table', { name: "Intervenants de la liste d'accompagnement" });
    const chloe = members.getByRole('row', { name: /Chloé Ccas/ });
    expect(plain(await chloe.innerText()).toLowerCase()).toContain('référent');
    // The referent's entry cannot end while the reference is active: not offered, the way to do it instead is.
    await expect(chloe.getByRole('button', { name: /^Mettre fin/ }).count()).resolves.toBe(0);
    await expect(chloe.getByRole('link', { name: /^Référent : changer de référent/i }).count()).resolves.toBe(1);
  });

  it('writes the plan: a goal « Logement » and an action done by Chloé Ccas, then puts it « En cours »', async () => {
    const { page } = sessions.social;
    await openTab(page, 'Référence');
    await followStep(
      page,
      section(page, 'Référence de parcours'),
      "Construire le plan d'action partagé",
      "Plan d'action partagé",
    );
    const plan = section(page, "Plan d'action partagé");
    const goalForm = plan.getByRole('form', { name: 'Ajouter un objectif' });
    await chooseIn(page, goalForm.getByRole('combobox', { name: /^Thème/ }), 'Logement');
    await typeInto(page, goalForm.getByRole('textbox', { name: /^Objectif/ }), goal);
    await press(page, goalForm.getByRole('button', { name: "Ajouter l'objectif" }));
    await expect.poll(() => statusText(goalForm)).toContain(`Objectif « ${goal} » ajouté au thème Logement.`);
    const theme = plan.getByRole('region', { name: 'Logement' });
    await theme.getByRole('heading', { name: `Objectif : ${goal}` }).waitFor();

    // « Ajouter une action… »: a disclosure button, opened from the keyboard.
    const toggle = theme.getByRole('button', { name: `Ajouter une action à l'objectif « ${goal} »` });
    await pressEnterOn(page, toggle);
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const actionForm = theme.getByRole('form', { name: `Ajouter une action à l'objectif « ${goal} »` });
    await typeInto(page, actionForm.getByRole('textbox', { name: /^Action/ }), action);
    await chooseIn(page, actionForm.getByRole('combobox', { name: /^Qui/ }), 'Chloé Ccas — CCAS de Bourges');
    await typeInto(page, actionForm.getByRole('textbox', { name: /^Échéance/ }), meetingDay);
    await press(page, actionForm.getByRole('button', { name: "Ajouter l'action" }));
    await expect.poll(() => statusText(actionForm)).toContain(`Action « ${action} » ajoutée.`);
    const actions = theme.getByRole('table', { name: `Actions de l'objectif « ${goal} »` });
    const row = actions.getByRole('row', { name: new RegExp(action) });
    await row.waitFor();
    expect(plain(await row.innerText())).toContain('Chloé Ccas');
    expect(plain(await row.innerText())).toContain(meetingDayLong);

    await chooseIn(page, row.getByLabel(`Statut de l'action « ${action} »`), 'En cours');
    await press(page, row.getByRole('button', { name: `Modifier le statut de « ${action} »` }));
    await expect.poll(() => row.getByLabel(`Statut de l'action « ${action} »`).inputValue()).toBe('EN_COURS');
    await expect.poll(() => row.getByRole('button', { name: /^Modifier/ }).isDisabled()).toBe(true);
    await settle(page);
    await checkPage(page, shots.next('plan'));
  });

  it('uploads a small PDF shared with Chloé Ccas (the PA’s choice); the form says who will read it, and the uploader’s own read is recorded as a consent', async () => {
    const { page } = sessions.social;
    await openTab(page, 'Armoire numérique');
    const locker = section(page, 'Armoire numérique');
    const form = locker.getByRole('form', { name: 'Déposer un document' });
    expect(plain(await form.innerText())).toContain('Qui pourra lire le document : vous, qui le déposez');
    await typeInto(page, form.getByRole('textbox', { name: /^Intitulé/ }), documentTitle);
    await chooseIn(page, form.getByRole('combobox', { name: /^Catégorie/ }), 'Attestation');
    await form.getByLabel(/^Fichier/).setInputFiles(pdfFile);
    const shares = form.getByRole('group', { name: /^Partager aussi avec/ });
    // The other intervenants with an account (the uploader reads it anyway).
    await expect(shares.getByRole('checkbox').count()).resolves.toBe(2);
    await tick(page, shares.getByLabel('Chloé Ccas — CCAS de Bourges'));
    await press(page, form.getByRole('button', { name: 'Déposer le document' }));
    await expect
      .poll(() => statusText(locker), { timeout: 15_000 })
      .toContain(
        `Document « ${documentTitle} » déposé dans l'armoire : vous pouvez le lire, et il est partagé avec 1 autre intervenant.`,
      );
    const card = locker.getByRole('article', { name: documentTitle });
    await card.waitFor();
    expect(plain(await card.innerText())).toContain('Attestation · PDF');
    await expect(card.getByRole('list').getByRole('listitem').count()).resolves.toBe(2);
    expect(plain(await card.getByRole('list').innerText())).toContain('Sophie Sociale (vous)');
    expect(plain(await card.getByRole('list').innerText())).toContain('Chloé Ccas');
    expect(plain(await card.innerText()).toLowerCase()).not.toContain('non partagé avec vous');
    ids.documentPath = (await card.getByRole('link', { name: /^Lien vers ce document/ }).getAttribute('href')) ?? '';
    expect(ids.documentPath).toMatch(/^\/parcours\/documents\/[0-9a-f-]{36}$/);
    ids.documentId = ids.documentPath.split('/').pop();
    await settle(page);
    await checkPage(page, shots.next('armoire'));

    // The uploader downloads her own upload.
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/parcours/documents/${ids.documentId}`),
      page.waitForEvent('download'),
      pressEnterOn(page, card.getByRole('button', { name: `Télécharger « ${documentTitle} »` })),
    ]);
    expect(response.status()).toBe(200);

    await openTab(page, 'Consentements');
    const consents = page.getByRole('table', { name: 'Consentements de la personne' });
    expect(plain(await consents.innerText())).toContain(
      `Partage d'un document avec un intervenant « ${documentTitle} » avec Chloé Ccas`,
    );
    expect(plain(await consents.innerText())).toContain(
      `Partage d'un document avec un intervenant « ${documentTitle} » avec Sophie Sociale`,
    );
    await settle(page);
    await checkPage(page, shots.next('consentements'));
  });

  it('Chloé Ccas, the referent, finds the person and downloads the document', async () => {
    const { page } = sessions.ccas;
    await navigateWithKeyboard(page, 'Accueil', '/');
    await navigateWithKeyboard(page, 'Personnes accompagnées', '/parcours');
    const table = page.getByRole('table', { name: 'Personnes dont vous êtes intervenant' });
    const row = table.getByRole('row', { name: new RegExp(paName) });
    await row.waitFor();
    expect(plain(await row.innerText())).toContain('Chloé Ccas (CCAS de Bourges)');
    // A DSFR badge is written in capitals (text-transform): compared without case.
    expect(plain(await row.innerText()).toLowerCase()).toContain('acceptée (active)');
    await settle(page);
    await checkPage(page, shots.next('ccas-liste'));

    await pressEnterOn(page, row.getByRole('link', { name: paName }));
    await waitForPath(page, ids.personPath!);
    await expect.poll(() => h1(page)).toBe(paName);
    await openTab(page, 'Armoire numérique');
    const card = section(page, 'Armoire numérique').getByRole('article', { name: documentTitle });
    await card.waitFor();
    await settle(page);
    expect(plain(await card.innerText()).toLowerCase()).not.toContain('non partagé avec vous');
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
    await expect
      .poll(() => statusText(section(page, 'Armoire numérique')))
      .toContain(`Document « ${documentTitle} » téléchargé`);
  });

  it('Hugo Hôpital, on the list too, does not see the document; by its link, the download is refused (HTTP 403) and the refusal is shown', async () => {
    const { page } = sessions.hopital;
    await navigateWithKeyboard(page, 'Accueil', '/');
    await navigateWithKeyboard(page, 'Personnes accompagnées', '/parcours');
    const row = page
      .getByRole('table', { name: 'Personnes dont vous êtes intervenant' })
      .getByRole('row', { name: new RegExp(paName) });
    await pressEnterOn(page, row.getByRole('link', { name: paName }));
    await waitForPath(page, ids.personPath!);
    await expect.poll(() => h1(page)).toBe(paName);
    await openTab(page, 'Armoire numérique');
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
    const alert = page.getByRole('alert').filter({ hasText: 'Téléchargement refusé' });
    await expect
      .poll(async () => plain(await alert.innerText()))
      .toContain("Téléchargement refusé : Ce document n'est pas partagé avec vous");
    await settle(page);
    await checkPage(page, shots.next('hopital-refus'));
  });

  it('the PA’s participation in a synthèse is offered only once her consent and each participant’s agreement are recorded', async () => {
    const { page } = sessions.social;
    await openTab(page, 'Synthèses');
    const syntheses = section(page, 'Synthèses');
    const form = syntheses.getByRole('form', { name: 'Programmer une synthèse' });
    await typeInto(page, form.getByRole('textbox', { name: /^Objet/ }), meetingSubject);
    await typeInto(page, form.getByRole('textbox', { name: /^Date/ }), meetingDay);
    await typeInto(page, form.getByRole('textbox', { name: /^Heure/ }), '10:00');
    await chooseRadio(page, form.getByRole('group', { name: 'Demandée par' }), 'La personne');
    const participants = form.getByRole('group', { name: 'Intervenants participants' });
    await tick(page, participants.getByLabel('Chloé Ccas — CCAS de Bourges'));
    await tick(page, participants.getByLabel('Hugo Hôpital — Service social du centre hospitalier Jacques-Cœur'));
    await press(page, form.getByRole('button', { name: 'Programmer la synthèse' }));
    await expect.poll(() => statusText(form)).toContain(`Synthèse « ${meetingSubject} » programmée.`);
    const meeting = syntheses.getByRole('article', { name: new RegExp(`^${meetingSubject} — `) });
    await meeting.waitFor();
    expect(plain(await meeting.innerText())).toContain('Demandée par : La personne. La personne ne participe pas.');
    expect(plain(await meeting.innerText())).toContain(`${meetingDay.slice(0, 5)}`);

    const participates = meeting.getByLabel('La personne participe', { exact: true });
    await expect(participates.count()).resolves.toBe(0);
    expect(plain(await meeting.innerText())).toContain(
      "La personne pourra participer une fois recueillis l'accord de la personne et l'accord de 2 intervenants.",
    );
    await settle(page);
    await checkPage(page, shots.next('synthese-accords-manquants'));

    await press(page, meeting.getByRole('button', { name: /^Enregistrer l'accord de la personne/ }));
    await expect
      .poll(async () =>
        plain(
          await meeting
            .getByRole('listitem')
            .filter({ hasText: /^La personne/ })
            .innerText(),
        ).toLowerCase(),
      )
      .toContain('accord enregistré');
    await expect
      .poll(async () => plain(await meeting.innerText()))
      .toContain("une fois recueillis l'accord de 2 intervenants.");
    await press(page, meeting.getByRole('button', { name: "Enregistrer l'accord de Chloé Ccas" }));
    await expect
      .poll(async () =>
        plain(await meeting.getByRole('listitem').filter({ hasText: 'Chloé Ccas' }).innerText()).toLowerCase(),
      )
      .toContain("d'accord pour la présence de la personne");
    await expect
      .poll(async () => plain(await meeting.innerText()))
      .toContain("une fois recueillis l'accord de 1 intervenant.");
    await expect(participates.count()).resolves.toBe(0);
    await press(page, meeting.getByRole('button', { name: "Enregistrer l'accord de Hugo Hôpital" }));
    await expect
      .poll(async () =>
        plain(await meeting.getByRole('listitem').filter({ hasText: 'Hugo Hôpital' }).innerText()).toLowerCase(),
      )
      .toContain("d'accord pour la présence de la personne");
    await expect.poll(() => participates.count()).toBe(1);
    await toggle(page, participates);
    await expect.poll(() => statusText(meeting)).toContain('La personne participe à la synthèse.');
    await expect.poll(() => participates.isChecked()).toBe(true);
    await expect
      .poll(async () => plain(await meeting.innerText()))
      .toContain('Demandée par : La personne. La personne participe.');
    await settle(page);
    await checkPage(page, shots.next('synthese-acceptee'));

    await openTab(page, 'Consentements');
    const consents = page.getByRole('table', { name: 'Consentements de la personne' });
    expect(plain(await consents.innerText())).toContain(`Participation à une synthèse Synthèse « ${meetingSubject} »`);
  });

  it('the PA withdraws the sharing of the document, confirmed in a dialog: a withdrawn consent; then the professional without an account leaves the list', async () => {
    const { page } = sessions.social;
    await openTab(page, 'Armoire numérique');
    const locker = section(page, 'Armoire numérique');
    const card = locker.getByRole('article', { name: documentTitle });
    await press(page, card.getByRole('button', { name: `Retirer le partage de « ${documentTitle} » avec Chloé Ccas` }));
    const dialog = page.getByRole('dialog', { name: 'Retirer ce partage ?' });
    await dialog.waitFor();
    expect(plain(await dialog.innerText())).toContain(`Chloé Ccas ne pourra plus lire « ${documentTitle} »`);
    // The DSFR modal fades in: checked once it is fully shown.
    await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.waitForTimeout(400);
    await settle(page);
    await checkPage(page, shots.next('confirmation-retrait'));
    await press(page, dialog.getByRole('button', { name: 'Retirer le partage' }));
    await expect.poll(() => statusText(locker)).toContain(`Partage de « ${documentTitle} » avec Chloé Ccas retiré.`);
    await expect.poll(async () => plain(await card.getByRole('list').innerText())).not.toContain('Chloé Ccas');

    await openTab(page, 'Consentements');
    const consents = page.getByRole('table', { name: 'Consentements de la personne' });
    const share = consents.getByRole('row', { name: new RegExp(`« ${documentTitle} » avec Chloé Ccas`) });
    await expect.poll(async () => plain(await share.innerText()).toLowerCase()).toContain('retiré');

    await openTab(page, "Liste d'accompagnement");
    const list = section(page, "Liste d'accompagnement");
    const members = list.getByRole('table', { name: "Intervenants de la liste d'accompagnement" });
    await press(page, members.getByRole('button', { name: `Mettre fin à l'accompagnement de ${professional.name}` }));
    const end = list.getByRole('form', { name: `Mettre fin à l'accompagnement de ${professional.name}` });
    await expect
      .poll(() => end.getByRole('textbox', { name: /^Jusqu'au/ }).evaluate((el) => el === document.activeElement))
      .toBe(true);
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
    const accepted = Number(
      plain(
        await byStatus
          .getByRole('row', { name: /^Acceptée/ })
          .locator('td')
          .first()
          .innerText(),
      ).replace(/\s/g, ''),
    );
    expect(accepted).toBeGreaterThanOrEqual(1);
    await expect(page.locator('.bar-chart').count()).resolves.toBe(3);
    await checkPage(page, shots.next('indicateurs'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressEnterOn(page, page.getByRole('button', { name: 'Exporter (CSV)' })),
    ]);
    expect(fs.readFileSync((await download.path())!, 'utf8').length).toBeGreaterThan(0);
    await expect.poll(() => statusText(page)).toContain('Export CSV téléchargé');
  });

  it('the admin’s audit log shows Hugo Hôpital’s refused read of the document (« Refusé »)', async () => {
    const { page } = sessions.admin;
    await signInWithKeyboard(page, shots, DEMO_USERS.admin);
    await navigateWithKeyboard(page, /^Journal d.audit$/, '/admin/audit');
    await expect.poll(() => h1(page)).toBe("Journal d'audit");
    // The action chosen from the list, the document by its kind and id (the admin is on no list: « accès restreint »).
    await chooseIn(page, page.getByLabel('Action', { exact: true }), "Ouverture d'un document du coffre-fort");
    await chooseIn(page, page.getByLabel('Résultat'), 'Refusé');
    await chooseIn(page, page.getByLabel("Type d'objet", { exact: true }), 'Document du coffre-fort');
    await typeInto(page, page.getByLabel("Identifiant de l'objet", { exact: true }), ids.documentId!);
    await pressEnterOn(page, page.getByRole('button', { name: 'Filtrer' }));
    const table = page.getByRole('table', { name: "Événements d'audit" });
    const row = table.locator('tbody tr').filter({ hasText: 'parcours.document_read' });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    const text = plain(await row.innerText());
    expect(text).toContain("Ouverture d'un document du coffre-fort");
    expect(text.toLowerCase()).toContain('refusé');
    expect(text).toContain('Hugo Hôpital');
    expect(text).toContain('document (accès restreint)');
    // Never the document's title.
    expect(plain(await table.innerText())).not.toContain(documentTitle);
    await settle(page);
    await checkPage(page, shots.next('audit-refus'));
  });

  it('met no script error', () => {
    for (const key of ['social', 'ccas', 'hopital', 'admin'] as const) expect(sessions[key].errors, key).toEqual([]);
  });
});
