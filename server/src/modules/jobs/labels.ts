/**
 * What each background queue does, in French, for « Tâches de fond ». A queue added later without a
 * label here is shown by its name (queueLabel).
 */
export const QUEUE_LABELS: Readonly<Record<string, string>> = {
  'notification-fanout': 'Distribution des notifications',
  'notification-emails': 'Courriels de notification',
  'audit-retention': 'Purge du journal d’audit',
  'orphan-document-sweep': 'Nettoyage des documents orphelins',
  'read-budget-purge': 'Purge des compteurs de consultation',
};

export function queueLabel(name: string): string {
  return QUEUE_LABELS[name] ?? name;
}
