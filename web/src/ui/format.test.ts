import { describe, expect, it } from 'vitest';
import { formatDateTime, formatIsoDate, parseFrenchDate } from './format';

describe('French dates typed and shown', () => {
  it.each([
    ['05/12/2026', '2026-12-05'],
    ['5/1/2027', '2027-01-05'],
    [' 29-02-2028 ', '2028-02-29'],
    ['31.12.2026', '2026-12-31'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseFrenchDate(text)).toBe(iso);
  });

  it.each(['29/02/2027', '31/04/2026', '00/01/2026', '12/13/2026', '2026-12-05', '5/12/26', '', 'demain'])(
    'refuses %s',
    (text) => {
      expect(parseFrenchDate(text)).toBeNull();
    },
  );

  it('shows a calendar day as jj/mm/aaaa and round-trips it', () => {
    expect(formatIsoDate('2026-03-09')).toBe('09/03/2026');
    expect(parseFrenchDate(formatIsoDate('2026-03-09'))).toBe('2026-03-09');
    expect(formatIsoDate('')).toBe('');
  });

  it('shows an instant in Europe/Paris on a 24-hour clock, summer and winter', () => {
    expect(formatDateTime('2026-07-14T20:05:00Z')).toBe('14/07/2026 22:05');
    expect(formatDateTime('2026-12-05T23:30:00Z')).toBe('06/12/2026 00:30');
    expect(formatDateTime(null)).toBe('—');
  });
});
