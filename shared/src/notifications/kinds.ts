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
  'SECURITY_PASSWORD_CHANGED',
  'SECURITY_API_KEY',
  'SECURITY_ACCOUNT_LOCKED',
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
}

export const NOTIFICATION_KIND_INFO: Record<NotificationKind, NotificationKindInfo> = {
  CASES_ASSIGNED: {
    label: 'Dossiers attribués à votre organisation',
    audience: 'Conseillers de l’organisation partenaire',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  TRANSFER_PROPOSED: {
    label: 'Transfert de dossier proposé à votre plateforme',
    audience: 'Référents de la plateforme qui reçoit',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  TRANSFER_ANSWERED: {
    label: 'Réponse à un transfert que vous avez proposé',
    audience: 'Référent qui a proposé le transfert',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  SIGNAL_RECEIVED: {
    label: 'Signalement reçu par votre plateforme',
    audience: 'Référents de la plateforme',
    defaultMode: 'DIGEST',
    security: false,
  },
  REFERENT_REMINDERS: {
    label: 'Rappels quotidiens du suivi (dossiers sans contact, mineurs sans solution, transferts en attente)',
    audience: 'Référents de plateforme',
    defaultMode: 'DIGEST',
    security: false,
  },
  CLAS_PROJECT_SUBMITTED: {
    label: 'Projet CLAS déposé dans votre département',
    audience: 'Agents CAF du département',
    defaultMode: 'DIGEST',
    security: false,
  },
  CLAS_DECISION: {
    label: 'Décision de la CAF sur votre projet CLAS',
    audience: 'Porteur du projet',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  CLAS_TO_COMPLETE: {
    label: 'Projet CLAS à compléter',
    audience: 'Porteur du projet',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  CLAS_BILAN_DUE: {
    label: 'Bilan CLAS à remettre',
    audience: 'Porteur du projet',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  PARCOURS_REFERENCE_PROPOSED: {
    label: 'Référence de parcours proposée',
    audience: 'Intervenants de la personne accompagnée',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  PARCOURS_SYNTHESE_AGREEMENT: {
    label: 'Accord demandé pour une synthèse',
    audience: 'Participants de la synthèse',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  PARCOURS_DOCUMENT_SHARED: {
    label: 'Document partagé avec vous',
    audience: 'Intervenants avec qui le document est partagé',
    defaultMode: 'DIGEST',
    security: false,
  },
  PARCOURS_CONSENT_WITHDRAWN: {
    label: 'Consentement retiré',
    audience: 'Intervenants concernés par le consentement',
    defaultMode: 'IMMEDIATE',
    security: false,
  },
  SECURITY_PASSWORD_CHANGED: {
    label: 'Mot de passe modifié',
    audience: 'Vous',
    defaultMode: 'IMMEDIATE',
    security: true,
  },
  SECURITY_API_KEY: {
    label: 'Clé d’API créée ou révoquée',
    audience: 'Titulaire du compte de service',
    defaultMode: 'IMMEDIATE',
    security: true,
  },
  SECURITY_ACCOUNT_LOCKED: {
    label: 'Compte verrouillé après des échecs de connexion',
    audience: 'Vous, et les administrateurs',
    defaultMode: 'IMMEDIATE',
    security: true,
  },
};

/** The mode that applies: a security notice is always immediate; otherwise the user's choice or the default. */
export function effectiveMode(kind: NotificationKind, chosen: NotificationMode | null | undefined): NotificationMode {
  const info = NOTIFICATION_KIND_INFO[kind];
  if (info.security) return 'IMMEDIATE';
  return chosen ?? info.defaultMode;
}

/** « 1 dossier », « 25 dossiers ». */
function counted(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/**
 * The notice in one French sentence, the same in the app and in e-mails: what happened, how many,
 * for which organisation. Never a person's name: nothing here could carry one.
 */
export function notificationSentence(kind: NotificationKind, count: number, organisationName: string | null): string {
  const org = organisationName ? ` (${organisationName})` : '';
  const to = organisationName ? ` à ${organisationName}` : ' à votre organisation';
  switch (kind) {
    case 'CASES_ASSIGNED':
      return count > 1
        ? `${counted(count, 'dossier', 'dossiers')} ont été attribués${to}.`
        : `Un dossier a été attribué${to}.`;
    case 'TRANSFER_PROPOSED':
      return `Un transfert de dossier est proposé à votre plateforme${org}.`;
    case 'TRANSFER_ANSWERED':
      return `Le transfert de dossier que vous avez proposé a reçu une réponse${org}.`;
    case 'SIGNAL_RECEIVED':
      return `Un signalement a été reçu par votre plateforme${org}.`;
    case 'REFERENT_REMINDERS':
      return `Des dossiers de votre plateforme${org} attendent une action : ${counted(count, 'point', 'points')} à voir.`;
    case 'CLAS_PROJECT_SUBMITTED':
      return `Un projet CLAS a été déposé${organisationName ? ` par ${organisationName}` : ''}.`;
    case 'CLAS_DECISION':
      return `La CAF a rendu sa décision sur votre projet CLAS${org}.`;
    case 'CLAS_TO_COMPLETE':
      return `La CAF demande de compléter votre projet CLAS${org}.`;
    case 'CLAS_BILAN_DUE':
      return `Le bilan de votre projet CLAS${org} est à remettre.`;
    case 'PARCOURS_REFERENCE_PROPOSED':
      return `Une référence de parcours est proposée pour une personne que vous accompagnez.`;
    case 'PARCOURS_SYNTHESE_AGREEMENT':
      return `Votre accord est demandé pour une synthèse.`;
    case 'PARCOURS_DOCUMENT_SHARED':
      return `Un document a été partagé avec vous.`;
    case 'PARCOURS_CONSENT_WITHDRAWN':
      return `Un consentement qui vous concernait a été retiré.`;
    case 'SECURITY_PASSWORD_CHANGED':
      return `Le mot de passe de votre compte a été modifié.`;
    case 'SECURITY_API_KEY':
      return `Une clé d’API de votre compte a été créée ou révoquée.`;
    case 'SECURITY_ACCOUNT_LOCKED':
      return `Un compte a été verrouillé après des échecs de connexion répétés.`;
  }
}
