import { describe, expect, it } from 'vitest';
import { searchKey } from './text.js';

describe('searchKey', () => {
  it.each([
    ['Lycée Jacques-Cœur', 'lycee jacques coeur'],
    ['ÆSOPE', 'aesope'],
    ['  ÉLODIE   du  Pré ', 'elodie du pre'],
    ["L'Hôpital", 'l hopital'],
  ])('%s → %s', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it('makes accented and plain spellings equal', () => {
    expect(searchKey('Hélène')).toBe(searchKey('HELENE'));
  });
});
