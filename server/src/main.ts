import './heap-growth.js';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { ConfigError, loadConfig, type Config } from './core/config.js';
import { openDatabase, type Database } from './core/db/driver.js';
import { errorCode, isConnectionError } from './core/errors.js';
import { loggerOptions } from './core/logger.js';
import { buildApp } from './app.js';
import { isEmpty, seedDemo } from './demo/seed.js';

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const logger = pino(loggerOptions(config.LOG_LEVEL));

/** PostgreSQL may still be starting (docker compose, a restart): wait for it a while before giving up. */
async function openMigrated(): Promise<Database> {
  for (let attempt = 1; ; attempt += 1) {
    const database = await openDatabase({
      ...(config.DATABASE_URL
        ? { databaseUrl: config.DATABASE_URL }
        : { dataDir: path.join(config.DATA_DIR, 'pglite') }),
      logger,
    });
    try {
      await database.migrate();
      return database;
    } catch (err) {
      await database.close().catch(() => undefined);
      if (!isConnectionError(err) || attempt >= START_ATTEMPTS) throw err;
      logger.warn({ attempt, code: errorCode(err) }, 'database not reachable yet, retrying');
      await sleep(2000);
    }
  }
}
const START_ATTEMPTS = 15;

let database: Database;
let app: FastifyInstance;
try {
  database = await openMigrated();
  if (config.NODE_ENV !== 'production' && config.DEMO_DATA === 'auto' && (await isEmpty(database.db))) {
    await seedDemo(database.db);
    logger.info('demo data loaded');
  }
  app = await buildApp({ config, database, logger });
} catch (err) {
  // One safe line (class, code, frames), never a raw error: a database error quotes SQL and values.
  logger.fatal({ err }, 'start-up failed');
  process.exit(1);
}

// SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (Fastify's close waits
// for them), then close the database. An uncaught error closes the same way and exits 1.
closeWithGrace(
  {
    delay: 10_000,
    // close-with-grace would print raw errors to the console: only what is safe reaches the log.
    logger: {
      error: (what: unknown) =>
        logger.error(typeof what === 'string' ? { detail: what } : { err: what }, 'shutdown problem'),
    },
  },
  async ({ signal, err }) => {
    if (err) logger.error({ err }, 'closing after an error');
    else logger.info({ signal }, 'closing');
    await app.close();
    await database.close();
    logger.info('closed');
  },
);

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (err) {
  logger.fatal({ err }, `cannot listen on ${config.HOST}:${config.PORT}`);
  await app.close().catch(() => undefined);
  await database.close().catch(() => undefined);
  process.exit(1);
}
