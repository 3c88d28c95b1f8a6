import { NOTIFICATION_KIND_INFO, NOTIFICATION_KINDS, type NotificationKind } from '@maillage/shared';

/**
 * The e-mails of notifications, in French: HTML (accessible: lang, title, headings, real links, dark
 * text on white) and plain text, always with the link into the app. They say what kind of thing
 * happened, for which organisation, and how many: never a young person's nor an accompanied person's
 * name nor anything of their situation. These functions take no such input: the reader signs in to
 * read the rest.
 */
export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
  /** Extra headers (Auto-Submitted; List-Unsubscribe on digests). */
  headers: Record<string, string>;
}

export interface NotificationEmailInput {
  kind: NotificationKind;
  /** How many objects the event counts (25 cases assigned at once); at least 1. */
  count: number;
  /** The organisation concerned (see SENTENCES for which one each kind names); null: none. */
  organisationName: string | null;
  /** The app's path to the object (`/psad/…`), or an absolute URL on APP_URL. */
  link: string;
  /** APP_URL. */
  appUrl: string;
}

export interface DigestItem {
  kind: NotificationKind;
  count: number;
  organisationName: string | null;
  link: string;
}

export interface DigestEmailInput {
  items: readonly DigestItem[];
  appUrl: string;
  /** The page where the user chooses what they receive (a path or an absolute URL on APP_URL). */
  preferencesUrl: string;
}

const APP_NAME = 'Maillage';

/** French elision before a vowel: « de Mission locale », « d’Association … ». */
const de = (name: string) => (/^[aeiouyàâäéèêëîïôöûüœæ]/i.test(name) ? `d’${name}` : `de ${name}`);

type Sentence = (n: number, org: string | null) => string;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * One sentence per kind: what happened, how many, and the organisation it names. The organisation is,
 * by kind: the partner organisation the cases were assigned to (CASES_ASSIGNED); the receiving
 * platform's (TRANSFER_PROPOSED); the platform that answered (TRANSFER_ANSWERED); the platform that
 * received the signals or whose follow-up the reminders are about (SIGNAL_RECEIVED, REFERENT_REMINDERS);
 * the project holder (CLAS_*); the organisation of the social worker who acted (PARCOURS_*); the
 * account's organisation (SECURITY_*), optional.
 */
