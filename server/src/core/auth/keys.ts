import fs from 'node:fs';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, type CryptoKey } from 'jose';
import type { Config } from '../config.js';

/** The only algorithm tokens are signed and accepted with. */
export const JWT_ALG = 'EdDSA';

export interface SigningKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/**
 * Production takes its keys from the environment. Elsewhere, a key pair is generated on first start
 * and kept under the data directory so that sessions survive a restart.
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
  if (!fs.existsSync(privatePath) || !fs.existsSync(publicPath)) {
    const pair = await generateKeyPair(JWT_ALG, { extractable: true });
    fs.mkdirSync(config.DATA_DIR, { recursive: true });
    fs.writeFileSync(privatePath, await exportPKCS8(pair.privateKey), { mode: 0o600 });
    fs.writeFileSync(publicPath, await exportSPKI(pair.publicKey), { mode: 0o644 });
  }
  return {
    privateKey: await importPKCS8(fs.readFileSync(privatePath, 'utf8'), JWT_ALG),
    publicKey: await importSPKI(fs.readFileSync(publicPath, 'utf8'), JWT_ALG),
  };
}
