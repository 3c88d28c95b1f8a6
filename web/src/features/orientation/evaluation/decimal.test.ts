import { describe, expect, it } from 'vitest';
import { decimalText, parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it('reads a number typed the French way', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal(' 1 200 ')).toBe(1200);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('0.25')).toBe(0.25);
  });
  it('answers null for an empty field and NaN for text that is not a number', () => {
    expect(parseDecimal('  ')).toBeNull();
    expect(parseDecimal('douze')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
    expect(parseDecimal('12 %')).toBeNaN();
  });
  it('writes a number back with a comma', () => {
    expect(decimalText(12.5)).toBe('12,5');
    expect(decimalText(null)).toBe('');
  });
});
