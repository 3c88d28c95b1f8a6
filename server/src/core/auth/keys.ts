import { createPublicKey, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exportPKCS8, generateKeyPair, importPKCS8, importSPKI, type CryptoKey } from 'jose';
import type { Config } from '../config.js';

/** The only algorithm tokens are signed and accepted with. */
export const JWT_ALG = 'EdDSA';

export interface SigningKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/**
 * Production takes its keys from the environment. Elsewhere, a key pair is generated on first start
 * and kept under the data directory so that sessions survive a restart. Processes that share the
 * directory (API replicas on one PostgreSQL) end up with the same pair: the private key file appears
 * whole and once (written aside, then linked into place, which fails if another process's is there
 * first), and the public key is derived from it.
 */
export async function loadSigningKeys(config: Config): Promise<SigningKeys> {
  if (config.JWT_PRIVATE_KEY && config.JWT_PUBLIC_KEY) {
    return {
      privateKey: await importPKCS8(config.JWT_PRIVATE_KEY, JWT_ALG),
      publicKey: await importSPKI(config.JWT_PUBLIC_KEY, JWT_ALG),
    };
  }
  const privatePath = path.join(config.DATA_DIR, 'jwt-private.pem');
  const publicPath = path.join(config.DATA_DIR, 'jwt-public.pem');
  if (!fs.existsSync(privatePath)) {
    const pair = await generateKeyPair(JWT_ALG, { extractable: true });
    fs.mkdirSync(config.DATA_DIR, { recursive: true });
    const aside = `${privatePath}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(aside, await exportPKCS8(pair.privateKey), { mode: 0o600 });
    try {
      fs.linkSync(aside, privatePath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(aside, { force: true });
    }
  }
  const privatePem = fs.readFileSync(privatePath, 'utf8');
  const publicPem = createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }).toString();
  // For whoever checks tokens elsewhere (the file is not read back).
  if (!fs.existsSync(publicPath) || fs.readFileSync(publicPath, 'utf8') !== publicPem)
    fs.writeFileSync(publicPath, publicPem, { mode: 0o644 });
  return {
    privateKey: await importPKCS8(privatePem, JWT_ALG),
    publicKey: await importSPKI(publicPem, JWT_ALG),
  };
}
