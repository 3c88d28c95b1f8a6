import { describe, expect, it } from 'vitest';
import { createPlatformAction, platformActionValues, updatePlatformAction } from './tools.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const values = { kind: 'ATELIER', title: 'Atelier CV', heldOn: '2026-10-15' };

describe('a platform action counts at least the young people whose cases it links', () => {
  it.each([
    [0, [], true],
    [2, [A, B], true],
    [1, [A, A], true],
    [1, [A, B], false],
    [0, [A], false],
  ])('%i participants, cases %j: valid %s', (participants, caseIds, valid) => {
    expect(platformActionValues.safeParse({ ...values, participants, caseIds }).success).toBe(valid);
  });

  it('names the participants field, on creation and on change', () => {
    const created = createPlatformAction.safeParse({ platformId: A, ...values, participants: 1, caseIds: [A, B] });
    expect(created.error?.issues).toEqual([
      expect.objectContaining({
        path: ['participants'],
        message: 'au moins 2, le nombre de jeunes suivis liés à l’action',
      }),
    ]);
    const changed = updatePlatformAction.safeParse({ id: A, version: 1, ...values, participants: 0, caseIds: [B] });
    expect(changed.error?.issues.map((i) => i.path)).toEqual([['participants']]);
  });
});
