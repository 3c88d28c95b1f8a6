import { describe, expect, it } from 'vitest';
import { secondFactor } from '@maillage/shared';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';

describe('recovery codes', () => {
  it('makes 10 distinct codes xxxx-xxxx-xx from the readable alphabet, with their sha256', () => {
    const { shown, hashes } = newRecoveryCodes();
    expect(shown).toHaveLength(10);
    expect(new Set(shown).size).toBe(10);
    for (const code of shown) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{2}$/);
    expect(hashes).toEqual(shown.map((c) => hashRecoveryCode(secondFactor.normaliseRecoveryCode(c)!)));
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a code however it is typed: spaces, dashes, capitals', () => {
    expect(secondFactor.normaliseRecoveryCode('ABCD-EFGH-JK')).toBe('abcdefghjk');
    expect(secondFactor.normaliseRecoveryCode(' abcd efgh jk ')).toBe('abcdefghjk');
    expect(secondFactor.normaliseRecoveryCode('abcdefghjk')).toBe('abcdefghjk');
  });

  it.each(['abcd-efgh-j', 'abcd-efgh-jkm', 'abcd-efgh-j1', 'abcd-efgh-j0', 'abcd-efgh-jl', ''])(
    'refuses %j',
    (typed) => {
      expect(secondFactor.normaliseRecoveryCode(typed)).toBeNull();
    },
  );

  it('the input schema names the field and why', () => {
    const r = secondFactor.recoveryCodeInput.safeParse({ code: 'pas-un-code' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['code'], message: expect.stringMatching(/10 caractères/) });
    expect(secondFactor.recoveryCodeInput.parse({ code: 'ABCD-EFGH-JK' })).toEqual({ code: 'abcdefghjk' });
  });

  it('uses every letter of the alphabet (uniform draw)', () => {
    const seen = new Set(newRecoveryCodes(200).shown.join('').replaceAll('-', ''));
    expect([...seen].sort().join('')).toBe([...secondFactor.RECOVERY_CODE_ALPHABET].sort().join(''));
  });
});
