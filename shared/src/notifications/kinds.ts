import type { Role } from '../identity/enums.js';

/**
 * What Maillage tells its users (issue 16): each kind, who it goes to (the server resolves the
 * recipients when it sends), its French label, and how it reaches them unless they choose otherwise.
 */
export const NOTIFICATION_KINDS = [
  'CASES_ASSIGNED',
  'TRANSFER_PROPOSED',
  'TRANSFER_ANSWERED',
  'SIGNAL_RECEIVED',
  'REFERENT_REMINDERS',
  'CLAS_PROJECT_SUBMITTED',
  'CLAS_DECISION',
  'CLAS_TO_COMPLETE',
  'CLAS_BILAN_DUE',
  'PARCOURS_REFERENCE_PROPOSED',
  'PARCOURS_SYNTHESE_AGREEMENT',
  'PARCOURS_DOCUMENT_SHARED',
  'PARCOURS_CONSENT_WITHDRAWN',
  'MEETING_INVITATION',
  'MEETING_UPDATED',
  'MEETING_CANCELLED',
  'WORK_PLAN_ACTION_DUE',
  'WORK_PLAN_ACTION_LATE',
  'ONCALL_SHIFT_SOON',
  'CPMS_CONTRACT_EVALUATION_DUE',
  'SECURITY_PASSWORD_CHANGED',
  'SECURITY_SECOND_FACTOR_CHANGED',
  'SECURITY_API_KEY',
  'SECURITY_ACCOUNT_LOCKED',
  'SECURITY_READ_BUDGET_EXCEEDED',
  'WEBHOOK_ENDPOINT_DISABLED',
  'ACCESS_REQUEST_RECEIVED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** IMMEDIATE: in the app and by e-mail now; DIGEST: in the app now, by e-mail in the daily digest; IN_APP: in the app only; OFF: nothing. */
export const NOTIFICATION_MODES = ['IMMEDIATE', 'DIGEST', 'IN_APP', 'OFF'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

export const NOTIFICATION_MODE_LABELS: Record<NotificationMode, string> = {
  IMMEDIATE: 'Dans l’application et par courriel immédiatement',
  DIGEST: 'Dans l’application, et par courriel dans le récapitulatif quotidien',
  IN_APP: 'Dans l’application seulement',
  OFF: 'Jamais',
};

export interface NotificationKindInfo {
  /** What the preferences page calls it. */
  label: string;
  /** Who receives it, as the preferences page explains it. */
  audience: string;
  defaultMode: NotificationMode;
  /** Security notices: sent immediately, whatever the preference (they cannot be turned off). */
  security: boolean;
  /** The roles that receive it (the preferences page offers it to them); null: everyone. */
  roles: readonly Role[] | null;
}

export const NOTIFICATION_KIND_INFO: Record<NotificationKind, NotificationKindInfo> = {
  CASES_ASSIGNED: {
    label: 'Dossiers attribués à votre organisation',
    audience: 'Conseillers de l’organisation partenaire',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['COUNSELLOR'],
  },
  TRANSFER_PROPOSED: {
    label: 'Transfert de dossier proposé à votre plateforme',
    audience: 'Référents de la plateforme qui reçoit',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['PSAD_REFERENT', 'COUNSELLOR'],
  },
  TRANSFER_ANSWERED: {
    label: 'Réponse à un transfert que vous avez proposé',
    audience: 'Référent qui a proposé le transfert',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['PSAD_REFERENT', 'COUNSELLOR'],
  },
  SIGNAL_RECEIVED: {
    label: 'Signalement reçu par votre plateforme',
    audience: 'Référents de la plateforme',
    defaultMode: 'DIGEST',
    security: false,
    roles: ['PSAD_REFERENT'],
  },
  REFERENT_REMINDERS: {
    label: 'Rappels quotidiens du suivi (dossiers sans contact, mineurs sans solution, transferts en attente)',
    audience: 'Référents de plateforme',
    defaultMode: 'DIGEST',
    security: false,
    roles: ['PSAD_REFERENT'],
  },
  CLAS_PROJECT_SUBMITTED: {
    label: 'Projet CLAS déposé dans votre département',
    audience: 'Agents CAF du département',
    defaultMode: 'DIGEST',
    security: false,
    roles: ['CAF_OFFICER'],
  },
  CLAS_DECISION: {
    label: 'Décision de la CAF sur votre projet CLAS',
    audience: 'Porteur du projet',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['CLAS_HOLDER'],
  },
  CLAS_TO_COMPLETE: {
    label: 'Projet CLAS à compléter',
    audience: 'Porteur du projet',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['CLAS_HOLDER'],
  },
  CLAS_BILAN_DUE: {
    label: 'Bilan CLAS à remettre',
    audience: 'Porteur du projet',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['CLAS_HOLDER'],
  },
  PARCOURS_REFERENCE_PROPOSED: {
    label: 'Référence de parcours proposée',
    audience: 'Intervenants de la personne accompagnée',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['SOCIAL_WORKER'],
  },
  PARCOURS_SYNTHESE_AGREEMENT: {
    label: 'Accord demandé pour une synthèse',
    audience: 'Participants de la synthèse',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['SOCIAL_WORKER'],
  },
  PARCOURS_DOCUMENT_SHARED: {
    label: 'Document partagé avec vous',
    audience: 'Intervenants avec qui le document est partagé',
    defaultMode: 'DIGEST',
    security: false,
    roles: ['SOCIAL_WORKER'],
  },
  PARCOURS_CONSENT_WITHDRAWN: {
    label: 'Consentement retiré',
    audience: 'Intervenants concernés par le consentement',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['SOCIAL_WORKER'],
  },
  MEETING_INVITATION: {
    label: 'Invitation à une réunion (comité technique, COPIL…), avec son invitation de calendrier',
    audience: 'Organisations et personnes invitées',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: null,
  },
  MEETING_UPDATED: {
    label: 'Réunion modifiée (date, lieu, ordre du jour), avec son invitation de calendrier mise à jour',
    audience: 'Organisations et personnes invitées',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: null,
  },
  MEETING_CANCELLED: {
    label: 'Réunion annulée, avec l’annulation pour votre calendrier',
    audience: 'Organisations et personnes invitées',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: null,
  },
  SECURITY_PASSWORD_CHANGED: {
    label: 'Mot de passe modifié',
    audience: 'Vous',
    defaultMode: 'IMMEDIATE',
    security: true,
    roles: null,
  },
  SECURITY_SECOND_FACTOR_CHANGED: {
    label: 'Second facteur de connexion ajouté, retiré ou renouvelé',
    audience: 'Vous',
    defaultMode: 'IMMEDIATE',
    security: true,
    roles: null,
  },
  SECURITY_API_KEY: {
    label: 'Clé d’API créée ou révoquée',
    audience: 'Titulaire du compte de service',
    defaultMode: 'IMMEDIATE',
    security: true,
    roles: ['SERVICE_ACCOUNT'],
  },
  WORK_PLAN_ACTION_DUE: {
    label: 'Action du plan de travail à échéance',
    audience: 'Personnes et rôles auxquels l’action est attribuée',
    defaultMode: 'DIGEST',
    security: false,
    roles: ['PSYEN', 'CIO_DIRECTOR', 'IEN_IO', 'SCHOOL_HEAD'],
  },
  WORK_PLAN_ACTION_LATE: {
    label: 'Action du plan de travail en retard',
    audience: 'Personnes et rôles auxquels l’action est attribuée',
    defaultMode: 'DIGEST',
    security: false,
    roles: ['PSYEN', 'CIO_DIRECTOR', 'IEN_IO', 'SCHOOL_HEAD'],
  },
  ONCALL_SHIFT_SOON: {
    label: 'Permanence d’astreinte à venir',
    audience: 'L’agent et le backup de la permanence',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['CPMS_AGENT', 'CPMS_DIRECTOR'],
  },
  CPMS_CONTRACT_EVALUATION_DUE: {
    label: 'Évaluation d’un contrat CPMS–école à préparer',
    audience:
      'Le directeur du centre et la direction de l’école, quelques semaines avant l’évaluation du plan de pilotage',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['CPMS_DIRECTOR', 'SCHOOL_HEAD'],
  },
  SECURITY_ACCOUNT_LOCKED: {
    label: 'Échecs de connexion répétés sur un compte',
    audience: 'Vous, et les administrateurs',
    defaultMode: 'IMMEDIATE',
    security: true,
    roles: null,
  },
  SECURITY_READ_BUDGET_EXCEEDED: {
    label: 'Limite horaire de personnes consultées dépassée',
    audience: 'Administrateurs',
    defaultMode: 'IMMEDIATE',
    security: true,
    roles: ['ADMIN'],
  },
  WEBHOOK_ENDPOINT_DISABLED: {
    label: 'Adresse de webhook désactivée après trois jours d’échecs',
    audience: 'Administrateurs',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['ADMIN'],
  },
  ACCESS_REQUEST_RECEIVED: {
    label: 'Demande d’accès par ProConnect à examiner',
    audience: 'Administrateurs de l’organisation dont le SIRET correspond (tous les administrateurs sinon)',
    defaultMode: 'IMMEDIATE',
    security: false,
    roles: ['ADMIN'],
  },
};

/** The mode that applies: a security notice is always immediate; otherwise the user's choice or the default. */
export function effectiveMode(kind: NotificationKind, chosen: NotificationMode | null | undefined): NotificationMode {
  const info = NOTIFICATION_KIND_INFO[kind];
  if (info.security) return 'IMMEDIATE';
  return chosen ?? info.defaultMode;
}

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
  MEETING_INVITATION: (n, org) =>
    plural(
      n,
      `Vous êtes invité à une réunion${org ? ` organisée par ${org}` : ''}.`,
      `Vous êtes invité à ${n} réunions${org ? ` organisées par ${org}` : ''}.`,
    ),
  MEETING_UPDATED: (n, org) =>
    plural(
      n,
      `Une réunion${org ? ` organisée par ${org}` : ''} a été modifiée.`,
      `${n} réunions${org ? ` organisées par ${org}` : ''} ont été modifiées.`,
    ),
  MEETING_CANCELLED: (n, org) =>
    plural(
      n,
      `Une réunion${org ? ` organisée par ${org}` : ''} a été annulée.`,
      `${n} réunions${org ? ` organisées par ${org}` : ''} ont été annulées.`,
    ),
  WORK_PLAN_ACTION_DUE: (n, org) =>
    plural(
      n,
      `Une action du plan de travail ${org ? `(${org})` : 'de votre CIO'} qui vous est attribuée arrive à échéance à la fin du mois.`,
      `${n} actions du plan de travail ${org ? `(${org})` : 'de votre CIO'} qui vous sont attribuées arrivent à échéance à la fin du mois.`,
    ),
  WORK_PLAN_ACTION_LATE: (n, org) =>
    plural(
      n,
      `Une action du plan de travail ${org ? `(${org})` : 'de votre CIO'} qui vous est attribuée est en retard : son mois d’échéance est passé.`,
      `${n} actions du plan de travail ${org ? `(${org})` : 'de votre CIO'} qui vous sont attribuées sont en retard.`,
    ),
  ONCALL_SHIFT_SOON: (n, org) =>
    plural(
      n,
      `Vous êtes d’astreinte${org ? ` (${org})` : ''} dans les prochaines heures : consultez le planning.`,
      `Vous avez ${n} permanences d’astreinte${org ? ` (${org})` : ''} dans les prochaines heures : consultez le planning.`,
    ),
  CPMS_CONTRACT_EVALUATION_DUE: (n, org) =>
    plural(
      n,
      `Le plan de pilotage ${org ? `de ${org} ` : ''}sera bientôt évalué : l’évaluation de son contrat CPMS–école est à préparer.`,
      `${n} contrats CPMS–école ${org ? `(${org}) ` : ''}arrivent à évaluation avec leur plan de pilotage.`,
    ),
  SECURITY_PASSWORD_CHANGED: (n) =>
    `Le mot de passe de votre compte Maillage a été modifié${n === 1 ? '' : ` (${n} fois)`}. Si vous n’êtes pas à l’origine de ce changement, prévenez sans attendre un administrateur.`,
  SECURITY_SECOND_FACTOR_CHANGED: (n, org) =>
    plural(
      n,
      `Un second facteur de connexion de votre compte Maillage${org ? ` (${org})` : ''} a été ajouté, retiré ou renouvelé`,
      `Les seconds facteurs de connexion de votre compte Maillage${org ? ` (${org})` : ''} ont été modifiés ${n} fois`,
    ) +
    ' (application d’authentification, clé d’accès ou codes de secours). Si vous n’êtes pas à l’origine de ce changement, prévenez sans attendre un administrateur.',
  SECURITY_API_KEY: (n, org) =>
    plural(
      n,
      `Une clé d’API a été créée ou révoquée sur un compte de service${org ? ` ${de(org)}` : ''}.`,
      `${n} clés d’API ont été créées ou révoquées sur un compte de service${org ? ` ${de(org)}` : ''}.`,
    ) + ' Si ce changement n’était pas prévu, prévenez sans attendre un administrateur.',
  SECURITY_ACCOUNT_LOCKED: (n, org) =>
    plural(
      n,
      `Des échecs de connexion répétés visent un compte${org ? ` ${de(org)}` : ''} : ses tentatives sont ralenties.`,
      `Des échecs de connexion répétés visent ${n} comptes${org ? ` ${de(org)}` : ''} : leurs tentatives sont ralenties.`,
    ),
  SECURITY_READ_BUDGET_EXCEEDED: (n, org) =>
    plural(
      n,
      `Un utilisateur${org ? ` ${de(org)}` : ''} a dépassé la limite horaire de personnes consultées : ses listes sont refusées pour l’heure.`,
      `${n} utilisateurs${org ? ` ${de(org)}` : ''} ont dépassé la limite horaire de personnes consultées : leurs listes sont refusées pour l’heure.`,
    ),
  WEBHOOK_ENDPOINT_DISABLED: (n, org) =>
    plural(
      n,
      `Une adresse de webhook d’un compte de service${org ? ` ${de(org)}` : ''} a été désactivée : ses envois échouaient depuis trois jours. Vérifiez-la, puis réactivez-la.`,
      `${n} adresses de webhook de comptes de service${org ? ` ${de(org)}` : ''} ont été désactivées : leurs envois échouaient depuis trois jours. Vérifiez-les, puis réactivez-les.`,
    ),
  ACCESS_REQUEST_RECEIVED: (n, org) =>
    plural(
      n,
      `Une demande d’accès à Maillage par ProConnect${org ? ` pour ${org}` : ''} attend votre décision.`,
      `${n} demandes d’accès à Maillage par ProConnect${org ? ` pour ${org}` : ''} attendent votre décision.`,
    ),
};

/** An organisation's name as a sentence holds it: one line, no control characters, trimmed. */
function cleanName(name: string | null): string | null {
  const cleaned = name
    ?.replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned ? cleaned : null;
}

/**
 * The French sentence of one notice, the same in the app and in e-mails: what happened, how many, for
 * which organisation. Never a person's name: nothing here could carry one.
 * (« 25 dossiers ont été attribués à Mission locale de Bourges. ») (« 25 dossiers ont été attribués à Mission locale de Bourges. »). */
export function notificationSentence(kind: NotificationKind, count: number, organisationName: string | null): string {
  const sentence = NOTIFICATION_KINDS.includes(kind) ? SENTENCES[kind] : undefined;
  if (!sentence) throw new Error(`unknown notification kind ${String(kind)}`);
  if (!Number.isInteger(count) || count < 1) throw new Error('a notification counts at least one object');
  return sentence(count, cleanName(organisationName));
}

/** The kinds a user with these roles may receive (what their preferences page offers). */
export function kindsFor(roles: ReadonlySet<Role>): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => {
    const wanted = NOTIFICATION_KIND_INFO[kind].roles;
    return wanted === null || wanted.some((role) => roles.has(role));
  });
}
