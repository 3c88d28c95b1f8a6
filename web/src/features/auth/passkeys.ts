import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  WebAuthnError,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/browser';

/** Thrown when the browser's passkey dialog failed or was dismissed: its message is for the user. */
export class PasskeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasskeyError';
  }
}

export function passkeysSupported(): boolean {
  return browserSupportsWebAuthn();
}

function translate(caught: unknown, creating: boolean): PasskeyError {
  const name =
    caught instanceof WebAuthnError
      ? ((caught.cause as { name?: string } | undefined)?.name ?? caught.name)
      : caught instanceof Error
        ? caught.name
        : '';
  const code = caught instanceof WebAuthnError ? caught.code : '';
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError') {
    return new PasskeyError('Cet appareil porte déjà une clé d’accès de votre compte.');
  }
  if (name === 'NotAllowedError' || name === 'AbortError') {
    return new PasskeyError(
      creating
        ? 'La clé d’accès n’a pas été créée : la demande a été annulée ou a expiré. Réessayez.'
        : 'La clé d’accès n’a pas été utilisée : la demande a été annulée ou a expiré. Réessayez.',
    );
  }
  if (name === 'SecurityError') {
    return new PasskeyError('Ce navigateur refuse les clés d’accès pour cette adresse.');
  }
  return new PasskeyError(
    creating ? 'La clé d’accès n’a pas pu être créée sur cet appareil.' : 'La clé d’accès n’a pas pu être utilisée.',
  );
}

/** Asks the browser to create a passkey for the options the server gave. */
export async function createPasskey(
  optionsJSON: PublicKeyCredentialCreationOptionsJSON,
): Promise<RegistrationResponseJSON> {
  try {
    return await startRegistration({ optionsJSON });
  } catch (caught) {
    throw translate(caught, true);
  }
}

/** Asks the browser to sign the server's challenge with one of the user's passkeys. */
export async function signWithPasskey(
  optionsJSON: PublicKeyCredentialRequestOptionsJSON,
): Promise<AuthenticationResponseJSON> {
  try {
    return await startAuthentication({ optionsJSON });
  } catch (caught) {
    throw translate(caught, false);
  }
}

export type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON };
