import { describe, expect, it } from 'vitest';
import { pageCountOf, pageRequest } from './usePagedList';

describe('worklist pages by number', () => {
  it('asks for page 1 plainly, a page after one already read by cursor, a page jumped to by offset', () => {
    const cursors = new Map([[2, 'fin-page-1']]);
    expect(pageRequest(1, 25, cursors)).toEqual({ first: 25, after: null, offset: null });
    expect(pageRequest(2, 25, cursors)).toEqual({ first: 25, after: 'fin-page-1', offset: null });
    expect(pageRequest(12, 25, cursors)).toEqual({ first: 25, after: null, offset: 275 });
    expect(pageRequest(12, 100, new Map())).toEqual({ first: 100, after: null, offset: 1100 });
  });

  it('counts the pages, one at least', () => {
    expect(pageCountOf(0, 25)).toBe(1);
    expect(pageCountOf(25, 25)).toBe(1);
    expect(pageCountOf(26, 25)).toBe(2);
    expect(pageCountOf(416, 25)).toBe(17);
    expect(pageCountOf(416, 100)).toBe(5);
  });
});
