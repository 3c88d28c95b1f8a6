/**
 * Dates as the documents and names write them, in French: an instant on the clocks of France
 * (Europe/Paris, whatever the server's zone), a calendar day (yyyy-mm-dd) as it is.
 */
const SHORT = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' });
const LONG = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' });
const LONG_TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });

/** « 06/12/2026 », or « 6 décembre 2026 » (long), or with the time (« 6 décembre 2026 à 15:04 »). */
export function frenchDate(instant: Date, style: 'short' | 'long' | 'longWithTime' = 'short'): string {
  return (style === 'short' ? SHORT : style === 'long' ? LONG : LONG_TIME).format(instant).replace(/^1 /, '1er ');
}

/** A calendar day: noon UTC falls on the same day in France whatever the season. */
export function frenchDay(day: string, style: 'short' | 'long' = 'short'): string {
  return frenchDate(new Date(`${day}T12:00:00Z`), style);
}
