/**
 * What each background queue does, in French, for « Tâches de fond ». A queue added later without a
 * label here is shown by its name (queueLabel).
 */
export const QUEUE_LABELS: Readonly<Record<string, string>> = {
  'notification-fanout': 'Distribution des notifications',
  'notification-emails': 'Courriels de notification (préparation)',
  'email-delivery': 'Envoi des courriels',
  'notification-digest': 'Récapitulatif quotidien par courriel',
  'referent-reminders': 'Rappels quotidiens aux référents',
  'clas-bilan-due': 'Avis de bilan CLAS à remettre',
  'audit-retention': 'Purge du journal d’audit',
  'orphan-document-sweep': 'Nettoyage des documents orphelins',
  'read-budget-purge': 'Purge des compteurs de consultation',
  'change-feed-purge': 'Fil des changements (API) : purge des changements trop anciens',
  'sign-in-sweep': 'Connexion : purge des connexions inachevées et des sessions terminées',
  'bilan-figures': 'Chiffres des bilans PSAD pour les bilans régionaux',
  'work-plan-reminders': 'Rappels des actions du plan de travail (orientation)',
  'webhook-fanout': 'Webhooks : choix des destinataires de chaque événement',
  'webhook-delivery': 'Webhooks : envoi signé aux systèmes abonnés',
  'webhook-retry': 'Webhooks : nouvelles tentatives des envois en échec',
};

export function queueLabel(name: string): string {
  return QUEUE_LABELS[name] ?? name;
}

/**
 * A schedule in French, short, for the schedules the app uses (« chaque jour, 7 h 00 », « chaque
 * heure, h 15 »); another is shown as its cron expression. Times are Europe/Paris's.
 */
export function scheduleLabel(cron: string): string {
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron);
  if (daily) return `chaque jour, ${daily[2]} h ${daily[1]!.padStart(2, '0')}`;
  const hourly = /^(\d{1,2}) \* \* \* \*$/.exec(cron);
  if (hourly) return `chaque heure, h ${hourly[1]!.padStart(2, '0')}`;
  if (cron === '* * * * *') return 'chaque minute';
  const everyMinutes = /^\*\/(\d{1,2}) \* \* \* \*$/.exec(cron);
  if (everyMinutes) return `toutes les ${everyMinutes[1]} minutes`;
  return cron;
}
