import { randomInt } from 'node:crypto';
import { secondFactor } from '@maillage/shared';
import { sha256 } from '../../../core/auth/tokens.js';

const { RECOVERY_CODE_ALPHABET, RECOVERY_CODE_COUNT, RECOVERY_CODE_LENGTH } = secondFactor;

/**
 * Recovery codes: a set of RECOVERY_CODE_COUNT single-use codes, for a user who lost their app or their
 * passkey. Each is RECOVERY_CODE_LENGTH characters drawn uniformly from a 31-letter readable alphabet
 * (about 49.5 bits), shown once as `xxxx-xxxx-xx`, stored as the sha256 of its normalised form; a new
 * set voids the old one.
 */
export function newRecoveryCodes(count: number = RECOVERY_CODE_COUNT): { shown: string[]; hashes: string[] } {
  const codes = Array.from({ length: count }, () =>
    Array.from(
      { length: RECOVERY_CODE_LENGTH },
      () => RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)],
    ).join(''),
  );
  return { shown: codes.map(secondFactor.formatRecoveryCode), hashes: codes.map(hashRecoveryCode) };
}

/** The stored form of a normalised code (secondFactor.normaliseRecoveryCode). */
export const hashRecoveryCode = (normalised: string): string => sha256(normalised);
