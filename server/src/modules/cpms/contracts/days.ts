/** Today in Brussels (the CPMS's clock), yyyy-mm-dd. */
export const brusselsDay = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
