import path from 'node:path';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { ConfigError, loadConfig, type Config } from './core/config.js';
import { openDatabase } from './core/db/driver.js';
import { loggerOptions } from './core/logger.js';
import { buildApp } from './app.js';
import { isEmpty, seedDemo } from './demo/seed.js';
import { purgeExpiredAuditEvents } from './modules/audit/service.js';

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
const database = await openDatabase({
  ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: path.join(config.DATA_DIR, 'pglite') }),
  logger,
});
await database.migrate();
if (config.NODE_ENV !== 'production' && config.DEMO_DATA === 'auto' && (await isEmpty(database.db))) {
  await seedDemo(database.db);
  logger.info('demo data loaded');
}

const app = await buildApp({ config, database, logger });

const DAY = 86_400_000;
const purge = () =>
  purgeExpiredAuditEvents(database.db, config.AUDIT_RETENTION_DAYS)
    .then((purged) => logger.info({ purged }, 'audit retention'))
    .catch((err: unknown) => logger.warn({ code: (err as { code?: string }).code }, 'audit retention failed'));
void purge();
const retention = setInterval(purge, DAY);
retention.unref();

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) logger.error({ errorName: err.name }, 'closing after an error');
  else logger.info({ signal }, 'closing');
  clearInterval(retention);
  await app.close();
  await database.close();
});

await app.listen({ port: config.PORT, host: config.HOST });