const SENTENCES: Record<NotificationKind, Sentence> = {
  CASES_ASSIGNED: (n, org) =>
    plural(
      n,
      `Un dossier a été attribué à ${org ?? 'votre organisation'}.`,
      `${n} dossiers ont été attribués à ${org ?? 'votre organisation'}.`,
    ),
  TRANSFER_PROPOSED: (n, org) =>
    plural(
      n,
      `Un transfert de dossier a été proposé à ${org ?? 'votre plateforme'}.`,
      `${n} transferts de dossier ont été proposés à ${org ?? 'votre plateforme'}.`,
    ),
  TRANSFER_ANSWERED: (n, org) =>
    plural(
      n,
      `${org ?? 'La plateforme destinataire'} a répondu à un transfert de dossier que vous avez proposé.`,
      `${org ?? 'La plateforme destinataire'} a répondu à ${n} transferts de dossier que vous avez proposés.`,
    ),
  SIGNAL_RECEIVED: (n, org) =>
    plural(
      n,
      `Un signalement a été reçu par ${org ?? 'votre plateforme'}.`,
      `${n} signalements ont été reçus par ${org ?? 'votre plateforme'}.`,
    ),
  REFERENT_REMINDERS: (n, org) =>
    plural(
      n,
      `Un rappel du suivi ${org ? de(org) : 'de votre plateforme'} vous attend (dossier sans contact, mineur sans solution ou transfert en attente).`,
      `${n} rappels du suivi ${org ? de(org) : 'de votre plateforme'} vous attendent (dossiers sans contact, mineurs sans solution ou transferts en attente).`,
    ),
  CLAS_PROJECT_SUBMITTED: (n, org) =>
    plural(
      n,
      `Un projet CLAS a été déposé par ${org ?? 'un porteur de projet'}.`,
      `${n} projets CLAS ont été déposés par ${org ?? 'des porteurs de projet'}.`,
    ),
  CLAS_DECISION: (n, org) =>
    plural(
      n,
      `La CAF a rendu sa décision sur un projet CLAS ${org ? de(org) : 'de votre organisation'}.`,
      `La CAF a rendu sa décision sur ${n} projets CLAS ${org ? de(org) : 'de votre organisation'}.`,
    ),
  CLAS_TO_COMPLETE: (n, org) =>
    plural(
      n,
      `Un projet CLAS ${org ? de(org) : 'de votre organisation'} est à compléter.`,
      `${n} projets CLAS ${org ? de(org) : 'de votre organisation'} sont à compléter.`,
    ),
  CLAS_BILAN_DUE: (n, org) =>
    plural(
      n,
      `Le bilan d’un projet CLAS ${org ? de(org) : 'de votre organisation'} est à remettre.`,
      `Les bilans de ${n} projets CLAS ${org ? de(org) : 'de votre organisation'} sont à remettre.`,
    ),
  PARCOURS_REFERENCE_PROPOSED: (n, org) =>
    plural(
      n,
      `Une référence de parcours vous a été proposée${org ? ` par ${org}` : ''}.`,
      `${n} références de parcours vous ont été proposées${org ? ` par ${org}` : ''}.`,
    ),
  PARCOURS_SYNTHESE_AGREEMENT: (n, org) =>
    plural(
      n,
      `Votre accord est demandé pour une synthèse${org ? ` organisée par ${org}` : ''}.`,
      `Votre accord est demandé pour ${n} synthèses${org ? ` organisées par ${org}` : ''}.`,
    ),
  PARCOURS_DOCUMENT_SHARED: (n, org) =>
    plural(
      n,
      `Un document a été partagé avec vous${org ? ` par ${org}` : ''}.`,
      `${n} documents ont été partagés avec vous${org ? ` par ${org}` : ''}.`,
    ),
  PARCOURS_CONSENT_WITHDRAWN: (n, org) =>
    plural(
      n,
      `Un consentement a été retiré dans un accompagnement${org ? ` suivi par ${org}` : ' auquel vous participez'}.`,
      `${n} consentements ont été retirés dans des accompagnements${org ? ` suivis par ${org}` : ' auxquels vous participez'}.`,
    ),
  SECURITY_PASSWORD_CHANGED: (n) =>
    `Le mot de passe de votre compte Maillage a été modifié${n === 1 ? '' : ` (${n} fois)`}. Si vous n’êtes pas à l’origine de ce changement, prévenez sans attendre un administrateur.`,
  SECURITY_API_KEY: (n, org) =>
    plural(
      n,
      `Une clé d’API a été créée ou révoquée sur un compte de service${org ? ` ${de(org)}` : ''}.`,
      `${n} clés d’API ont été créées ou révoquées sur un compte de service${org ? ` ${de(org)}` : ''}.`,
    ) + ' Si ce changement n’était pas prévu, prévenez sans attendre un administrateur.',
  SECURITY_ACCOUNT_LOCKED: (n, org) =>
    plural(
      n,
      `Un compte${org ? ` ${de(org)}` : ''} a été verrouillé après des échecs de connexion répétés.`,
      `${n} comptes${org ? ` ${de(org)}` : ''} ont été verrouillés après des échecs de connexion répétés.`,
    ),
};

/** The text of HTML: `& < > " '` escaped, for element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** An organisation's name as a sentence holds it: one line, no control characters, trimmed. */
function cleanName(name: string | null): string | null {
  const cleaned = name
    ?.replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned ? cleaned : null;
}

/**
 * The absolute URL of a link into the app: a path under APP_URL, or an absolute URL on APP_URL's
 * origin. Anything else (another site, `//host`, `javascript:`) is refused: an e-mail of the app only
 * ever points into the app.
 */
export function appLink(appUrl: string, link: string): string {
  const base = new URL(appUrl.endsWith('/') ? appUrl : `${appUrl}/`);
  const isPath = link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\');
  const url = isPath ? new URL(`.${link}`, base) : URL.canParse(link) ? new URL(link) : null;
  if (!url || url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/?$/, '/'))) {
    throw new Error('an e-mail link must point into the app (a path, or a URL under APP_URL)');
  }
  return url.href;
}

/** The French sentence of one notice (« 25 dossiers ont été attribués à Mission locale de Bourges. »). */
export function notificationSentence(kind: NotificationKind, count: number, organisationName: string | null): string {
  const sentence = NOTIFICATION_KINDS.includes(kind) ? SENTENCES[kind] : undefined;
  if (!sentence) throw new Error(`unknown notification kind ${String(kind)}`);
  if (!Number.isInteger(count) || count < 1) throw new Error('a notification counts at least one object');
  return sentence(count, cleanName(organisationName));
}

const COLORS = { text: '#161616', muted: '#3a3a3a', link: '#000091', rule: '#dddddd', background: '#ffffff' };
const FONT = 'Marianne, Arial, Helvetica, sans-serif';

const FOOTER_TEXT =
  'Courriel automatique de Maillage : merci de ne pas y répondre. Il ne contient aucune donnée personnelle ; connectez-vous à Maillage pour lire le détail.';

