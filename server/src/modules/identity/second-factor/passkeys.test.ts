import { describe, expect, it } from 'vitest';
import { SoftwareAuthenticator } from '../../../../test/software-authenticator.js';
import {
  authenticationOptions,
  registrationOptions,
  relyingParty,
  verifyAuthentication,
  verifyRegistration,
  type StoredPasskey,
} from './passkeys.js';

const rp = relyingParty({ APP_URL: 'https://maillage.example.fr', WEBAUTHN_RP_ID: undefined });
const user = { id: '0b1c2d3e-4f50-4162-8374-859687a9bacb', email: 'admin@demo.test', displayName: 'Admin' };

async function registered(): Promise<{ key: SoftwareAuthenticator; stored: StoredPasskey }> {
  const key = new SoftwareAuthenticator({ origin: rp.origin });
  const options = await registrationOptions(rp, user, []);
  const stored = await verifyRegistration(rp, key.register(options), options.challenge);
  return { key, stored };
}

describe('passkeys', () => {
  it('takes the relying party from APP_URL, or WEBAUTHN_RP_ID', () => {
    expect(rp).toEqual({ id: 'maillage.example.fr', name: 'Maillage', origin: 'https://maillage.example.fr' });
    expect(relyingParty({ APP_URL: 'https://app.maillage.fr:8443', WEBAUTHN_RP_ID: 'maillage.fr' })).toEqual({
      id: 'maillage.fr',
      name: 'Maillage',
      origin: 'https://app.maillage.fr:8443',
    });
  });

  it('asks for no attestation, names the user by e-mail, their id as handle, excludes their passkeys', async () => {
    const { stored } = await registered();
    const options = await registrationOptions(rp, user, [stored]);
    expect(options).toMatchObject({
      rp: { id: 'maillage.example.fr', name: 'Maillage' },
      user: {
        name: 'admin@demo.test',
        displayName: 'Admin',
        id: Buffer.from(user.id.replaceAll('-', ''), 'hex').toString('base64url'),
      },
      attestation: 'none',
      excludeCredentials: [{ id: stored.credentialId, type: 'public-key', transports: ['internal'] }],
    });
    expect(options.pubKeyCredParams.map((p) => p.alg)).toContain(-7);
    expect(options.challenge).toMatch(/^[\w-]{40,}$/);
  });

  it('registers a software authenticator (ES256, none attestation) and then signs in with it', async () => {
    const { key, stored } = await registered();
    expect(stored).toMatchObject({ credentialId: key.id, counter: 0, transports: ['internal'] });
    const options = await authenticationOptions(rp, [stored]);
    expect(options.allowCredentials).toEqual([{ id: key.id, type: 'public-key', transports: ['internal'] }]);
    expect(await verifyAuthentication(rp, key.authenticate(options), options.challenge, stored)).toBe(1);
  });

  it('refuses a registration for another challenge or another origin', async () => {
    const key = new SoftwareAuthenticator({ origin: rp.origin });
    const options = await registrationOptions(rp, user, []);
    const other = (await registrationOptions(rp, user, [])).challenge;
    await expect(verifyRegistration(rp, key.register(options), other)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'response', message: expect.any(String) }],
    });
    await expect(
      verifyRegistration(rp, key.register(options, { origin: 'https://evil.example' }), options.challenge),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses an assertion for another challenge, another origin, another key, or a counter gone back', async () => {
    const { key, stored } = await registered();
    const options = await authenticationOptions(rp, [stored]);
    const other = (await authenticationOptions(rp, [stored])).challenge;
    expect(await verifyAuthentication(rp, key.authenticate(options), other, stored)).toBeNull();
    expect(
      await verifyAuthentication(
        rp,
        key.authenticate(options, { origin: 'https://evil.example' }),
        options.challenge,
        stored,
      ),
    ).toBeNull();
    const impostor = new SoftwareAuthenticator({ origin: rp.origin });
    const forged = { ...impostor.authenticate(options), id: key.id, rawId: key.id };
    expect(await verifyAuthentication(rp, forged, options.challenge, stored)).toBeNull();
    // The key signed 5 times; a clone still at 2 is refused once the server has seen 5.
    key.counter = 4;
    expect(await verifyAuthentication(rp, key.authenticate(options), options.challenge, stored)).toBe(5);
    key.counter = 2;
    expect(
      await verifyAuthentication(rp, key.authenticate(options), options.challenge, { ...stored, counter: 5 }),
    ).toBeNull();
    key.counter = 5;
    expect(
      await verifyAuthentication(rp, key.authenticate(options, { keepCounter: true }), options.challenge, {
        ...stored,
        counter: 5,
      }),
    ).toBeNull();
  });
});
