/**
 * Signing in as public agents do (issue 21), on an app of its own: second factors required of
 * administrators (the default), ProConnect configured against an OpenID provider started in this
 * process (server/test/support/proconnect-provider.ts), the app at http://localhost:<port> (WebAuthn
 * takes no IP address for its relying party).
 *
 * 1. The admin signs in with the password and is held on the enrolment step, whatever address is typed;
 *    enrols a passkey through Chromium's virtual authenticator (DevTools protocol, WebAuthn domain),
 *    notes the recovery codes, reaches the app; signs out, and in again with the passkey.
 * 2. The referent sets up an authenticator app on « Mon compte » (the code computed here from the
 *    secret shown, with otpauth), signs out, and in again with a code (a wrong one refused first).
 * 3. « Mes sessions »: the viewer signed in in two browsers; the first closes the second's session, whose
 *    next call is refused (back to /connexion); a password change ends the other session too.
 * 4. ProConnect: someone unknown signs in and lands on « Demande d'accès envoyée »; the admin accepts
 *    the request on its page (organisation and role); the person signs in again and works, and signs out
 *    through the provider. A tampered `state`, a callback URL played again, and a `nonce` the ID token
 *    does not carry are each refused, with the reason on /connexion.
 */
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPage,
  DEMO_PASSWORD,
  expectFocused,
  launchBrowser,
  mainNavigation,
  openSession,
  pathOf,
  plain,
  pressEnterOn,
  settle,
  tabTo,
  waitForPath,
  type Session,
} from '../support/browser';
import {
  DEMO_USERS,
  loginFields,
  navigateWithKeyboard,
  reportFailures,
  Shots,
  signInWithKeyboard,
  signOutWithKeyboard,
  submitLoginWithKeyboard,
} from '../support/journey';
import { auditRows, filterAuditLog, openAuditLog } from '../support/audit';
import { freePort, startApp } from '../support/server';
import { startProConnectProvider, type ProConnectProvider } from '../../server/test/support/proconnect-provider';

const ADMIN = DEMO_USERS.admin;
const REFERENT = DEMO_USERS.referent;
const VIEWER = DEMO_USERS.viewer;
/** Someone ProConnect knows and Maillage does not. */
const NEWCOMER = {
  login: 'nina.nouvelle@cher.gouv.fr',
  email: 'nina.nouvelle@cher.gouv.fr',
  given_name: 'Nina',
  usual_name: 'Nouvelle',
  siret: '13000000000017',
  displayName: 'Nina Nouvelle',
  organisation: 'DSDEN du Cher',
};

let browser: Browser;
let app: { stop: () => Promise<void> } | null = null;
let provider: ProConnectProvider | null = null;
let baseUrl = '';
const sessions: Session[] = [];
const shots = new Shots('securite');

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  provider = await startProConnectProvider({
    appUrl: baseUrl,
    accounts: {
      [NEWCOMER.login]: {
        email: NEWCOMER.email,
        given_name: NEWCOMER.given_name,
        usual_name: NEWCOMER.usual_name,
        siret: NEWCOMER.siret,
      },
    },
  });
  app = await startApp('sign-in-security-server.log', {
    PORT: String(port),
    APP_URL: baseUrl,
    ...provider.env,
    JOB_POLL_SECONDS: '1',
  });
  browser = await launchBrowser();
});
reportFailures(() => sessions.map((s) => s.page));
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await provider?.stop();
});

async function newSession(): Promise<Session> {
  const session = await openSession(browser, baseUrl);
  sessions.push(session);
  return session;
}

async function h1(page: Page): Promise<string> {
  return plain(await page.getByRole('heading', { level: 1 }).innerText());
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field.inputValue()).resolves.toBe(text);
}

/** The heading of the sign-in step shown (« Protégez votre compte », « Vérification en deux étapes »…). */
function stepHeading(page: Page, name: string): Locator {
  return page.getByRole('main').getByRole('heading', { level: 2, name, exact: true });
}

