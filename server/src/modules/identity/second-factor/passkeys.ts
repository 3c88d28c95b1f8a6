import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Config } from '../../../core/config.js';
import { AppError } from '../../../core/errors.js';

/**
 * Passkeys (WebAuthn level 2) through @simplewebauthn/server: the relying party is APP_URL's host (or
 * WEBAUTHN_RP_ID), the origin APP_URL's. No attestation is asked (`none`): Maillage trusts the key the
 * user registers while signed in, not the make of their authenticator. User verification is preferred,
 * not required: a passkey here is a second factor, after the password or ProConnect.
 */
export interface RelyingParty {
  id: string;
  name: string;
  origin: string;
}

export function relyingParty(config: Pick<Config, 'APP_URL' | 'WEBAUTHN_RP_ID'>): RelyingParty {
  const url = new URL(config.APP_URL);
  return { id: config.WEBAUTHN_RP_ID ?? url.hostname, name: 'Maillage', origin: url.origin };
}

/** How long the browser gives the user to touch their authenticator; the challenge is kept as long, and a little more. */
export const PASSKEY_TIMEOUT_MS = 120_000;

/** A passkey as stored (user_passkey), what verification needs of it. */
export interface StoredPasskey {
  credentialId: string;
  publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  transports: string[] | null;
}

const transportsOf = (t: string[] | null) => (t ?? []) as AuthenticatorTransportFuture[];

/** The options of navigator.credentials.create() for a user: their existing passkeys excluded. */
export function registrationOptions(
  rp: RelyingParty,
  user: { id: string; email: string; displayName: string },
  existing: readonly StoredPasskey[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.displayName,
    // The user's id, as bytes: the same handle for every passkey of theirs, and no personal data.
    userID: Buffer.from(user.id.replaceAll('-', ''), 'hex'),
    attestationType: 'none',
    timeout: PASSKEY_TIMEOUT_MS,
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: transportsOf(p.transports) })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
}

/** The options of navigator.credentials.get() for a user who must show one of their passkeys. */
export function authenticationOptions(
  rp: RelyingParty,
  passkeys: readonly StoredPasskey[],
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: rp.id,
    timeout: PASSKEY_TIMEOUT_MS,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: transportsOf(p.transports) })),
    userVerification: 'preferred',
  });
}

const refused = (path: string, message: string) =>
  new AppError('BAD_USER_INPUT', `Clé d'accès refusée : ${message}.`, [{ path, message }]);

/** A new passkey checked against the challenge of its options; refused: BAD_USER_INPUT on `response`. */
export async function verifyRegistration(
  rp: RelyingParty,
  response: RegistrationResponseJSON,
  expectedChallenge: string,
): Promise<StoredPasskey> {
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
  } catch {
    // The library's message names what failed (origin, challenge, signature…); it is not the user's concern.
    throw refused('response', 'la réponse de la clé ne correspond pas à la demande');
  }
  if (!verified.verified) throw refused('response', 'la réponse de la clé ne correspond pas à la demande');
  const { credential } = verified.registrationInfo;
  return {
    credentialId: credential.id,
    publicKey: credential.publicKey,
    counter: credential.counter,
    transports: response.response.transports ?? null,
  };
}

/**
 * A passkey's answer to the challenge, checked with its stored public key and counter; its new counter
 * when accepted, null when refused (wrong signature, challenge, origin, or a counter that went back: a
 * cloned authenticator).
 */
export async function verifyAuthentication(
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  passkey: StoredPasskey,
): Promise<number | null> {
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: passkey.credentialId,
        publicKey: passkey.publicKey,
        counter: passkey.counter,
        transports: transportsOf(passkey.transports),
      },
      requireUserVerification: false,
    });
    return verified.verified ? verified.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}
