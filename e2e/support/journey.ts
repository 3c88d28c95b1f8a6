/**
 * Steps shared by the journeys, written as a user acts: keyboard first, names
 * as the screen shows them. Every step that lands on a page checks it with
 * axe-core and takes its screenshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  ADMIN_NAVIGATION,
  CAF_OFFICER_NAVIGATION,
  CLAS_HOLDER_NAVIGATION,
  checkPage,
  COMMON_NAVIGATION,
  DEMO_PASSWORD,
  COUNSELLOR_NAVIGATION,
  REFERENT_NAVIGATION,
  SOCIAL_WORKER_NAVIGATION,
  VIEWER_NAVIGATION,
  expectFocused,
  isPath,
  launchBrowser,
  mainNavigation,
  navigationLinks,
  openSession,
  pathOf,
  plain,
  pressEnterOn,
  screenshot,
  settle,
  tabTo,
  waitForPath,
  type Session,
} from './browser';
import { outputDir, serverLogName } from './paths';

export interface DemoUser {
  /** Short name for screenshots: e2e/output/<key>-NN-<page>.png. */
  key: string;
  email: string;
  displayName: string;
  organisation: string;
  /** The role labels the home page shows for the membership. */
  roleLabels: string[];
  admin: boolean;
  /** The main navigation's links when not exactly those of every user (Accueil, Annuaire) or of an admin. */
  navigation?: string[];
}

export const DEMO_USERS = {
  admin: {
    key: 'admin',
    email: 'admin@demo.test',
    displayName: 'Alice Admin',
    organisation: 'DSDEN du Cher',
    roleLabels: ['Administrateur'],
    admin: true,
  },
  referent: {
    key: 'referent',
    email: 'referent@demo.test',
    displayName: 'Romain Référent',
    organisation: 'CIO de Bourges',
    roleLabels: ['Référent PSAD'],
    admin: false,
    navigation: REFERENT_NAVIGATION,
  },
  counsellor: {
    key: 'counsellor',
    email: 'conseiller@demo.test',
    displayName: 'Claire Conseillère',
    organisation: 'Mission Locale de Bourges',
    roleLabels: ['Conseiller'],
    admin: false,
    navigation: COUNSELLOR_NAVIGATION,
  },
  caf: {
    key: 'caf',
    email: 'caf@demo.test',
    displayName: 'Camille CAF',
    organisation: 'CAF du Cher',
    roleLabels: ['Agent CAF'],
    admin: false,
    navigation: CAF_OFFICER_NAVIGATION,
  },
  porteur: {
    key: 'porteur',
    email: 'porteur@demo.test',
    displayName: 'Paul Porteur',
    organisation: 'Association Coup de Pouce Bourges',
    roleLabels: ['Porteur CLAS'],
    admin: false,
    navigation: CLAS_HOLDER_NAVIGATION,
  },
  social: {
    key: 'social',
    email: 'social@demo.test',
    displayName: 'Sophie Sociale',
    organisation: 'Service social départemental du Cher',
    roleLabels: ['Travailleur social'],
    admin: false,
    navigation: SOCIAL_WORKER_NAVIGATION,
  },
  ccas: {
    key: 'ccas',
    email: 'ccas@demo.test',
    displayName: 'Chloé Ccas',
    organisation: 'CCAS de Bourges',
    roleLabels: ['Travailleur social'],
    admin: false,
    navigation: SOCIAL_WORKER_NAVIGATION,
  },
  hopital: {
    key: 'hopital',
    email: 'hopital@demo.test',
    displayName: 'Hugo Hôpital',
    organisation: 'Service social du centre hospitalier Jacques-Cœur',
    roleLabels: ['Travailleur social'],
    admin: false,
    navigation: SOCIAL_WORKER_NAVIGATION,
  },
  viewer: {
    key: 'viewer',
    email: 'lecteur@demo.test',
    displayName: 'Luc Lecteur',
    organisation: 'DSDEN du Cher',
    roleLabels: ['Lecteur'],
    admin: false,
    navigation: VIEWER_NAVIGATION,
  },
} satisfies Record<string, DemoUser>;

