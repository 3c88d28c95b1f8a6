import { NOTIFICATION_KIND_INFO, notificationSentence, type NotificationKind } from '@maillage/shared';

export { notificationSentence };

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
  /** The organisation concerned (shared's notificationSentence says which one each kind names); null: none. */
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

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The text of HTML: `& < > " '` escaped, for element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
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

export interface GuestInvitationInput {
  method: 'REQUEST' | 'CANCEL';
  /** A new invitation, or a change of one already sent. */
  update: boolean;
  /** « Comité technique : Comité technique de décembre ». */
  meeting: string;
  /** The date and time in words, Europe/Paris. */
  when: string;
  where: string;
  /** The platform that convenes it. */
  convener: string;
  appUrl: string;
}

/**
 * The invitation of a guest without an account: what the meeting is, when and where, who convenes
 * it; the calendar file goes with it. Nothing about a person is ever in a meeting's invitation.
 */
export function composeGuestInvitationEmail(input: GuestInvitationInput): ComposedEmail {
  const appUrl = appLink(input.appUrl, '/');
  const heading =
    input.method === 'CANCEL'
      ? 'Réunion annulée'
      : input.update
        ? 'Réunion modifiée'
        : `Invitation de ${input.convener}`;
  const subject = `${heading} : ${input.meeting}, ${input.when}`;
  const lines = [
    input.method === 'CANCEL'
      ? `La réunion « ${input.meeting} » prévue ${input.when} est annulée.`
      : `${input.convener} vous invite à la réunion « ${input.meeting} ».`,
    ...(input.method === 'CANCEL' ? [] : [`Quand : ${input.when}`, `Où : ${input.where}`]),
    'L’invitation jointe s’ajoute à votre agenda (Outlook, Thunderbird…).',
  ];
  const text = [heading, '', ...lines, '', '-- ', FOOTER_TEXT, appUrl, ''].join('\n');
  const html = htmlDocument(subject, heading, lines.map((l) => p(escapeHtml(l))).join('\n'), footer(appUrl));
  return { subject, text, html, headers: { ...BASE_HEADERS } };
}
