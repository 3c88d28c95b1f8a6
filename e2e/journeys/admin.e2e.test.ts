/**
 * The administrator: signs in with the keyboard, sees the admin navigation,
 * creates an organisation and finds it in the directory, adds it to the
 * partners of the PSAD platform of Bourges, creates a user with a membership
 * in it, reads those actions in the audit log, creates a service account and
 * issues it an API key (tried from outside the browser, then revoked), signs
 * out; then the new user signs in and sees the navigation of their role. Forms are filled from the keyboard (Tab, typing, Space, Enter);
 * only the native selects are set directly.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chooseIn, filterAuditLog, openAuditLog } from '../support/audit';
import {
  checkPage,
  expectFocused,
  navigationLinks,
  pathOf,
  plain,
  pressEnterOn,
  settle,
  tabTo,
  waitForPath,
  COUNSELLOR_NAVIGATION,
} from '../support/browser';
import {
  DEMO_USERS,
  expectHomeMemberships,
  expectNavigation,
  navigateWithKeyboard,
  rowNames,
  Shots,
  signInWithKeyboard,
  signOutWithKeyboard,
  useBrowserSession,
} from '../support/journey';

const admin = DEMO_USERS.admin;
const stamp = Date.now().toString(36);
const organisation = {
  name: `Centre social des Gibjoncs E2E ${stamp}`,
  kindLabel: 'Centre social',
  address: '12 rue de la Recherche',
  postalCode: '18000',
  communeInsee: '18033',
  communeName: 'Bourges',
  territory: 'Bassin de Bourges (B18-BOURGES)',
  email: `contact-${stamp}@centre-social.demo.test`,
  phone: '02 48 00 00 99',
};
const newUser = {
  email: `e2e-${stamp}@demo.test`,
  displayName: `Nadia Nouvelle ${stamp}`,
  password: `mot-de-passe-${stamp}-solide`,
  roleLabel: 'Conseiller',
};
const serviceAccount = {
  email: `service-${stamp}@demo.test`,
  displayName: `Import SI ${stamp}`,
  password: `mot-de-passe-service-${stamp}`,
  roleLabel: 'Compte de service',
  keyName: 'Import nocturne',
};

interface MeAnswer {
  data?: { me?: { roles: string[] } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** What a third-party system gets for `{ me { roles } }` with its key in X-Api-Key (Node's fetch, no browser). */
async function meWithApiKey(secret: string): Promise<MeAnswer> {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': secret },
    body: JSON.stringify({ query: '{ me { roles } }' }),
  });
  return (await response.json()) as MeAnswer;
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field.inputValue()).resolves.toBe(text);
}

async function h1(page: Page): Promise<string> {
  return plain(await page.getByRole('heading', { level: 1 }).innerText());
}