/** Numbers the screenshots of one journey in the order they are taken. */
export class Shots {
  private n = 0;
  constructor(private readonly prefix: string) {}
  next(page: string): string {
    this.n += 1;
    return `${this.prefix}-${String(this.n).padStart(2, '0')}-${page}`;
  }
}

/**
 * A failing step leaves, for each page of the file, a screenshot of where it stood
 * (e2e/output/FAILED-<file>-<test>.png) and, on the output, since CI keeps nothing else: the page's
 * address, the text of its main content, and the server's last warnings and errors.
 */
export function reportFailures(pages: () => Page[]): void {
  beforeEach((context) => {
    context.onTestFailed(async () => {
      const file = path.basename(context.task.file.name).replace(/\.e2e\.test\.ts$/, '');
      const test = context.task.name.replace(/[^\w-]+/g, '-').slice(0, 60);
      const open = pages().filter((page) => !page.isClosed());
      for (const [i, page] of open.entries()) {
        const suffix = open.length > 1 ? `-${i + 1}` : '';
        await screenshot(page, `FAILED-${file}-${test}${suffix}`).catch(() => undefined);
        const main = await page
          .locator('main')
          .innerText({ timeout: 2_000 })
          .catch((err: unknown) => `(no main content: ${(err as Error).message.split('\n')[0]})`);
        process.stdout.write(
          `\n[e2e] FAILED ${test}${suffix} at ${page.url()}\n[e2e] main: ${plain(main).slice(0, 2_000)}\n`,
        );
      }
      // Each line marked, so that CI's summary, which keeps only the error lines of a failed step, keeps these.
      const problems = serverProblems(20)
        .split('\n')
        .map((line) => `[e2e] server: ${line}`)
        .join('\n');
      process.stdout.write(`[e2e] server warnings and error answers:\n${problems}\n`);
    });
  });
}

/** The server log's last `n` lines of level warn or above, or answering with an error status. */
function serverProblems(n: number): string {
  try {
    const lines = fs.readFileSync(path.join(outputDir, serverLogName), 'utf8').split('\n');
    const problems = lines.filter((line) => {
      const level = /"level":(\d+)/.exec(line)?.[1];
      const status = /"statusCode":(\d+)/.exec(line)?.[1];
      return Number(level ?? 0) >= 40 || Number(status ?? 0) >= 400;
    });
    return problems.slice(-n).join('\n') || '(none)';
  } catch {
    return '(no server log)';
  }
}

/** A browser and a fresh session for one test file; closed after it. */
export function useBrowserSession(): () => Session {
  let browser: Browser | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    session = await openSession(browser, inject('baseUrl'));
  });
  reportFailures(() => (session ? [session.page] : []));
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!session) throw new Error('no browser session (beforeAll failed)');
    return session;
  };
}

export function loginFields(page: Page) {
  return {
    email: page.getByLabel('Adresse e-mail', { exact: true }),
    password: page.getByLabel('Mot de passe', { exact: true }),
    submit: page.getByRole('button', { name: 'Se connecter' }),
  };
}

/**
 * Opens /connexion (unless `open` is false: already there), checks it with axe,
 * takes its screenshot, fills the form with the keyboard only and presses Enter
 * on the button.
 */
export async function submitLoginWithKeyboard(
  page: Page,
  shots: Shots,
  email: string,
  password: string,
  open = true,
): Promise<void> {
  if (open) {
    // As in a new tab: going from /connexion to /connexion would keep the history state ("from" a previous redirect).
    await page.goto('about:blank');
    await page.goto('/connexion');
  }
  const fields = loginFields(page);
  await fields.email.waitFor();
  await checkPage(page, shots.next('connexion'));
  await tabTo(page, fields.email);
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expectFocused(fields.password, 'after Tab from the e-mail field, the password field');
  await page.keyboard.type(password);
  await page.keyboard.press('Tab');
  await expectFocused(fields.submit, 'after Tab from the password field, the "Se connecter" button');
  await page.keyboard.press('Enter');
}

