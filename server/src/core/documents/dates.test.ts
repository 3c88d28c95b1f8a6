import { describe, expect, it } from 'vitest';
import { frenchDate, frenchDay } from './dates.js';

describe('dates in documents', () => {
  it('writes an instant on the clocks of France, whatever the server’s zone', () => {
    // 23:30 UTC on 5 December is already the 6th in Paris (UTC+1); 22:30 UTC on 30 June is 1 July (UTC+2).
    expect(frenchDate(new Date('2026-12-05T23:30:00Z'))).toBe('06/12/2026');
    expect(frenchDate(new Date('2026-06-30T22:30:00Z'), 'long')).toBe('1er juillet 2026');
    expect(frenchDate(new Date('2026-12-06T14:05:00Z'), 'longWithTime')).toBe('6 décembre 2026 à 15:05');
  });

  it('writes a calendar day as it is, the first of the month as an ordinal', () => {
    expect(frenchDay('2026-09-01', 'long')).toBe('1er septembre 2026');
    expect(frenchDay('2027-08-31', 'long')).toBe('31 août 2027');
    expect(frenchDay('2026-03-29')).toBe('29/03/2026');
  });
});
