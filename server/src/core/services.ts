import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/driver.js';
import type { Jobs } from './jobs.js';
import type { SigningKeys } from './auth/keys.js';
import type { TokenSettings } from './auth/tokens.js';
import type { DocumentKeyring } from '../modules/parcours/documents/crypto.js';
import type { DocumentStore } from '../modules/parcours/documents/storage.js';
import type { Mailer } from '../modules/notifications/mailer.js';

/** Process-wide dependencies, built once by app.ts and handed to every request. */
export interface Services {
  config: Config;
  database: Database;
  keys: SigningKeys;
  tokens: TokenSettings;
  logger: Logger;
  /** Where the armoire numérique keeps encrypted documents (DOCUMENT_STORAGE). */
  documentStore: DocumentStore;
  /** The master key that wraps documents' keys, and former ones still accepted to unwrap. */
  documentKeys: DocumentKeyring;
  /** The job queue (pg-boss in the app's database). */
  jobs: Jobs;
  /** Hands e-mails to SMTP_URL's server; without it, sends nothing (e-mails stay in the outbox). */
  mailer: Mailer;
}
