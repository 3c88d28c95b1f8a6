import { z } from 'zod';

/**
 * Second factors (issue 21): the inputs of the sign-in and account routes, shared by the server and the
 * web app's forms. TOTP codes are RFC 6238's, as authenticator apps show them; recovery codes are
 * Maillage's own, made of a readable alphabet (no 0/o, 1/l/i) and shown as `xxxx-xxxx-xx`.
 */

export const SECOND_FACTORS = ['TOTP', 'PASSKEY', 'RECOVERY_CODE'] as const;
export type SecondFactor = (typeof SECOND_FACTORS)[number];

export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;

/** The characters of a recovery code: lower-case letters and digits that cannot be read one for another. */
export const RECOVERY_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_LENGTH = 10;
export const RECOVERY_CODE_COUNT = 10;

/** A recovery code as typed (spaces, dashes, upper case) brought to its stored form, or null when it cannot be one. */
export function normaliseRecoveryCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]+/g, '');
  if (code.length !== RECOVERY_CODE_LENGTH) return null;
  for (const c of code) if (!RECOVERY_CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** `abcdefghjk` → `abcd-efgh-jk`, as the user is shown it. */
export const formatRecoveryCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;

export const totpCodeInput = z.object({
  code: z
    .string({ message: 'code requis' })
    .max(40, 'un code à 6 chiffres')
    .transform((s) => s.replace(/[\s-]+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'un code à 6 chiffres')),
});
export type TotpCodeInput = z.infer<typeof totpCodeInput>;

export const recoveryCodeInput = z.object({
  code: z
    .string({ message: 'code requis' })
    .max(40, 'un code de secours de 10 caractères (xxxx-xxxx-xx)')
    .refine((s) => normaliseRecoveryCode(s) !== null, 'un code de secours de 10 caractères (xxxx-xxxx-xx)')
    .transform((s) => normaliseRecoveryCode(s)!),
});
export type RecoveryCodeInput = z.infer<typeof recoveryCodeInput>;

/** Base64url, as WebAuthn's JSON carries bytes; bounded. */
const base64url = (max: number) =>
  z
    .string({ message: 'requis' })
    .max(max, 'trop long')
    .regex(/^[A-Za-z0-9_-]*={0,2}$/, 'du base64url attendu');

const TRANSPORTS = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'] as const;

const credentialCommon = {
  id: base64url(1024).min(1, 'requis'),
  rawId: base64url(1024).min(1, 'requis'),
  type: z.literal('public-key', { message: 'public-key attendu' }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
};

/** What the browser's navigator.credentials.create() gives, as @simplewebauthn/browser serialises it. */
export const passkeyRegistrationResponse = z.object({
  ...credentialCommon,
  response: z.object({
    clientDataJSON: base64url(8192).min(1, 'requis'),
    attestationObject: base64url(65536).min(1, 'requis'),
    authenticatorData: base64url(65536).optional(),
    transports: z.array(z.enum(TRANSPORTS)).max(TRANSPORTS.length).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(8192).optional(),
  }),
});

/** What navigator.credentials.get() gives, as @simplewebauthn/browser serialises it. */
export const passkeyAuthenticationResponse = z.object({
  ...credentialCommon,
  response: z.object({
    clientDataJSON: base64url(8192).min(1, 'requis'),
    authenticatorData: base64url(65536).min(1, 'requis'),
    signature: base64url(1024).min(1, 'requis'),
    userHandle: base64url(1024).optional(),
  }),
});

export const passkeyName = z
  .string()
  .trim()
  .min(1, 'nom requis')
  .max(60, 'au plus 60 caractères')
  .refine((s) => !/\p{Cc}/u.test(s), 'sans caractère de contrôle');

export const passkeyRegistrationInput = z.object({
  response: passkeyRegistrationResponse,
  name: passkeyName.optional(),
});
export type PasskeyRegistrationInput = z.infer<typeof passkeyRegistrationInput>;

export const passkeyAuthenticationInput = z.object({ response: passkeyAuthenticationResponse });
export type PasskeyAuthenticationInput = z.infer<typeof passkeyAuthenticationInput>;
