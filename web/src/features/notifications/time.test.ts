import { describe, expect, it } from 'vitest';
import { relativeTime } from './time';

describe('relativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it.each([
    ['2026-03-10T11:59:40Z', 'à l’instant'],
    ['2026-03-10T11:55:00Z', 'il y a 5 min'],
    ['2026-03-10T09:00:00Z', 'il y a 3 h'],
    ['2026-03-08T09:05:00Z', 'le 08/03/2026 10:05'],
  ])('%s → %s', (iso, expected) => {
    expect(relativeTime(iso, now)).toBe(expected);
  });
});
