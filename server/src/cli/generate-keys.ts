// Prints fresh production secrets as .env lines (NODE_ENV=production needs them): the EdDSA key pair
// that signs tokens, and the master key of the armoire numérique's documents.
import { randomBytes } from 'node:crypto';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { JWT_ALG } from '../core/auth/keys.js';
import { DOCUMENT_MASTER_KEY_BYTES } from '../core/config.js';

const pair = await generateKeyPair(JWT_ALG, { extractable: true });
const oneLine = (pem: string) => JSON.stringify(pem.trim());
process.stdout.write(
  `JWT_PRIVATE_KEY=${oneLine(await exportPKCS8(pair.privateKey))}\nJWT_PUBLIC_KEY=${oneLine(await exportSPKI(pair.publicKey))}\n` +
    `DOCUMENT_MASTER_KEY=${randomBytes(DOCUMENT_MASTER_KEY_BYTES).toString('base64')}\n`,
);
