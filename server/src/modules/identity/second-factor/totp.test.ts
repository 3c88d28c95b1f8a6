import { Secret, TOTP, URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, totpCode, totpQrCode, totpStep, totpUri } from './totp.js';

const T0 = Date.UTC(2026, 11, 8, 9, 0, 10);

describe('TOTP', () => {
  it('makes a 160-bit base32 secret and an otpauth URI apps read (SHA1, 6 digits, 30 s)', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'admin@demo.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Maillage:admin@demo.test');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: 'Maillage',
      secret,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('draws the URI as an SVG data URL', async () => {
    const url = await totpQrCode(totpUri(newTotpSecret(), 'a@demo.test'));
    expect(url).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(url.split(',')[1]!, 'base64').toString()).toContain('<svg');
  });

  it('computes the codes of RFC 6238 (appendix B, SHA-1)', () => {
    const secret = Secret.fromUTF8('12345678901234567890').base32;
    expect(totpCode(secret, 59_000)).toBe('287082');
    expect(totpCode(secret, 1_111_111_109_000)).toBe('081804');
  });

  it('accepts the code of now and of one step either side, refuses two steps away and a wrong code', () => {
    const secret = newTotpSecret();
    const step = totpStep(T0);
    expect(checkTotp(secret, totpCode(secret, T0), null, T0)).toEqual({ ok: true, step });
    expect(checkTotp(secret, totpCode(secret, T0 - 30_000), null, T0)).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp(secret, totpCode(secret, T0 + 30_000), null, T0)).toEqual({ ok: true, step: step + 1 });
    expect(checkTotp(secret, totpCode(secret, T0 - 60_000), null, T0)).toEqual({ ok: false, reason: 'wrong' });
    expect(checkTotp(secret, totpCode(secret, T0 + 60_000), null, T0)).toEqual({ ok: false, reason: 'wrong' });
    const wrong = String((Number(totpCode(secret, T0)) + 1) % 1_000_000).padStart(6, '0');
    expect(checkTotp(secret, wrong, null, T0).ok).toBe(false);
    expect(checkTotp(secret, 'abcdef', null, T0)).toEqual({ ok: false, reason: 'wrong' });
    // Another secret's code is not this one's.
    expect(checkTotp(newTotpSecret(), totpCode(secret, T0), null, T0).ok).toBe(false);
  });

  it('never takes a step twice, nor a step before the last one taken', () => {
    const secret = newTotpSecret();
    const first = checkTotp(secret, totpCode(secret, T0), null, T0);
    expect(first.ok).toBe(true);
    const last = (first as { step: number }).step;
    // The same code again, even a few seconds later within its step or the next one: replayed.
    expect(checkTotp(secret, totpCode(secret, T0), last, T0 + 5_000)).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(secret, totpCode(secret, T0), last, T0 + 30_000)).toEqual({ ok: false, reason: 'replayed' });
    // The previous step's code, still inside the window: older than the last taken, refused.
    expect(checkTotp(secret, totpCode(secret, T0 - 30_000), last, T0)).toEqual({ ok: false, reason: 'replayed' });
    // The next step's code: accepted.
    expect(checkTotp(secret, totpCode(secret, T0 + 30_000), last, T0 + 30_000)).toEqual({ ok: true, step: last + 1 });
  });

  it('agrees with an authenticator app built from the URI', () => {
    const secret = newTotpSecret();
    const app = URI.parse(totpUri(secret, 'admin@demo.test'));
    expect(app).toBeInstanceOf(TOTP);
    const code = app.generate({ timestamp: T0 });
    expect(checkTotp(secret, code, null, T0)).toEqual({ ok: true, step: totpStep(T0) });
  });
});