/** Signs in with the keyboard and lands on the home page, which greets the user. */
export async function signInWithKeyboard(
  page: Page,
  shots: Shots,
  user: Pick<DemoUser, 'email' | 'displayName'>,
  password = DEMO_PASSWORD,
) {
  await submitLoginWithKeyboard(page, shots, user.email, password);
  await waitForPath(page, '/');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(`Bonjour ${user.displayName}`);
  await checkPage(page, shots.next('accueil'));
}

/**
 * The navigation shows exactly the links of the user's roles (once `me` is known: the home page greets by name):
 * `navigation` when given, else those of an admin or of every user.
 */
export async function expectNavigation(page: Page, admin: boolean, navigation?: readonly string[]): Promise<void> {
  await expect(mainNavigation(page).count()).resolves.toBe(1);
  const expected = navigation ?? (admin ? ADMIN_NAVIGATION : COMMON_NAVIGATION);
  await expect.poll(() => navigationLinks(page)).toEqual(expected);
}

/** The home page lists the user's membership and its roles. */
export async function expectHomeMemberships(page: Page, user: DemoUser): Promise<void> {
  const memberships = page.getByRole('region', { name: 'Vos rattachements' });
  const text = plain(await memberships.innerText());
  expect(text).toContain(user.organisation);
  for (const label of user.roleLabels) expect(text).toContain(label);
}

/** Follows a link of the main navigation with Tab and Enter. */
export async function navigateWithKeyboard(
  page: Page,
  linkName: string | RegExp,
  pathname: string | RegExp,
): Promise<void> {
  const alreadyThere = isPath(new URL(page.url()), pathname);
  const titleBefore = await page.title();
  await pressEnterOn(
    page,
    mainNavigation(page).getByRole('link', { name: linkName, exact: typeof linkName === 'string' }),
  );
  await waitForPath(page, pathname);
  // The address changes at once, but a page loaded on demand is shown only once its code has come: until
  // then the previous page stays on screen. Waiting for the new page's title (each page sets its own)
  // keeps the next step from acting on the old one, or from coming back to a page that never left and so
  // never read its data again.
  if (!alreadyThere) await page.waitForFunction((before) => document.title !== before, titleBefore, { polling: 50 });
}

export function directoryTable(page: Page) {
  return page.getByRole('table', { name: "Organisations de l'annuaire" });
}

/** The names (row headers) of a results table's rows. */
export async function rowNames(page: Page, tableName: string): Promise<string[]> {
  const table = page.getByRole('table', { name: tableName });
  return (await table.locator('tbody tr th').allInnerTexts()).map(plain);
}

/**
 * Annuaire from the navigation, "lycée" typed in the search field: the two demo
 * lycées come back, and only organisations whose name holds "lycée".
 */