describe('journey of an administrator (admin@demo.test)', () => {
  const session = useBrowserSession();
  const shots = new Shots('admin');
  let organisationId = '';
  let userId = '';

  it('signs in with the keyboard only', async () => {
    await signInWithKeyboard(session().page, shots, admin);
  });

  it("sees Accueil, Annuaire, Indicateurs parcours, Organisations, Utilisateurs, Plateformes PSAD, Journal d'audit, Courriels envoyés, Tâches de fond, Paramètres CLAS and API", async () => {
    const { page } = session();
    await expectNavigation(page, true);
    await expectHomeMemberships(page, admin);
  });

  it('creates an organisation through the form', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Organisations', '/admin/organisations');
    await expect.poll(() => h1(page)).toBe('Organisations');
    await page.getByRole('table', { name: 'Organisations, actives et désactivées' }).waitFor();
    await checkPage(page, shots.next('organisations'));

    const form = page.getByRole('region', { name: 'Nouvelle organisation' });
    await typeInto(page, form.getByLabel("Nom de l'organisation", { exact: true }), organisation.name);
    await chooseIn(page, form.getByLabel("Type d'organisation", { exact: true }), organisation.kindLabel);
    await typeInto(page, form.getByLabel('Adresse', { exact: true }), organisation.address);
    await typeInto(page, form.getByLabel('Code postal', { exact: true }), organisation.postalCode);
    await typeInto(page, form.getByLabel('Code INSEE de la commune', { exact: true }), organisation.communeInsee);
    await typeInto(page, form.getByLabel('Nom de la commune', { exact: true }), organisation.communeName);
    await chooseIn(page, form.getByLabel('Territoire', { exact: true }), organisation.territory);
    await typeInto(page, form.getByLabel('E-mail de contact', { exact: true }), organisation.email);
    await typeInto(page, form.getByLabel('Téléphone', { exact: true }), organisation.phone);
    await checkPage(page, shots.next('organisations-formulaire-rempli'));
    await pressEnterOn(page, form.getByRole('button', { name: "Créer l'organisation" }));

    const created = form.getByRole('status').filter({ hasText: organisation.name });
    await expect.poll(() => created.count(), { timeout: 10_000 }).toBe(1);
    expect(plain(await created.innerText())).toContain(`Organisation « ${organisation.name} » créée.`);
    const href = await created.getByRole('link', { name: 'Ouvrir sa fiche' }).getAttribute('href');
    organisationId = href?.split('/').pop() ?? '';
    expect(organisationId, 'the link to the new organisation').toMatch(/\S/);
    // The form is empty again, ready for the next one.
    await expect(form.getByLabel("Nom de l'organisation", { exact: true }).inputValue()).resolves.toBe('');
    await settle(page);
    await checkPage(page, shots.next('organisations-creee'));
  });

  it('finds the new organisation in the directory', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Annuaire', '/annuaire');
    await page.getByRole('table', { name: "Organisations de l'annuaire" }).waitFor();
    await settle(page);
    await typeInto(page, page.getByRole('searchbox', { name: 'Rechercher par nom' }), `Gibjoncs E2E ${stamp}`);
    await expect
      .poll(() => rowNames(page, "Organisations de l'annuaire"), { timeout: 10_000 })
      .toEqual([organisation.name]);
    await checkPage(page, shots.next('annuaire-recherche'));

    await pressEnterOn(page, page.getByRole('link', { name: organisation.name }));
    await waitForPath(page, `/annuaire/${organisationId}`);
    await expect.poll(() => h1(page)).toBe(organisation.name);
    await settle(page);
    const text = plain(await page.getByRole('main').innerText());
    for (const value of [
      organisation.kindLabel,
      organisation.address,
      organisation.communeName,
      'Bassin de Bourges',
      organisation.phone,
    ]) {
      expect(text, `the directory page shows ${value}`).toContain(value);
    }
    await checkPage(page, shots.next('annuaire-fiche'));
  });

  it('adds that organisation to the partners of the PSAD platform of Bourges', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Plateformes PSAD', '/admin/plateformes');
    await expect.poll(() => h1(page)).toBe('Plateformes PSAD');
    const table = "Plateformes de suivi et d'appui aux décrocheurs";
    await page.getByRole('table', { name: table }).waitFor();
    await expect
      .poll(() => rowNames(page, table))
      .toEqual(expect.arrayContaining(['PSAD du bassin de Bourges', 'PSAD du bassin de Vierzon']));
    const bourgesRow = page
      .getByRole('table', { name: table })
      .locator('tbody tr')
      .filter({ hasText: 'PSAD du bassin de Bourges' });
    expect(plain(await bourgesRow.innerText())).toContain('Romain Référent');
    await settle(page);
    await checkPage(page, shots.next('plateformes'));

    await pressEnterOn(page, page.getByRole('link', { name: 'PSAD du bassin de Bourges' }));
    await waitForPath(page, /^\/admin\/plateformes\/[^/]+$/);
    await expect.poll(() => h1(page)).toBe('PSAD du bassin de Bourges');
    const form = page.getByRole('region', { name: 'Modifier la plateforme' });
    const partners = form.getByRole('group', { name: 'Partenaires', exact: true });
    await partners.getByRole('checkbox', { name: 'CIO de Bourges', exact: true }).waitFor();
    await settle(page);
    const before = await partners.getByRole('checkbox', { checked: true }).count();
    expect(before, 'the demo partners of Bourges').toBeGreaterThanOrEqual(6);

    // The name filter narrows the list to the organisation created above.
    await typeInto(
      page,
      partners.getByRole('searchbox', { name: 'Filtrer les organisations par nom' }),
      `Gibjoncs E2E ${stamp}`,
    );
    const added = partners.getByRole('checkbox', { name: organisation.name, exact: true });
    await expect.poll(() => partners.getByRole('checkbox').count()).toBe(1);
    await tabTo(page, added);
    await page.keyboard.press('Space');
    await expect(added.isChecked()).resolves.toBe(true);
    expect(plain(await partners.innerText())).toContain(`${before + 1} partenaires sélectionnés`);
    await pressEnterOn(page, form.getByRole('button', { name: 'Enregistrer les modifications' }));

    await expect
      .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()), {
        timeout: 10_000,
      })
      .toBe('Modifications enregistrées.');
    expect(plain(await page.locator('.fr-text--lead').innerText())).toContain(`${before + 1} partenaires`);
    await settle(page);
    await checkPage(page, shots.next('plateforme-partenaire-ajoute'));
  });

  it('creates a user with a membership in that organisation', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Utilisateurs', '/admin/utilisateurs');
    await expect.poll(() => h1(page)).toBe('Utilisateurs');
    await page.getByRole('table', { name: 'Comptes utilisateurs' }).waitFor();
    await checkPage(page, shots.next('utilisateurs'));

    const form = page.getByRole('region', { name: 'Nouvel utilisateur' });
    await typeInto(page, form.getByLabel('Adresse e-mail', { exact: true }), newUser.email);
    await typeInto(page, form.getByLabel('Nom affiché', { exact: true }), newUser.displayName);
    await typeInto(page, form.getByLabel('Mot de passe initial', { exact: true }), newUser.password);
    const organisationSelect = form.getByLabel('Organisation de rattachement', { exact: true });
    await expect.poll(() => organisationSelect.locator('option', { hasText: organisation.name }).count()).toBe(1);
    await chooseIn(page, organisationSelect, organisation.name);
    const role = form
      .getByRole('group', { name: 'Rôles' })
      .getByRole('checkbox', { name: newUser.roleLabel, exact: true });
    await tabTo(page, role);
    await page.keyboard.press('Space');
    await expect(role.isChecked()).resolves.toBe(true);
    await pressEnterOn(page, form.getByRole('button', { name: "Créer l'utilisateur" }));

    await waitForPath(page, /^\/admin\/utilisateurs\/[^/]+$/);
    userId = pathOf(page).split('/').pop() ?? '';
    await expect.poll(() => h1(page)).toBe(newUser.displayName);
    await expect
      .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()))
      .toBe(`Compte de ${newUser.displayName} créé.`);
    const membership = page.getByRole('group', { name: `Rôles dans ${organisation.name}` });
    await expect(membership.getByRole('checkbox', { name: newUser.roleLabel, exact: true }).isChecked()).resolves.toBe(
      true,
    );
    await settle(page);
    await checkPage(page, shots.next('utilisateur-cree'));
  });

  it('sees those actions in the audit log', async () => {
    const { page } = session();
    const table = await openAuditLog(page);
    await checkPage(page, shots.next('journal'));

    // Each action in French (its technical name beneath), its object named, its author.
    const rowWith = (action: string, object: string) =>
      table
        .locator('tbody tr')
        .filter({ has: page.locator('.fr-hint-text', { hasText: new RegExp(`^${action.replace('.', '\\.')}$`) }) })
        .filter({ hasText: object });
    for (const [action, label, object] of [
      ['organisation.create', "Création d'une organisation", `organisation ${organisation.name}`],
      ['user.create', "Création d'un compte utilisateur", `utilisateur ${newUser.displayName}`],
    ] as const) {
      const row = rowWith(action, object);
      await expect(row.count(), `one ${action} event on ${object}`).resolves.toBe(1);
      const text = plain(await row.innerText());
      expect(text, `${action}: its French label`).toContain(label);
      expect(text, `${action}: its author`).toContain(admin.displayName);
      expect(text.toLowerCase(), `${action}: its outcome (a DSFR badge, in capitals)`).toContain('succès');
    }
    // The sign-in is there too.
    await expect(
      table.locator('tbody tr').filter({ hasText: 'auth.login' }).filter({ hasText: admin.displayName }).count(),
    ).resolves.toBeGreaterThan(0);
    // Never the personal data itself.
    const all = plain(await table.innerText());
    expect(all).not.toContain(newUser.email);
    expect(all).not.toContain(organisation.email);

    // Filtered by the group « Organisations et territoires » chosen from the action list: only those events.
    await filterAuditLog(page, { action: 'Toutes les actions « Organisations et territoires »' });
    const actions = async () =>
      (await table.locator('tbody tr td:nth-child(2) .fr-hint-text').allInnerTexts()).map(plain);
    await expect
      .poll(
        async () => ((await actions()).every((action) => /^(organisation|territory)\./.test(action)) ? actions() : []),
        { timeout: 10_000 },
      )
      .toEqual(expect.arrayContaining(['organisation.create']));
    await settle(page);
    for (const action of await actions()) expect(action).toMatch(/^(organisation|territory)\./);
    await checkPage(page, shots.next('journal-filtre'));
  });

  it("a second account with the same e-mail: the server's reason at the e-mail field (focused) and in the summary beside the button", async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Utilisateurs', '/admin/utilisateurs');
    await page.getByRole('table', { name: 'Comptes utilisateurs' }).waitFor();
    const form = page.getByRole('region', { name: 'Nouvel utilisateur' });
    const email = form.getByLabel('Adresse e-mail', { exact: true });
    await typeInto(page, email, newUser.email.toUpperCase());
    await typeInto(page, form.getByLabel('Nom affiché', { exact: true }), `${newUser.displayName} bis`);
    await typeInto(page, form.getByLabel('Mot de passe initial', { exact: true }), newUser.password);
    await pressEnterOn(page, form.getByRole('button', { name: "Créer l'utilisateur" }));

    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    await expectFocused(email, 'the e-mail field the server named');
    const summary = form.getByRole('group', { name: "La saisie n'a pas pu être enregistrée" });
    expect(plain(await summary.innerText())).toContain('Un compte existe déjà avec cette adresse e-mail.');
    // Not the stale-version message: reloading would not help.
    expect(plain(await form.innerText())).not.toMatch(/entre-temps|Recharger/);
    expect(pathOf(page)).toBe('/admin/utilisateurs');
    await settle(page);
    await checkPage(page, shots.next('utilisateur-doublon'));
    // The summary's link leads back to the field.
    await tabTo(page, summary.getByRole('link', { name: /^Adresse e-mail/ }));
    await page.keyboard.press('Enter');
    await expectFocused(email, 'the e-mail field, from the summary');
  });

  it('creates a service account, issues it an API key that works, then revokes it', async () => {
    const { page } = session();
    // A person's account (the user created above) shows nothing of API keys.
    await page.goto(`/admin/utilisateurs/${userId}`);
    await expect.poll(() => h1(page)).toBe(newUser.displayName);
    await settle(page);
    await expect(page.getByRole('heading', { name: "Clés d'API" }).count()).resolves.toBe(0);

    // The production build sends the pages' GraphQL documents by their id (trusted documents), not their text.
    const [usersRequest] = await Promise.all([
      page.waitForRequest(
        (r) =>
          r.url().endsWith('/graphql') &&
          r.method() === 'POST' &&
          (r.postDataJSON() as { operationName?: string }).operationName === 'AdminUsers',
      ),
      navigateWithKeyboard(page, 'Utilisateurs', '/admin/utilisateurs'),
    ]);
    const sent = usersRequest.postDataJSON() as Record<string, unknown>;
    expect(sent.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sent).not.toHaveProperty('query');
    await page.getByRole('table', { name: 'Comptes utilisateurs' }).waitFor();
    await settle(page);
    const form = page.getByRole('region', { name: 'Nouvel utilisateur' });
    await typeInto(page, form.getByLabel('Adresse e-mail', { exact: true }), serviceAccount.email);
    await typeInto(page, form.getByLabel('Nom affiché', { exact: true }), serviceAccount.displayName);
    await typeInto(page, form.getByLabel('Mot de passe initial', { exact: true }), serviceAccount.password);
    const organisationSelect = form.getByLabel('Organisation de rattachement', { exact: true });
    await expect.poll(() => organisationSelect.locator('option', { hasText: organisation.name }).count()).toBe(1);
    await chooseIn(page, organisationSelect, organisation.name);
    const role = form
      .getByRole('group', { name: 'Rôles' })
      .getByRole('checkbox', { name: serviceAccount.roleLabel, exact: true });
    await tabTo(page, role);
    await page.keyboard.press('Space');
    await expect(role.isChecked()).resolves.toBe(true);
    await pressEnterOn(page, form.getByRole('button', { name: "Créer l'utilisateur" }));

    // Its page, with the API keys section.
    await waitForPath(page, /^\/admin\/utilisateurs\/[^/]+$/);
    expect(pathOf(page)).not.toBe(`/admin/utilisateurs/${userId}`);
    await expect.poll(() => h1(page)).toBe(serviceAccount.displayName);
    const section = page.getByRole('region', { name: "Clés d'API" });
    const table = section.getByRole('table', { name: "Clés d'API de ce compte de service" });
    await table.waitFor();
    await settle(page);
    expect(plain(await table.innerText())).toContain("Aucune clé pour l'instant.");

    await typeInto(page, section.getByLabel('Nom de la clé', { exact: true }), serviceAccount.keyName);
    // A key without any scope could do nothing: the form says so at the scopes.
    await pressEnterOn(page, section.getByRole('button', { name: 'Créer la clé' }));
    const scopes = section.getByRole('group', { name: /^Portées/ });
    await expect.poll(async () => plain(await scopes.innerText())).toContain('choisissez au moins une portée');
    await settle(page);
    await checkPage(page, shots.next('compte-de-service-cle-sans-portee'));
    const directory = scopes.getByRole('checkbox', { name: /\(directory:read\)$/ });
    await tabTo(page, directory);
    await page.keyboard.press('Space');
    await expect(directory.isChecked()).resolves.toBe(true);
    await pressEnterOn(page, section.getByRole('button', { name: 'Créer la clé' }));
    const created = section.getByRole('status', { name: 'Clé créée : copiez-la maintenant' });
    await created.waitFor();
    const secretInput = created.getByRole('textbox', { name: 'Secret de la clé', exact: true });
    await expect(secretInput.getAttribute('readonly')).resolves.not.toBeNull();
    // The keyboard lands on the secret, ready to be copied.
    await expectFocused(secretInput, 'the secret of the new key');
    const secret = await secretInput.inputValue();
    expect(secret).toMatch(/^mlg_\S{20,}$/);
    expect(plain(await created.innerText())).toContain('il ne sera plus jamais affiché');
    const row = table
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: serviceAccount.keyName, exact: true }) });
    await expect.poll(() => row.count()).toBe(1);
    expect(plain(await row.innerText())).toContain(secret.slice(0, 10));
    // textContent: the DSFR badge is written in capitals by CSS.
    expect(plain((await row.textContent()) ?? '')).toContain('Active');
    await settle(page);
    await checkPage(page, shots.next('compte-de-service-cle-creee'));

    // A third-party system sends the secret in X-Api-Key: it is that service account.
    const before = await meWithApiKey(secret);
    expect(before.errors, JSON.stringify(before)).toBeUndefined();
    expect(before.data?.me?.roles).toEqual(['SERVICE_ACCOUNT']);

    // "J'ai copié la clé": the secret is gone from the page for good.
    await pressEnterOn(page, created.getByRole('button', { name: "J'ai copié la clé" }));
    await expect.poll(() => section.getByRole('textbox', { name: 'Secret de la clé' }).count()).toBe(0);
    expect(await page.getByRole('main').innerText()).not.toContain(secret);

    await pressEnterOn(page, row.getByRole('button', { name: `Révoquer la clé ${serviceAccount.keyName}` }));
    await expect.poll(async () => plain((await row.textContent()) ?? '')).toContain('Révoquée le');
    await expect(row.getByRole('button').count()).resolves.toBe(0);
    await expect
      .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()))
      .toContain(`Clé « ${serviceAccount.keyName} » révoquée`);
    // The list read again shows the use just made of the key.
    expect(plain(await row.innerText())).not.toContain('Jamais');
    await settle(page);
    await checkPage(page, shots.next('compte-de-service-cle-revoquee'));

    // The same request is now refused.
    const after = await meWithApiKey(secret);
    expect(after.data?.me ?? null, JSON.stringify(after)).toBeNull();
    expect(after.errors?.[0]?.extensions?.code, JSON.stringify(after)).toBe('UNAUTHENTICATED');
  });

  it('subscribes the service account’s system to webhooks: its secret shown once, then the address’s delivery log', async () => {
    const { page } = session();
    await pressEnterOn(page, page.getByRole('link', { name: 'Webhooks de ce compte de service' }));
    await waitForPath(page, /^\/admin\/utilisateurs\/[^/]+\/webhooks$/);
    await expect.poll(() => h1(page)).toBe(`Webhooks de ${serviceAccount.displayName}`);
    const form = page.getByRole('form', { name: 'Abonner une adresse' });
    await typeInto(page, form.getByLabel('Adresse de réception', { exact: false }), 'http://127.0.0.1:9/maillage');
    const assigned = form.getByRole('checkbox', { name: /^Dossier PSAD attribué/ });
    await tabTo(page, assigned);
    await page.keyboard.press('Space');
    await pressEnterOn(page, form.getByRole('button', { name: 'Abonner l’adresse' }));
    const secret = page.getByRole('textbox', { name: 'Secret de signature', exact: true });
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    const table = page.getByRole('table', { name: 'Adresses de webhook de ce compte de service' });
    await expect.poll(async () => plain(await table.innerText())).toContain('http://127.0.0.1:9/maillage');
    await settle(page);
    await checkPage(page, shots.next('compte-de-service-webhooks'));
    await pressEnterOn(page, table.getByRole('link', { name: /127\.0\.0\.1:9\/maillage/ }));
    await waitForPath(page, /^\/admin\/utilisateurs\/[^/]+\/webhooks\/[^/]+$/);
    await page.getByRole('heading', { level: 2, name: /Envois/ }).waitFor();
    await settle(page);
    await checkPage(page, shots.next('compte-de-service-webhook-envois'));
  });

  it('opens « Courriels envoyés »: a captioned table of the e-mails the app composed', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Courriels envoyés', '/admin/courriels');
    await expect.poll(() => h1(page)).toBe('Courriels envoyés');
    await page.getByRole('table', { name: 'Courriels composés par Maillage, du plus récent au plus ancien' }).waitFor();
    await settle(page);
    await checkPage(page, shots.next('courriels-envoyes'));
  });

  it('opens « Tâches de fond »: the queues counted by state, and their jobs filtered by queue and state', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Tâches de fond', '/admin/taches');
    await expect.poll(() => h1(page)).toBe('Tâches de fond');
    const queuesCaption =
      'Nombre de tâches de chaque file, par état (tâches terminées gardées une semaine, en échec un mois)';
    await page.getByRole('table', { name: queuesCaption }).waitFor();
    expect(await rowNames(page, queuesCaption)).toEqual(
      expect.arrayContaining([expect.stringContaining('Distribution des notifications')]),
    );
    await page.getByRole('table', { name: 'Tâches, de la plus récente à la plus ancienne' }).waitFor();
    await chooseIn(page, page.getByLabel('File', { exact: true }), 'Distribution des notifications');
    await chooseIn(page, page.getByLabel('État', { exact: true }), 'Terminée');
    await settle(page);
    await checkPage(page, shots.next('taches-de-fond'));
  });

  it('opens « API »: getting a key, the scopes, the examples, and the schema reference searched for a field', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'API', '/documentation-api');
    await expect.poll(() => h1(page)).toBe('API de Maillage');
    const scopes = 'Les portées d’une clé d’API et ce que chacune permet';
    await page.getByRole('table', { name: scopes }).waitFor();
    expect(await rowNames(page, scopes)).toEqual(expect.arrayContaining(['psad:signals:write', 'psad:cases:read']));
    for (const example of [
      'Signaler un jeune à une plateforme',
      'Lire une liste de suivi',
      'Synchroniser les changements',
    ])
      await page.getByRole('heading', { level: 3, name: example }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Vérifier la signature d’un webhook' }).waitFor();
    // The schema reference, read from the server with the session: Query and Mutation until a search.
    await page.getByRole('table', { name: 'Champs de Query' }).waitFor();
    await typeInto(page, page.getByLabel('Rechercher un type, un champ ou une valeur'), 'SignalInput');
    await page.getByRole('heading', { level: 3, name: 'SignalInput (type d’entrée)' }).waitFor();
    expect(await rowNames(page, 'Champs de SignalInput')).toEqual(
      expect.arrayContaining(['platformId', 'lastName', 'birthDate']),
    );
    await settle(page);
    await checkPage(page, shots.next('api'));
  });

  it('signs out', async () => {
    await signOutWithKeyboard(session().page, shots);
  });

  it('the new user signs in and sees the navigation of their role', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, { email: newUser.email, displayName: newUser.displayName }, newUser.password);
    await expect.poll(() => navigationLinks(page)).toEqual(COUNSELLOR_NAVIGATION);
    const memberships = plain(await page.getByRole('region', { name: 'Vos rattachements' }).innerText());
    expect(memberships).toContain(organisation.name);
    expect(memberships).toContain(newUser.roleLabel);
    await signOutWithKeyboard(page, shots);
  });

  it('met no script error', () => {
    expect(session().errors).toEqual([]);
  });
});