/** The whole HTML document around a body: lang="fr", a title, one heading, the app's link at the foot. */
function htmlDocument(title: string, heading: string, bodyHtml: string, footerHtml: string): string {
  return `<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:${COLORS.background};color:${COLORS.text};font-family:${FONT};font-size:16px;line-height:1.5;">
<div role="article" aria-roledescription="courriel" aria-label="${escapeHtml(title)}" lang="fr" style="max-width:600px;margin:0 auto;padding:24px;">
<h1 style="margin:0 0 16px;font-size:24px;line-height:1.3;color:${COLORS.text};">${escapeHtml(heading)}</h1>
${bodyHtml}
<hr style="border:0;border-top:1px solid ${COLORS.rule};margin:32px 0 16px;">
<footer style="font-size:14px;color:${COLORS.muted};">
${footerHtml}
</footer>
</div>
</body>
</html>
`;
}

const linkStyle = `color:${COLORS.link};text-decoration:underline;`;
const a = (href: string, text: string) => `<a href="${escapeHtml(href)}" style="${linkStyle}">${escapeHtml(text)}</a>`;
const p = (html: string) => `<p style="margin:0 0 16px;">${html}</p>`;

function footer(appUrl: string, extraHtml = ''): string {
  return `${extraHtml}<p style="margin:0;">${escapeHtml(FOOTER_TEXT)} ${a(appUrl, appUrl)}</p>`;
}

const BASE_HEADERS = { 'Auto-Submitted': 'auto-generated' } as const;

/**
 * The e-mail of one notice (the « immédiatement » mode, and security notices): its subject is the
 * kind's label, its body the kind's sentence and the link to the object.
 */
export function composeNotificationEmail(input: NotificationEmailInput): ComposedEmail {
  const appUrl = appLink(input.appUrl, '/');
  const url = appLink(input.appUrl, input.link);
  const sentence = notificationSentence(input.kind, input.count, input.organisationName);
  const label = NOTIFICATION_KIND_INFO[input.kind].label;
  const subject = `${APP_NAME} : ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  const signIn = 'Connectez-vous à Maillage pour en lire le détail : ce courriel n’en contient aucun.';
  const text = [
    label,
    '',
    sentence,
    '',
    `Ouvrir dans Maillage : ${url}`,
    '',
    signIn,
    '',
    '-- ',
    `${FOOTER_TEXT}`,
    appUrl,
    '',
  ].join('\n');
  const html = htmlDocument(
    subject,
    label,
    [p(escapeHtml(sentence)), p(a(url, 'Ouvrir dans Maillage')), p(escapeHtml(signIn))].join('\n'),
    footer(appUrl),
  );
  return { subject, text, html, headers: { ...BASE_HEADERS } };
}

/**
 * The daily digest: one line per item (its sentence, linked to its object), how to change what one
 * receives, and a List-Unsubscribe header pointing at the preferences page.
 */
export function composeDigestEmail(input: DigestEmailInput): ComposedEmail {
  if (input.items.length === 0) throw new Error('a digest lists at least one notice');
  const appUrl = appLink(input.appUrl, '/');
  const preferencesUrl = appLink(input.appUrl, input.preferencesUrl);
  const lines = input.items.map((item) => ({
    sentence: notificationSentence(item.kind, item.count, item.organisationName),
    url: appLink(input.appUrl, item.link),
  }));
  const total = input.items.reduce((sum, item) => sum + item.count, 0);
  const heading = 'Votre récapitulatif Maillage';
  const subject = `${APP_NAME} : votre récapitulatif (${total} ${plural(total, 'nouveauté', 'nouveautés')})`;
  const intro = 'Voici ce qui vous concerne depuis votre dernier récapitulatif.';
  const preferences =
    'Vous recevez ce récapitulatif selon vos préférences de notification. Pour choisir ce que vous recevez par courriel, et quand :';
  const text = [
    heading,
    '',
    intro,
    '',
    ...lines.flatMap((line) => [`- ${line.sentence}`, `  ${line.url}`]),
    '',
    'Connectez-vous à Maillage pour en lire le détail : ce courriel n’en contient aucun.',
    '',
    `${preferences} ${preferencesUrl}`,
    '',
    '-- ',
    FOOTER_TEXT,
    appUrl,
    '',
  ].join('\n');
  const list = `<ul style="margin:0 0 16px;padding-left:24px;">\n${lines
    .map((line) => `<li style="margin:0 0 8px;">${a(line.url, line.sentence)}</li>`)
    .join('\n')}\n</ul>`;
  const html = htmlDocument(
    subject,
    heading,
    [
      p(escapeHtml(intro)),
      `<h2 style="margin:24px 0 8px;font-size:20px;color:${COLORS.text};">Nouveautés</h2>`,
      list,
      p(escapeHtml('Connectez-vous à Maillage pour en lire le détail : ce courriel n’en contient aucun.')),
    ].join('\n'),
    footer(
      appUrl,
      `<p style="margin:0 0 8px;">${escapeHtml(preferences)} ${a(preferencesUrl, 'gérer mes préférences de notification')}.</p>\n`,
    ),
  );
  return { subject, text, html, headers: { ...BASE_HEADERS, 'List-Unsubscribe': `<${preferencesUrl}>` } };
}
