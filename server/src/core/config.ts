import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ROLES, type Role } from '@maillage/shared';

function findRepoRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  throw new Error(`no pnpm-workspace.yaml above ${from}`);
}

/** The repository root (from source or from the built bundle): `.data/`, `migrations/`, `web/dist/`. */
export const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

const intInRange = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `an integer between ${min} and ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `an integer between ${min} and ${max}`).max(max, `an integer between ${min} and ${max}`))
    .default(fallback);

/** A comma-separated list, each item checked by `item`. */
const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

/** Signing keys are Ed25519 (core/auth/keys.ts); `\\n` written for newlines (one-line env files) is accepted. */
function pem(kind: 'private' | 'public') {
  const expected = kind === 'private' ? 'a PEM PKCS#8 Ed25519 private key' : 'a PEM SPKI Ed25519 public key';
  return z
    .string()
    .transform((value) => value.replace(/\\n/g, '\n').trim())
    .refine((value) => {
      try {
        const key = kind === 'private' ? crypto.createPrivateKey(value) : crypto.createPublicKey(value);
        return (
          key.type === kind &&
          key.asymmetricKeyType === 'ed25519' &&
          value.includes(kind === 'private' ? 'PRIVATE KEY' : 'PUBLIC KEY')
        );
      } catch {
        return false;
      }
    }, expected);
}

/** The master key of the armoire numérique: 32 random bytes, in base64 (documents/crypto.ts). */
export const DOCUMENT_MASTER_KEY_BYTES = 32;
const isBase64Key = (value: string) =>
  /^[A-Za-z0-9+/]+={0,2}$/.test(value) &&
  value.length % 4 === 0 &&
  Buffer.from(value, 'base64').length === DOCUMENT_MASTER_KEY_BYTES;
const masterKey = z.string().trim().refine(isBase64Key, 'the base64 of 32 random bytes (openssl rand -base64 32)');

/** proxy-addr's names for address ranges (loopback: 127.0.0.0/8 and ::1; uniquelocal: 10/8, 172.16/12, 192.168/16, fc00::/7). */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address (IPv4 or IPv6), a CIDR (`10.0.0.0/8`, `fd00::/8`) or one of proxy-addr's range names. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * How many distinct people a user's list reads may show in an hour, per role (core/list-reads.ts). A
 * referent pages through a platform's list, a counsellor through their organisation's, a social worker
 * through the people they accompany; a user with several roles gets the largest of their budgets.
 */
export const DEFAULT_READ_BUDGET_PER_HOUR: Record<Role, number> = {
  ADMIN: 500,
  PSAD_REFERENT: 2000,
  COUNSELLOR: 1000,
  CAF_OFFICER: 500,
  CLAS_HOLDER: 500,
  SOCIAL_WORKER: 500,
  VIEWER: 500,
  // Aggregates only: reads no person.
  REGIONAL_COORDINATOR: 500,
  // The orientation networks hold no pupil: no list of people to read.
  PSYEN: 500,
  CIO_DIRECTOR: 500,
  IEN_IO: 500,
  SCHOOL_HEAD: 500,
  // The CPMS module holds no pupil either (issue 19): contracts, a rota, anonymous calls.
  CPMS_DIRECTOR: 500,
  CPMS_AGENT: 500,
  DCO: 500,
  CENTRAL_ANALYST: 500,
  SERVICE_ACCOUNT: 500,
};
const READ_BUDGET_MAX = 10_000_000;
const readBudgetMessage = `a comma-separated list of ROLE=people per hour (PSAD_REFERENT=2000,COUNSELLOR=1000), each between 1 and ${READ_BUDGET_MAX}, roles among ${ROLES.join(', ')}`;

/** `PSAD_REFERENT=3000,COUNSELLOR=800`: the roles named get these budgets, the others keep the defaults. */
const readBudgets = z
  .string()
  .default('')
  .transform((s, ctx) => {
    const budgets = { ...DEFAULT_READ_BUDGET_PER_HOUR };
    for (const entry of s
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)) {
      const match = /^([A-Z_]+)=(\d{1,8})$/.exec(entry);
      const role = match?.[1] as Role | undefined;
      const value = Number(match?.[2]);
      if (!role || !ROLES.includes(role) || value < 1 || value > READ_BUDGET_MAX) {
        ctx.addIssue({ code: 'custom', message: readBudgetMessage });
        return z.NEVER;
      }
      budgets[role] = value;
    }
    return budgets;
  });

const isUrl = (value: string) => URL.canParse(value);

/** `someone@host` or `Display name <someone@host>`: one mailbox, no line break (it goes into a header). */
const isMailbox = (value: string) =>
  !/[\r\n]/.test(value) && /^(?:[^<>@]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(value);

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

function isKeyPair(privatePem: string, publicPem: string): boolean {
  try {
    const probe = Buffer.from('maillage');
    return crypto.verify(null, probe, publicPem, crypto.sign(null, probe, privatePem));
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'test', 'production'], { message: 'one of development, test, production' })
      .default('development'),
    PORT: intInRange(1, 65535, 3000),
    HOST: z.string().min(1, 'a host name or address').default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'a postgres:// connection URL')
      .optional(),
    DATA_DIR: z.string().min(1, 'a directory path').default(path.join(repoRoot, '.data')),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'a pino level (info, warn, …)' })
      .default('info'),
    JWT_PRIVATE_KEY: pem('private').optional(),
    JWT_PUBLIC_KEY: pem('public').optional(),
    JWT_ISSUER: z.string().min(1).default('maillage'),
    JWT_AUDIENCE: z.string().min(1).default('maillage-api'),
    ACCESS_TOKEN_TTL_SECONDS: intInRange(60, 3600, 900),
    REFRESH_TOKEN_TTL_DAYS: intInRange(1, 90, 14),
    /** 6 months to 3 years (docs/domain.md §6). */
    AUDIT_RETENTION_DAYS: intInRange(183, 1095, 365),
    /** How old a stored document object no row names must be before the sweep removes it (documents/orphans.ts). */
    DOCUMENT_ORPHAN_MINUTES: intInRange(0, 10_080, 60),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((o) => o.trim().replace(/\/$/, ''))
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(/^https?:\/\/[^/\s?#]+$/, 'a comma-separated list of origins (https://host[:port], no path)'),
        ),
      ),
    /**
     * The reverse proxies whose X-Forwarded-For is believed (Fastify's trustProxy): the client's address
     * is the nearest one in that header not listed here. None by default: the peer's own address is the
     * client's, whatever the headers say (the per-address limits would count a forged address otherwise).
     */
    TRUST_PROXY: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .refine(
              isProxyAddress,
              'a comma-separated list of addresses or CIDRs (10.0.0.5, 172.16.0.0/12, fd00::/8) or loopback, linklocal, uniquelocal',
            ),
        ),
      ),
    READ_BUDGET_PER_HOUR: readBudgets,
    BODY_LIMIT_BYTES: intInRange(1024, 100 * 1024 * 1024, 1024 * 1024),
    /** The largest SIEI list upload (issue 3: 50 MB). */
    IMPORT_MAX_FILE_BYTES: intInRange(1024, 200 * 1024 * 1024, 50 * 1024 * 1024),
    /** PSAD flags and closing rule (docs/domain.md §2, configurable; these defaults are the domain's). */
    PSAD_NO_CONTACT_DAYS: intInRange(1, 365, 15),
    PSAD_INJOIGNABLE_MIN_ATTEMPTS: intInRange(1, 20, 3),
    PSAD_INJOIGNABLE_MIN_CHANNELS: intInRange(1, 6, 2),
    PSAD_INJOIGNABLE_MIN_DAYS: intInRange(0, 365, 30),
    /** Days after a cotech during which its invited partners still see its situations (issue 17). */
    COTECH_ACCESS_DAYS: intInRange(0, 90, 7),
    /**
     * How old a platform's kept bilan figures may be when a région's bilan adds them up (issue 17); older
     * ones are computed again. The bilan-figures job refreshes the school year's every 15 minutes.
     */
    BILAN_FIGURES_MAX_AGE_MINUTES: intInRange(0, 24 * 60, 30),
    /**
     * Days the change feed keeps a change (issue 20): the change-feed-purge job deletes older ones every
     * night, and a cursor that points into what it deleted is refused, so that its client resynchronises.
     */
    CHANGE_FEED_RETENTION_DAYS: intInRange(1, 3650, 30),
    /** The largest export of a case list: beyond it the caller narrows the filter (the file stays one a spreadsheet opens). */
    PSAD_EXPORT_MAX_ROWS: intInRange(1, 1_000_000, 50_000),
    /**
     * Armoire numérique (docs/domain.md §4): documents are encrypted with a key of their own, wrapped by
     * this master key; outside production one is generated under DATA_DIR (core/auth/keys.ts does
     * the same for the signing keys).
     */
    DOCUMENT_MASTER_KEY: masterKey.optional(),
    /** Former master keys, comma-separated, still accepted to unwrap the keys of older documents (rotation). */
    DOCUMENT_PREVIOUS_MASTER_KEYS: z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      )
      .pipe(z.array(masterKey, { message: 'a comma-separated list of base64 keys of 32 bytes' }))
      .default([]),
    DOCUMENT_STORAGE: z.enum(['local', 's3'], { message: 'local or s3' }).default('local'),
    /** Where the local storage keeps the encrypted documents (default: DATA_DIR/documents). */
    DOCUMENT_LOCAL_DIR: z.string().min(1, 'a directory path').optional(),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'an http(s):// URL' }).optional(),
    S3_REGION: z.string().min(1, 'a region name').optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a bucket name')
      .optional(),
    S3_ACCESS_KEY_ID: z.string().min(1, 'an access key id').optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1, 'a secret access key').optional(),
    /**
     * The SMTP server e-mails are handed to (notifications/mailer.ts), `smtp://` or `smtps://` with
     * its credentials and options (`?pool=…`); unset, e-mails are kept in the email_outbox table, never sent.
     */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/\s]+/, 'an smtp:// or smtps:// URL')
      .refine(isUrl, 'an smtp:// or smtps:// URL')
      .optional(),
    /** The From of every e-mail: an address, or a display name and an address in angle brackets. */
    MAIL_FROM: z
      .string()
      .trim()
      .refine(isMailbox, 'an e-mail address, or « Name <address> »')
      .default('Maillage <ne-pas-repondre@maillage.localhost>'),
    /** The app's public base URL, which e-mails' links start with (no trailing slash kept). */
    APP_URL: z
      .url({ protocol: /^https?$/, message: 'an http(s):// URL' })
      .transform((s) => s.replace(/\/+$/, ''))
      .default('http://localhost:3000'),
    DEMO_DATA: z.enum(['auto', 'off'], { message: 'auto or off' }).default('auto'),
    SERVE_WEB: z.enum(['on', 'off'], { message: 'on or off' }).default('on'),
    /**
     * Notifications: off, no event raises anything (no fan-out job, so no notice nor e-mail), for
     * benchmarks and maintenance windows.
     */
    NOTIFICATIONS: z.enum(['on', 'off'], { message: 'on or off' }).default('on'),
    /** Background jobs: on, this process works the queue; off, it only queues (a process kept for requests). */
    JOB_WORKERS: z.enum(['on', 'off'], { message: 'on or off' }).default('on'),
    /** Seconds between two polls of a queue by its worker. */
    JOB_POLL_SECONDS: intInRange(1, 60, 2),
    /** The CLAS bilan is due on this day (MM-DD) of the school year's second year; holders are told before. */
    CLAS_BILAN_DUE: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day of the year as MM-DD (07-15)')
      .default('07-15'),
    /** How many days before the bilan's due date the holders are told (and again on the day). */
    CLAS_BILAN_NOTICE_DAYS: intInRange(1, 120, 14),
    /** How many days before the end of an action's due month its attributees are reminded of it (work plan, issue 18). */
    ORIENTATION_PLAN_REMINDER_DAYS: intInRange(1, 120, 14),
    /** Seconds between two checks of the schedules (cron) by a process; one of the processes sends each due job. */
    JOB_CRON_CHECK_SECONDS: intInRange(1, 45, 30),
    /** Seconds between two maintenance runs (a job past its time, its process gone, is put back to be retried). */
    JOB_MAINTENANCE_SECONDS: intInRange(1, 3600, 60),
    /** On shutdown, how long the jobs under way may still run. */
    JOB_STOP_TIMEOUT_MS: intInRange(0, 120_000, 10_000),
    /** ProConnect (the State's identity federation for public agents): its issuer URL, this client's id and secret; all three or none. */
    PROCONNECT_ISSUER: z.url({ protocol: /^https?$/, message: 'an http(s):// URL' }).optional(),
    PROCONNECT_CLIENT_ID: z.string().min(1).optional(),
    PROCONNECT_CLIENT_SECRET: z.string().min(1).optional(),
    PROCONNECT_SCOPES: z.string().trim().min(1).default('openid email given_name usual_name siret uid idp_id'),
    /** The acr values of ProConnect that stand for a second factor already asked by the identity provider. */
    PROCONNECT_STRONG_ACR: commaList(z.string()).default([
      'eidas2',
      'eidas3',
      'https://proconnect.gouv.fr/assurance/self-asserted-2fa',
      'https://proconnect.gouv.fr/assurance/consistency-checked-2fa',
    ]),
    /**
     * The roles whose holders must sign in with a second factor (they enrol at their next sign-in); `none`
     * for no role (anyone who enrolled a factor is still asked for it).
     */
    SECOND_FACTOR_ROLES: z
      .literal('none')
      .transform((): Role[] => [])
      .or(commaList(z.enum(ROLES, { message: `none, or roles among ${ROLES.join(', ')}` })))
      .default(['ADMIN']),
    /** The WebAuthn relying party id of passkeys: APP_URL's host name unless set. */
    WEBAUTHN_RP_ID: z.string().min(1).optional(),
    /** Benchmarks: count the SQL statements of each request into the `x-sql-statements` response header. */
    BENCH_COUNT_SQL: z.enum(['on', 'off'], { message: 'on or off' }).default('off'),
  })
  .superRefine((env, ctx) => {
    if (env.JWT_PRIVATE_KEY && env.JWT_PUBLIC_KEY && !isKeyPair(env.JWT_PRIVATE_KEY, env.JWT_PUBLIC_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_PUBLIC_KEY'],
        message: 'the public key of JWT_PRIVATE_KEY (they do not match)',
      });
    }
    if (env.NODE_ENV === 'production') {
      for (const key of ['JWT_PRIVATE_KEY', 'JWT_PUBLIC_KEY'] as const) {
        if (!env[key])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${key === 'JWT_PRIVATE_KEY' ? 'a PEM PKCS#8 private key' : 'a PEM SPKI public key'} (required when NODE_ENV=production)`,
          });
      }
      // A key generated on one machine's disk would make the documents unreadable anywhere else.
      if (!env.DOCUMENT_MASTER_KEY) {
        ctx.addIssue({
          code: 'custom',
          path: ['DOCUMENT_MASTER_KEY'],
          message: 'the base64 of 32 random bytes (required when NODE_ENV=production)',
        });
      }
    }
    const proconnect = ['PROCONNECT_ISSUER', 'PROCONNECT_CLIENT_ID', 'PROCONNECT_CLIENT_SECRET'] as const;
    if (proconnect.some((key) => env[key]))
      for (const key of proconnect)
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'set (ProConnect needs its three variables)' });
    if (env.DOCUMENT_STORAGE === 's3') {
      for (const key of S3_VARIABLES) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'set (required when DOCUMENT_STORAGE=s3)' });
      }
    }
  });

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Reads and checks the environment; the first problem is reported as one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // The variable, never its value (DATABASE_URL may hold a password); one line whatever the message.
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${variable} must be ${issue.message.replace(/\s+/g, ' ')}`);
  }
  return result.data;
}
