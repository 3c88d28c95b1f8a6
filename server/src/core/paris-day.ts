/**
 * Today in Europe/Paris, as yyyy-mm-dd: the day users mean when they say "today" (a session not in the
 * future, a key's last day, the day an entry of a liste d'accompagnement begins on).
 */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
