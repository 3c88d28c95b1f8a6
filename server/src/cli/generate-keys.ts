// Prints a fresh EdDSA key pair as .env lines, for production (NODE_ENV=production needs them).
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { JWT_ALG } from '../core/auth/keys.js';

const pair = await generateKeyPair(JWT_ALG, { extractable: true });
const oneLine = (pem: string) => JSON.stringify(pem.trim());
process.stdout.write(`JWT_PRIVATE_KEY=${oneLine(await exportPKCS8(pair.privateKey))}\nJWT_PUBLIC_KEY=${oneLine(await exportSPKI(pair.publicKey))}\n`);