/** The code an authenticator app shows for this secret, `offsetSeconds` from now. */
function totpCode(secret: string, offsetSeconds = 0): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: Date.now() + offsetSeconds * 1000,
  });
}

/** The header's link to « Mon compte » (the desktop header's; the mobile menu holds a copy). */
function accountLink(page: Page): Locator {
  return page.locator('.fr-header__tools').getByRole('link', { name: /^Mon compte/ });
}

async function homeGreets(page: Page, displayName: string): Promise<void> {
  await waitForPath(page, '/');
  await expect.poll(() => h1(page)).toBe(`Bonjour ${displayName}`);
}

describe('sign-in security: second factors, sessions, ProConnect', () => {
  let admin: Session;
  let cdp: CDPSession;
  let authenticatorId = '';

  describe('an administrator enrols a passkey before any page', () => {
    it('is held on the enrolment step after the password, whatever address is typed', async () => {
      admin = await newSession();
      const { page } = admin;
      await submitLoginWithKeyboard(page, shots, ADMIN.email, DEMO_PASSWORD);
      await stepHeading(page, 'Protégez votre compte').waitFor();
      await expectFocused(stepHeading(page, 'Protégez votre compte'), 'the step’s heading');
      expect(pathOf(page)).toBe('/connexion');
      await expect(mainNavigation(page).count()).resolves.toBe(0);
      await checkPage(page, shots.next('admin-enrolement'));

      for (const address of ['/', '/admin', '/admin/utilisateurs']) {
        await page.goto(address);
        await waitForPath(page, '/connexion');
        await stepHeading(page, 'Protégez votre compte').waitFor();
        await expect(mainNavigation(page).count(), `no navigation at ${address}`).resolves.toBe(0);
        await expect(page.getByRole('table').count(), `nothing of ${address}`).resolves.toBe(0);
      }
      // No token either: the API refuses a call without one.
      const me = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: '{ me { user { id } } }' }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        return { data: body.data ?? null, code: body.errors?.[0]?.extensions?.code };
      });
      expect(me, 'GraphQL without a session').toEqual({ data: null, code: 'UNAUTHENTICATED' });
    });

    it('enrols a passkey with the virtual authenticator, notes the recovery codes, and reaches the app', async () => {
      const { page } = admin;
      cdp = await page.context().newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
        },
      }));

      await pressEnterOn(page, page.getByRole('button', { name: 'Créer une clé d’accès', exact: true }));
      const name = page.getByLabel('Nom de la clé d’accès (facultatif)');
      await expectFocused(name, 'the passkey’s name');
      await page.keyboard.type('Ordinateur du bureau');
      await checkPage(page, shots.next('admin-cle-nom'));
      await pressEnterOn(page, page.getByRole('button', { name: 'Créer la clé d’accès', exact: true }));

      const codes = page.getByRole('list', { name: 'Codes de secours' });
      await codes.waitFor();
      const listed = (await codes.getByRole('listitem').allInnerTexts()).map(plain);
      expect(listed.length, 'recovery codes shown once').toBe(10);
      for (const code of listed) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
      expect(pathOf(page), 'still on the sign-in page while the codes are shown').toBe('/connexion');
      await checkPage(page, shots.next('admin-codes-secours'));

      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      expect(credentials.length, 'one passkey on the authenticator').toBe(1);
      expect(credentials[0]!.isResidentCredential).toBe(true);

      await pressEnterOn(page, page.getByRole('button', { name: /^J’ai noté mes codes/ }));
      // Back to the address typed last (/admin/utilisateurs), now open.
      await waitForPath(page, '/admin/utilisateurs');
      await expect.poll(() => h1(page)).toBe('Utilisateurs');
      await expect(mainNavigation(page).count()).resolves.toBe(1);
      await checkPage(page, shots.next('admin-utilisateurs'));
    });

    it('signs out, then in again with the passkey', async () => {
      const { page } = admin;
      await signOutWithKeyboard(page, shots);
      await submitLoginWithKeyboard(page, shots, ADMIN.email, DEMO_PASSWORD);
      await stepHeading(page, 'Vérification en deux étapes').waitFor();
      await expect(page.getByRole('button', { name: 'Utiliser une clé d’accès' }).count()).resolves.toBe(1);
      // No authenticator app set up: no code field, but the recovery codes.
      await expect(page.getByLabel('Code de votre application d’authentification').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Utiliser un code de secours' }).count()).resolves.toBe(1);
      await checkPage(page, shots.next('admin-deuxieme-etape'));

      await pressEnterOn(page, page.getByRole('button', { name: 'Utiliser une clé d’accès' }));
      await homeGreets(page, ADMIN.displayName);
      await checkPage(page, shots.next('admin-accueil'));
      expect(admin.errors).toEqual([]);
    });
  });

  describe('a referent sets up an authenticator app on « Mon compte »', () => {
    let referent: Session;
    let secret = '';

    it('opens « Mon compte » from the header and sets up the app from its secret', async () => {
      referent = await newSession();
      const { page } = referent;
      await signInWithKeyboard(page, shots, REFERENT);
      await pressEnterOn(page, accountLink(page));
      await waitForPath(page, '/compte');
      await expect.poll(() => h1(page)).toBe('Mon compte');
      await page.getByRole('heading', { level: 2, name: 'Vérification en deux étapes' }).waitFor();
      await checkPage(page, shots.next('referent-mon-compte'));

      await pressEnterOn(page, page.getByRole('button', { name: 'Configurer une application d’authentification' }));
      const qr = page.getByRole('img', { name: /^QR code à scanner/ });
      await qr.waitFor();
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
      secret = plain(await page.locator('.totp-enrolment code').innerText()).replace(/\s+/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await checkPage(page, shots.next('referent-application-qr'));

      await typeInto(page, page.getByLabel('Code à 6 chiffres'), totpCode(secret));
      await page.keyboard.press('Enter');
      const codes = page.getByRole('list', { name: 'Codes de secours' });
      await codes.waitFor();
      await expect(codes.getByRole('listitem').count()).resolves.toBe(10);
      await checkPage(page, shots.next('referent-codes-secours'));
      await pressEnterOn(page, page.getByRole('button', { name: 'J’ai noté mes codes', exact: true }));
      await expect.poll(() => codes.count()).toBe(0);
      await expect
        .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()))
        .toBe("Application d'authentification activée.");
      expect(plain(await page.getByRole('main').innerText())).toContain(
        'Il vous reste 10 codes de secours inutilisés.',
      );
      await checkPage(page, shots.next('referent-application-activee'));
    });

    it('signs out, then in with a code of the app (a wrong code refused first)', async () => {
      const { page } = referent;
      await signOutWithKeyboard(page, shots);
      await submitLoginWithKeyboard(page, shots, REFERENT.email, DEMO_PASSWORD);
      await stepHeading(page, 'Vérification en deux étapes').waitFor();
      const field = page.getByLabel('Code de votre application d’authentification');
      await expectFocused(field, 'the code field (no passkey to offer first)');
      await page.keyboard.type('000000');
      await page.keyboard.press('Enter');
      await expect.poll(async () => field.getAttribute('aria-invalid')).toBe('true');
      await checkPage(page, shots.next('referent-code-refuse'));

      // The next step's code: the enrolment used this step's, which is not taken twice.
      await typeInto(page, field, totpCode(secret, 30));
      await page.keyboard.press('Enter');
      await homeGreets(page, REFERENT.displayName);
      await checkPage(page, shots.next('referent-accueil'));
      expect(referent.errors).toEqual([]);
    });
  });

  describe('« Mes sessions »: the viewer closes another browser’s session', () => {
    let first: Session;
    let second: Session;
    const newPassword = 'une phrase de passe toute neuve';

    it('sees both sessions, this one marked, and closes the other: its next call is refused', async () => {
      first = await newSession();
      second = await newSession();
      await signInWithKeyboard(second.page, shots, VIEWER);
      await signInWithKeyboard(first.page, shots, VIEWER);
      const { page } = first;
      await pressEnterOn(page, accountLink(page));
      await waitForPath(page, '/compte');
      await pressEnterOn(page, page.getByRole('link', { name: /^Mes sessions/ }));
      await waitForPath(page, '/compte/sessions');
      const table = page.getByRole('table', { name: 'Vos sessions ouvertes' });
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
      const badge = page.getByText('Cette session', { exact: true });
      const current = table.locator('tbody tr', { has: badge });
      await expect(current.count()).resolves.toBe(1);
      const other = table.locator('tbody tr').filter({ hasNot: badge });
      const otherText = plain(await other.innerText());
      expect(otherText).toMatch(/Chrome/i);
      expect(otherText).toContain('Réseau');
      await checkPage(page, shots.next('lecteur-sessions'));

      await pressEnterOn(page, other.getByRole('button', { name: /^Fermer/ }));
      const confirm = other.getByRole('button', { name: 'Fermer la session', exact: true });
      await expectFocused(confirm, 'the confirmation');
      await checkPage(page, shots.next('lecteur-fermer-session'));
      await page.keyboard.press('Enter');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
      await expect
        .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()))
        .toMatch(/^Session « .+ » fermée\.$/);
      await checkPage(page, shots.next('lecteur-session-fermee'));

      // The other browser's next call (the directory's list) is refused: back to /connexion.
      await navigateWithKeyboard(second.page, 'Annuaire', /^\/(annuaire|connexion)$/);
      await waitForPath(second.page, '/connexion');
      await expect
        .poll(() => second.page.getByRole('status').filter({ hasText: 'Votre session a expiré' }).count())
        .toBe(1);
      await checkPage(second.page, shots.next('lecteur-autre-session-refusee'));
    });

    it('changing the password ends the other session too', async () => {
      await submitLoginWithKeyboard(second.page, shots, VIEWER.email, DEMO_PASSWORD);
      await homeGreets(second.page, VIEWER.displayName);

      const { page } = first;
      await pressEnterOn(page, accountLink(page));
      await waitForPath(page, '/compte');
      const form = page.getByRole('form', { name: 'Mot de passe' });
      await expect
        .poll(async () => plain(await page.getByRole('region', { name: 'Mot de passe' }).innerText()))
        .toContain('ferme toutes vos autres sessions');
      await typeInto(page, form.getByLabel('Mot de passe actuel', { exact: true }), DEMO_PASSWORD);
      await typeInto(page, form.getByLabel('Nouveau mot de passe', { exact: true }), newPassword);
      await typeInto(page, form.getByLabel('Confirmation du nouveau mot de passe', { exact: true }), newPassword);
      await pressEnterOn(page, form.getByRole('button', { name: 'Changer le mot de passe' }));
      await expect
        .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()))
        .toContain('Mot de passe changé. Vos autres sessions sont fermées');
      await checkPage(page, shots.next('lecteur-mot-de-passe-change'));

      await navigateWithKeyboard(second.page, 'Annuaire', /^\/(annuaire|connexion)$/);
      await waitForPath(second.page, '/connexion');
      // This one goes on.
      await pressEnterOn(page, page.getByRole('link', { name: /^Mes sessions/ }));
      await waitForPath(page, '/compte/sessions');
      await expect
        .poll(() => page.getByRole('table', { name: 'Vos sessions ouvertes' }).locator('tbody tr').count())
        .toBe(1);
      expect(first.errors).toEqual([]);
      expect(second.errors).toEqual([]);
    });
  });

  describe('ProConnect', () => {
    let newcomer: Session;

    /** Where the browser stands: at the provider, or back at the app past /connexion (or refused there). */
    const atProvider = (url: URL) => url.origin === new URL(provider!.issuer).origin;
    const refused = (url: URL) =>
      url.origin === baseUrl && url.pathname === '/connexion' && url.searchParams.has('erreur');

    /**
     * From /connexion, « S’identifier avec ProConnect », the provider's form if it asks (its session may
     * still be open): until the browser is where `arrived` says.
     */
    async function proconnectSignIn(page: Page, login: string, arrived: (url: URL) => boolean): Promise<void> {
      await page.goto('about:blank');
      await page.goto('/connexion');
      const button = page.getByRole('link', { name: /S’identifier avec\s*ProConnect/ });
      await button.waitFor();
      await pressEnterOn(page, button);
      await page.waitForURL((url) => atProvider(url) || arrived(url));
      if (atProvider(new URL(page.url()))) {
        const field = page.getByLabel('Adresse électronique');
        await field.waitFor();
        await field.fill(login);
        await page.getByLabel('Mot de passe').fill('mot-de-passe-de-test');
        await page.getByRole('button', { name: 'Se connecter' }).click();
      }
      await page.waitForURL(arrived);
    }

    /** « Se déconnecter » of a ProConnect session: through the provider's end-session page, back to /connexion. */
    async function signOutThroughProvider(page: Page): Promise<void> {
      const viaProvider = page.waitForRequest((request) => request.url().startsWith(`${provider!.issuer}/`));
      // The page the provider sends back to (a document loaded, not the app's own move to /connexion).
      const back = page.waitForResponse(
        (response) => response.request().isNavigationRequest() && appPath('/connexion')(new URL(response.url())),
      );
      await pressEnterOn(page, page.getByRole('button', { name: 'Se déconnecter' }));
      const endSession = new URL((await viaProvider).url());
      expect(endSession.searchParams.get('id_token_hint'), 'the end-session request names the ID token').toBeTruthy();
      await back;
      await page.waitForLoadState('load');
      await loginFields(page).email.waitFor();
    }

    const appPath = (pathname: string) => (url: URL) => url.origin === baseUrl && url.pathname === pathname;

    it('shows ProConnect’s button on the sign-in page', async () => {
      newcomer = await newSession();
      const { page } = newcomer;
      await page.goto('/connexion');
      await page.getByRole('link', { name: /S’identifier avec\s*ProConnect/ }).waitFor();
      await expect(page.getByRole('link', { name: /Qu’est-ce que ProConnect/ }).count()).resolves.toBe(1);
      await checkPage(page, shots.next('connexion-proconnect'));
    });

    it('someone unknown signs in with ProConnect: an access request, no access', async () => {
      const { page } = newcomer;
      await proconnectSignIn(page, NEWCOMER.login, appPath('/connexion/demande-envoyee'));
      await expect.poll(() => h1(page)).toBe(plain('Demande d’accès envoyée'));
      await checkPage(page, shots.next('proconnect-demande-envoyee'));
      await page.goto('/');
      await waitForPath(page, '/connexion');
      await loginFields(page).email.waitFor();
    });

    it('the admin accepts the request with an organisation and a role', async () => {
      const { page } = admin;
      await page.goto('/admin/demandes-acces');
      await expect.poll(() => h1(page)).toBe(plain('Demandes d’accès'));
      const table = page.getByRole('table', { name: 'Demandes en attente' });
      const row = table.locator('tbody tr', { hasText: NEWCOMER.email });
      await expect.poll(() => row.count()).toBe(1);
      const text = plain(await row.innerText());
      expect(text).toContain(NEWCOMER.displayName);
      expect(text).toContain('130 000 000 00017');
      await checkPage(page, shots.next('admin-demandes-acces'));

      await pressEnterOn(page, row.getByRole('button', { name: /^Examiner/ }));
      const panel = page.getByRole('region', { name: `Demande de ${NEWCOMER.displayName}` });
      await expectFocused(panel.getByRole('heading', { level: 2 }), 'the request’s heading');
      const accept = panel.getByRole('form', { name: `Accepter la demande de ${NEWCOMER.displayName}` });
      // Nothing chosen: refused at the fields.
      await pressEnterOn(page, accept.getByRole('button', { name: 'Accepter et créer le compte' }));
      await expect.poll(() => accept.getByRole('alert').count()).toBeGreaterThan(0);
      const organisation = accept.getByLabel('Organisation', { exact: true });
      await expect.poll(() => organisation.locator('option', { hasText: NEWCOMER.organisation }).count()).toBe(1);
      await organisation.selectOption({ label: NEWCOMER.organisation });
      const role = accept.getByRole('group', { name: 'Rôles' }).getByRole('checkbox', { name: 'Lecteur', exact: true });
      await tabTo(page, role);
      await page.keyboard.press('Space');
      await checkPage(page, shots.next('admin-demande-examinee'));
      await pressEnterOn(page, accept.getByRole('button', { name: 'Accepter et créer le compte' }));
      await expect
        .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()))
        .toContain(`Demande de ${NEWCOMER.displayName} acceptée`);
      await expect.poll(() => row.count()).toBe(0);
      await checkPage(page, shots.next('admin-demande-acceptee'));
    });

    it('the newcomer signs in with ProConnect again and works; signs out through the provider', async () => {
      const { page } = newcomer;
      await proconnectSignIn(page, NEWCOMER.login, appPath('/'));
      await homeGreets(page, NEWCOMER.displayName);
      await checkPage(page, shots.next('proconnect-accueil'));
      await navigateWithKeyboard(page, 'Annuaire', '/annuaire');
      await expect.poll(() => h1(page)).toBe('Annuaire des organisations');

      // Signing out ends ProConnect's session too: the provider sends the browser back to /connexion.
      await signOutThroughProvider(page);
      await settle(page);
      await page.goto('/');
      await waitForPath(page, '/connexion');
      await loginFields(page).email.waitFor();
    });

    /**
     * Pauses the page's requests whose URL matches `urlPattern` (DevTools protocol, Fetch domain: unlike
     * page.route, it sees the requests a redirect makes, as the provider's redirect to the callback is),
     * each handed to `onPaused`. Returns the function that stops.
     */
    async function pauseRequests(
      page: Page,
      urlPattern: string,
      onPaused: (cdp: CDPSession, requestId: string, url: string) => Promise<void>,
    ): Promise<() => Promise<void>> {
      const fetchSession = await page.context().newCDPSession(page);
      fetchSession.on('Fetch.requestPaused', (event) => {
        void onPaused(fetchSession, event.requestId, event.request.url).catch(() => undefined);
      });
      await fetchSession.send('Fetch.enable', { patterns: [{ urlPattern, requestStage: 'Request' }] });
      return async () => {
        await fetchSession.send('Fetch.disable').catch(() => undefined);
        await fetchSession.detach().catch(() => undefined);
      };
    }

    /**
     * Holds the provider's redirect to the app's callback: the browser stops on a page of the test's, and
     * the test gets the callback URL (code and state) to play as it likes.
     */
    async function callbackUrlOf(page: Page): Promise<string> {
      let captured = '';
      const stop = await pauseRequests(page, '*/api/auth/proconnect/callback*', async (cdp, requestId, url) => {
        captured = url;
        await cdp.send('Fetch.fulfillRequest', {
          requestId,
          responseCode: 200,
          responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
          body: Buffer.from(
            '<!DOCTYPE html><html lang="fr"><title>Retenu</title><main><h1>Retenu</h1></main></html>',
          ).toString('base64'),
        });
      });
      try {
        await proconnectSignIn(page, NEWCOMER.login, appPath('/api/auth/proconnect/callback'));
        await expect.poll(() => captured).not.toBe('');
      } finally {
        await stop();
      }
      return captured;
    }

    async function expectRefusedOnSignInPage(page: Page, shot: string): Promise<void> {
      await waitForPath(page, '/connexion');
      expect(new URL(page.url()).searchParams.get('erreur'), 'the reason in the address').toBeTruthy();
      const alert = page.getByRole('main').getByRole('alert');
      await expect.poll(async () => plain(await alert.first().innerText())).toMatch(/ProConnect/);
      await loginFields(page).email.waitFor();
      await expect(mainNavigation(page).count()).resolves.toBe(0);
      await checkPage(page, shots.next(shot));
    }

    it('refuses a tampered state', async () => {
      const { page } = await newSession();
      const callback = new URL(await callbackUrlOf(page));
      const state = callback.searchParams.get('state')!;
      callback.searchParams.set('state', `${state.slice(0, -4)}AAAA`);
      await page.goto(callback.toString());
      await expectRefusedOnSignInPage(page, 'proconnect-state-altere');
    });

    it('refuses a callback URL played again', async () => {
      const session = await newSession();
      const { page } = session;
      const callback = await callbackUrlOf(page);
      await page.goto(callback);
      await homeGreets(page, NEWCOMER.displayName);
      // Signed out (through the provider), the same browser plays the same callback URL again.
      await signOutThroughProvider(page);
      await page.goto(callback);
      await expectRefusedOnSignInPage(page, 'proconnect-rejeu');
    });

    it('refuses an ID token whose nonce is not the one sent', async () => {
      const { page } = await newSession();
      // The authorization request leaves with another nonce: the provider signs that one into the ID token.
      const stop = await pauseRequests(page, `${provider!.issuer}/auth?*`, async (cdp, requestId, url) => {
        const request = new URL(url);
        const nonce = request.searchParams.get('nonce');
        if (nonce) request.searchParams.set('nonce', `autre-${nonce}`);
        await cdp.send('Fetch.continueRequest', { requestId, ...(nonce ? { url: request.toString() } : {}) });
      });
      try {
        await proconnectSignIn(page, NEWCOMER.login, refused);
      } finally {
        await stop();
      }
      await expectRefusedOnSignInPage(page, 'proconnect-nonce-faux');
      for (const session of sessions.slice(-3)) expect(session.errors).toEqual([]);
      expect(newcomer.errors).toEqual([]);
    });

    it('a first ProConnect sign-in with an account’s e-mail is confirmed once, by the password', async () => {
      const counsellor = DEMO_USERS.counsellor;
      provider!.accounts[counsellor.email] = {
        email: counsellor.email,
        given_name: 'Claire',
        usual_name: 'Conseillère',
        siret: '13000000000025',
      };
      const session = await newSession();
      const { page } = session;
      await proconnectSignIn(page, counsellor.email, appPath('/connexion/proconnect'));
      const heading = stepHeading(page, 'Rattacher votre compte ProConnect');
      await heading.waitFor();
      await expectFocused(heading, 'the step’s heading');
      expect(plain(await page.getByRole('main').innerText())).toContain(counsellor.email);
      await checkPage(page, shots.next('proconnect-rattachement'));

      const password = page.getByLabel('Mot de passe de votre compte Maillage');
      await typeInto(page, password, 'pas-le-bon-mot-de-passe');
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: 'La confirmation a échoué' }).waitFor();
      await checkPage(page, shots.next('proconnect-rattachement-refuse'));
      await typeInto(page, password, DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await homeGreets(page, counsellor.displayName);

      // Linked: the next ProConnect sign-in goes straight in.
      await signOutThroughProvider(page);
      await proconnectSignIn(page, counsellor.email, appPath('/'));
      await homeGreets(page, counsellor.displayName);
      await checkPage(page, shots.next('proconnect-rattache-accueil'));
      expect(session.errors).toEqual([]);
    });

    it('the admin’s audit log keeps each refusal', async () => {
      const { page } = admin;
      await page.goto('/');
      await homeGreets(page, ADMIN.displayName);
      const table = await openAuditLog(page);
      await filterAuditLog(page, { action: 'Retour de ProConnect (connexion acceptée ou refusée)' });
      const refusals = async () =>
        (await auditRows(table)).filter((row) => row.action.endsWith('auth.proconnect') && /refus/i.test(row.outcome))
          .length;
      await expect.poll(refusals).toBe(3);
      await settle(page);
      await checkPage(page, shots.next('admin-journal-proconnect'));
      expect(admin.errors).toEqual([]);
    });
  });
});
