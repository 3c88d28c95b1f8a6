import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { secondFactor } from '@maillage/shared';

/**
 * TOTP codes (RFC 6238) as every authenticator app reads them: SHA-1, 6 digits, 30 s. A code is
 * accepted one step either side of now (clocks drift, typing takes time), and each step once only: the
 * step of the last code accepted is kept (user_totp.last_used_step) and no step up to it is taken again.
 */
export const TOTP_ISSUER = 'Maillage';
const ALGORITHM = 'SHA1';
const WINDOW = 1;
const SECRET_BYTES = 20;

const settings = { algorithm: ALGORITHM, digits: secondFactor.TOTP_DIGITS, period: secondFactor.TOTP_PERIOD_SECONDS };

/** A new shared secret, base32 as apps take it typed in. */
export const newTotpSecret = (): string => new Secret({ size: SECRET_BYTES }).base32;

/** The otpauth:// URI an app reads from the QR code: issuer Maillage, the account's e-mail as label. */
export function totpUri(secret: string, account: string): string {
  return new TOTP({ issuer: TOTP_ISSUER, label: account, secret: Secret.fromBase32(secret), ...settings }).toString();
}

/** The URI's QR code, as an SVG data URL an <img> shows. */
export async function totpQrCode(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** The time step a moment falls in. */
export const totpStep = (now: number = Date.now()): number =>
  TOTP.counter({ period: secondFactor.TOTP_PERIOD_SECONDS, timestamp: now });

/** The code of a step (tests, and the app's journeys: what an authenticator shows). */
export function totpCode(secret: string, now: number = Date.now()): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: now, ...settings });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/**
 * Checks a 6-digit code against the secret, at `now`, after the step last accepted (null: none yet).
 * Accepted: the step it belongs to, to be stored as the new last step.
 */
export function checkTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  now: number = Date.now(),
): TotpCheck {
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'wrong' };
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    timestamp: now,
    window: WINDOW,
    ...settings,
  });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = totpStep(now) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}
