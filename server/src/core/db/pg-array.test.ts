import { describe, expect, it } from 'vitest';
import { textArrayOf } from './pg-array.js';

describe('a text or uuid array from a raw statement', () => {
  it('is read from an array or from its literal, empty when absent', () => {
    expect(textArrayOf(['a', 'b'])).toEqual(['a', 'b']);
    expect(textArrayOf('{3f1c2a54-0000-4000-8000-000000000001,PSYEN}')).toEqual([
      '3f1c2a54-0000-4000-8000-000000000001',
      'PSYEN',
    ]);
    expect(textArrayOf('{}')).toEqual([]);
    expect(textArrayOf(null)).toEqual([]);
    expect(textArrayOf(undefined)).toEqual([]);
  });
});
