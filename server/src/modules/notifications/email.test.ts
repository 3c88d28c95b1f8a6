import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '@maillage/shared';
import { appLink, composeDigestEmail, composeNotificationEmail, escapeHtml, notificationSentence } from './email.js';

const APP_URL = 'https://maillage.example';

describe('the sentence of each kind', () => {
  it('says how many, of what, for which organisation', () => {
    expect(notificationSentence('CASES_ASSIGNED', 25, 'Mission locale de Bourges')).toBe(
      '25 dossiers ont été attribués à Mission locale de Bourges.',
    );
    expect(notificationSentence('CASES_ASSIGNED', 1, 'Mission locale de Bourges')).toBe(
      'Un dossier a été attribué à Mission locale de Bourges.',
    );
    expect(notificationSentence('CLAS_TO_COMPLETE', 2, 'Association Coup de Pouce')).toBe(
      '2 projets CLAS d’Association Coup de Pouce sont à compléter.',
    );
    expect(notificationSentence('SIGNAL_RECEIVED', 3, null)).toBe('3 signalements ont été reçus par votre plateforme.');
  });

  it.each(NOTIFICATION_KINDS)('%s has a French sentence, singular and plural, naming the organisation', (kind) => {
    for (const count of [1, 7]) {
      const sentence = notificationSentence(kind, count, 'CIO de Vierzon');
      expect(sentence).toMatch(/^[A-ZÀ-ÖØ-Þ0-9].*\.$/);
      if (count > 1) expect(sentence).toContain('7');
      if (kind !== 'SECURITY_PASSWORD_CHANGED') expect(sentence).toContain('CIO de Vierzon');
      // Without an organisation the sentence still reads.
      expect(notificationSentence(kind, count, null)).not.toMatch(/null|undefined/);
    }
  });

  it('refuses an unknown kind and a count below one', () => {
    expect(() => notificationSentence('NOPE' as never, 1, null)).toThrow(/unknown notification kind/);
    expect(() => notificationSentence('CASES_ASSIGNED', 0, null)).toThrow();
    expect(() => notificationSentence('CASES_ASSIGNED', 1.5, null)).toThrow();
  });
});

describe('composeNotificationEmail', () => {
  it.each(NOTIFICATION_KINDS)('%s: a French subject, an accessible HTML part, a text part, the link', (kind) => {
    const email = composeNotificationEmail({
      kind,
      count: 4,
      organisationName: 'Mission locale de Bourges',
      link: '/psad/dossiers?organisation=1',
      appUrl: APP_URL,
    });
    expect(email.subject).toMatch(/^Maillage : \p{Ll}/u);
    expect(email.text).toContain(notificationSentence(kind, 4, 'Mission locale de Bourges'));
    expect(email.text).toContain('https://maillage.example/psad/dossiers?organisation=1');
    expect(email.html).toMatch(/^<!DOCTYPE html>\n<html lang="fr"/);
    expect(email.html).toContain(`<title>${escapeHtml(email.subject)}</title>`);
    expect(email.html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(email.html).toContain('<a href="https://maillage.example/psad/dossiers?organisation=1"');
    expect(email.html).toContain('<a href="https://maillage.example/"');
    expect(email.html).not.toMatch(/<img/);
    expect(email.headers).toEqual({ 'Auto-Submitted': 'auto-generated' });
  });

  it('escapes what it is given into the HTML part', () => {
    const email = composeNotificationEmail({
      kind: 'TRANSFER_PROPOSED',
      count: 1,
      organisationName: 'PSAD <script>alert("x")</script> & Cie',
      link: '/transferts?a=1&b="2"',
      appUrl: APP_URL,
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('PSAD &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie');
    expect(email.html).toContain('href="https://maillage.example/transferts?a=1&amp;b=%222%22"');
    // A line break in a name cannot forge lines of the text part.
    const text = composeNotificationEmail({
      kind: 'CASES_ASSIGNED',
      count: 2,
      organisationName: 'CIO\r\nBcc: x@y',
      link: '/suivis',
      appUrl: APP_URL,
    }).text;
    expect(text).toContain('2 dossiers ont été attribués à CIO Bcc: x@y.');
  });

  it('links only into the app', () => {
    const compose = (link: string, appUrl = APP_URL) =>
      composeNotificationEmail({ kind: 'CASES_ASSIGNED', count: 1, organisationName: null, link, appUrl });
    for (const link of ['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', '/\\evil.example']) {
      expect(() => compose(link), link).toThrow(/into the app/);
    }
    expect(compose('https://maillage.example/suivis').text).toContain('https://maillage.example/suivis');
    // APP_URL with a path: links are under it.
    expect(appLink('https://gouv.example/maillage', '/suivis/1')).toBe('https://gouv.example/maillage/suivis/1');
    expect(() => appLink('https://gouv.example/maillage', 'https://gouv.example/autre')).toThrow(/into the app/);
  });
});

describe('composeDigestEmail', () => {
  const digest = composeDigestEmail({
    items: [
      { kind: 'CASES_ASSIGNED', count: 25, organisationName: 'Mission locale de Bourges', link: '/suivis' },
      { kind: 'PARCOURS_DOCUMENT_SHARED', count: 1, organisationName: 'CCAS de Bourges', link: '/parcours' },
    ],
    appUrl: APP_URL,
    preferencesUrl: '/notifications/preferences',
  });

  it('lists every item with its link, and says how to change the preferences', () => {
    expect(digest.subject).toBe('Maillage : votre récapitulatif (26 nouveautés)');
    expect(digest.text).toContain(
      '- 25 dossiers ont été attribués à Mission locale de Bourges.\n  https://maillage.example/suivis',
    );
    expect(digest.text).toContain('Un document a été partagé avec vous par CCAS de Bourges.');
    expect(digest.text).toContain('préférences de notification');
    expect(digest.text).toContain('https://maillage.example/notifications/preferences');
    expect(digest.html).toContain(
      '<a href="https://maillage.example/suivis" style="color:#000091;text-decoration:underline;">25 dossiers ont été attribués à Mission locale de Bourges.</a>',
    );
    expect(digest.html).toMatch(/<h1[^>]*>Votre récapitulatif Maillage<\/h1>/);
    expect(digest.html).toMatch(/<ul[^>]*>\n<li/);
    expect(digest.html).toContain('gérer mes préférences de notification</a>');
  });

  it('carries List-Unsubscribe pointing at the preferences page', () => {
    expect(digest.headers).toEqual({
      'Auto-Submitted': 'auto-generated',
      'List-Unsubscribe': '<https://maillage.example/notifications/preferences>',
    });
  });

  it('refuses an empty digest', () => {
    expect(() => composeDigestEmail({ items: [], appUrl: APP_URL, preferencesUrl: '/p' })).toThrow();
  });
});
