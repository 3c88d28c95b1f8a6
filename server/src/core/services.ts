import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/driver.js';
import type { SigningKeys } from './auth/keys.js';
import type { TokenSettings } from './auth/tokens.js';

/** Process-wide dependencies, built once by app.ts and handed to every request. */
export interface Services {
  config: Config;
  database: Database;
  keys: SigningKeys;
  tokens: TokenSettings;
  logger: Logger;
}