export async function searchDirectoryForLycee(page: Page, shots: Shots): Promise<void> {
  await navigateWithKeyboard(page, 'Annuaire', '/annuaire');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Annuaire des organisations');
  await directoryTable(page).waitFor();
  await checkPage(page, shots.next('annuaire'));
  const before = await rowNames(page, "Organisations de l'annuaire");
  expect(before.length, 'the directory lists organisations before any search').toBeGreaterThan(2);

  const search = page.getByRole('searchbox', { name: 'Rechercher par nom' });
  await tabTo(page, search);
  await page.keyboard.type('lycée');
  // The search applies after a short debounce: wait until only matching names are listed.
  const onlyLycees = async () => {
    const names = await rowNames(page, "Organisations de l'annuaire");
    return names.length > 0 && names.every((name) => name.toLowerCase().includes('lycée')) ? names : [];
  };
  await expect
    .poll(onlyLycees, { timeout: 10_000 })
    .toEqual(expect.arrayContaining(['Lycée Alain-Fournier', 'Lycée Jacques-Cœur']));
  await settle(page);
  const names = await rowNames(page, "Organisations de l'annuaire");
  for (const name of names) expect(name.toLowerCase(), 'every result matches "lycée"').toContain('lycée');
  expect(names).not.toContain('Collège Jean-Renoir');
  await expect
    .poll(async () => plain(await page.getByRole('region', { name: 'Résultats' }).getByRole('status').innerText()))
    .toBe(`${names.length} organisations`);
  await checkPage(page, shots.next('annuaire-lycee'));

  // Opens a result with the keyboard: its page in the directory.
  await pressEnterOn(page, directoryTable(page).getByRole('link', { name: 'Lycée Alain-Fournier' }));
  await waitForPath(page, /^\/annuaire\/[^/]+$/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Lycée Alain-Fournier');
  await checkPage(page, shots.next('annuaire-fiche'));
}

/** Signs out with the keyboard; /connexion says so, and the session is gone even after a reload. */
export async function signOutWithKeyboard(page: Page, shots: Shots): Promise<void> {
  await pressEnterOn(page, page.getByRole('button', { name: 'Se déconnecter' }));
  await waitForPath(page, '/connexion');
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Vous êtes déconnecté' }).count()).toBe(1);
  await checkPage(page, shots.next('deconnexion'));
  // The refresh cookie was revoked: a fresh load of a protected page goes back to /connexion.
  await page.goto('/annuaire');
  await waitForPath(page, '/connexion');
  await loginFields(page).email.waitFor();
  expect(pathOf(page)).toBe('/connexion');
}

/** A non-admin opening an admin address directly sees "Accès refusé", nothing of the page. */
export async function expectAdminRefused(page: Page, shots: Shots): Promise<void> {
  await page.goto('/admin/utilisateurs');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Accès refusé');
  expect(pathOf(page)).toBe('/admin/utilisateurs');
  await expect(page.getByRole('table', { name: 'Comptes utilisateurs' }).count()).resolves.toBe(0);
  await checkPage(page, shots.next('acces-refuse'));
}

/**
 * The journey of a demo user without the admin role: keyboard sign-in, the
 * navigation of their roles, the steps of their role (`roleSteps`, declared
 * inside the describe), the directory searched for "lycée", an admin page
 * refused, sign-out; no page or console error along the way.
 */
export function nonAdminJourney(
  title: string,
  user: DemoUser,
  roleSteps?: (session: () => Session, shots: Shots) => void,
): void {
  describe(title, () => {
    const session = useBrowserSession();
    const shots = new Shots(user.key);

    it(`${user.email} signs in with the keyboard only`, async () => {
      await signInWithKeyboard(session().page, shots, user);
    });

    it('sees exactly the navigation of their roles: no admin link', async () => {
      const { page } = session();
      await expectNavigation(page, false, user.navigation);
      await expectHomeMemberships(page, user);
      for (const admin of [
        'Organisations',
        'Utilisateurs',
        'Plateformes PSAD',
        "Journal d'audit",
        'Journal d’audit',
        'Courriels envoyés',
        'Tâches de fond',
        'Paramètres CLAS',
        'API',
      ]) {
        await expect(mainNavigation(page).getByRole('link', { name: admin }).count()).resolves.toBe(0);
      }
    });

    roleSteps?.(session, shots);

    it('opens the directory and searches "lycée"', async () => {
      await searchDirectoryForLycee(session().page, shots);
    });

    it('is refused an admin page opened by its address (and the reload keeps the session)', async () => {
      await expectAdminRefused(session().page, shots);
      await expectNavigation(session().page, false, user.navigation);
    });

    it('signs out', async () => {
      await signOutWithKeyboard(session().page, shots);
    });

    it('met no script error', () => {
      expect(session().errors).toEqual([]);
    });
  });
}
