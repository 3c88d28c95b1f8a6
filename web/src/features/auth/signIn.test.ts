import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAccessToken, getSessionState } from '../../app/session';
import { applySignInBody, isSignInBody } from './signIn';

const user = { id: 'u-1', email: 'admin@demo.test', displayName: 'Alice Admin' };
const signedIn = (extra: Record<string, unknown> = {}) => ({
  status: 'SIGNED_IN',
  accessToken: 'jeton',
  expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  user,
  ...extra,
});

describe('the sign-in steps’ answers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a step to take (second factor, enrolment, link) opens no session', () => {
    for (const body of [
      { status: 'SECOND_FACTOR', methods: ['PASSKEY', 'RECOVERY_CODE'] },
      { status: 'ENROL', methods: ['PASSKEY', 'TOTP'] },
      { status: 'LINK', email: 'claire@demo.test', methods: ['PASSWORD', 'TOTP'] },
    ]) {
      expect(applySignInBody(body)).toEqual(body);
      expect(getSessionState().status).not.toBe('authenticated');
      expect(getAccessToken()).toBeNull();
    }
  });

  it('recovery codes to note hold the session until the user says they noted them', () => {
    const outcome = applySignInBody(signedIn({ recoveryCodes: ['abcd-efgh-jk'] }));
    expect(outcome).toMatchObject({ status: 'SIGNED_IN', recoveryCodes: ['abcd-efgh-jk'] });
    expect(getAccessToken()).toBeNull();
    if (outcome.status !== 'SIGNED_IN') throw new Error('signed in expected');
    outcome.enter();
    expect(getAccessToken()).toBe('jeton');
    expect(getSessionState()).toMatchObject({ status: 'authenticated', user });
  });

  it('a session without codes opens at once', () => {
    const outcome = applySignInBody(signedIn({ accessToken: 'autre-jeton' }));
    expect(outcome).toMatchObject({ status: 'SIGNED_IN', user });
    expect(outcome).not.toHaveProperty('recoveryCodes');
    expect(getAccessToken()).toBe('autre-jeton');
  });

  it('no sign-in under way (NONE), or an answer of another kind, is no step', () => {
    expect(isSignInBody({ status: 'NONE' })).toBe(false);
    expect(isSignInBody({ status: 'SIGNED_IN' })).toBe(false);
    expect(isSignInBody(undefined)).toBe(false);
    expect(() => applySignInBody({ status: 'NONE' })).toThrow('Réponse de connexion inattendue.');
  });
});
