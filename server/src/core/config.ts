import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production'], { message: 'one of development, test, production' }).default('development'),
    PORT: intInRange(1, 65535, 3000),
    HOST: z.string().min(1, 'a host name or address').default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'a postgres:// connection URL')
      .optional(),
    DATA_DIR: z.string().min(1, 'a directory path').default(path.join(repoRoot, '.data')),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'a pino level (info, warn, …)' }).default('info'),
    JWT_PRIVATE_KEY: z.string().includes('PRIVATE KEY', { message: 'a PEM PKCS#8 private key' }).optional(),
    JWT_PUBLIC_KEY: z.string().includes('PUBLIC KEY', { message: 'a PEM SPKI public key' }).optional(),
    JWT_ISSUER: z.string().min(1).default('maillage'),
    JWT_AUDIENCE: z.string().min(1).default('maillage-api'),
    ACCESS_TOKEN_TTL_SECONDS: intInRange(60, 3600, 900),
    REFRESH_TOKEN_TTL_DAYS: intInRange(1, 90, 14),
    /** 6 months to 3 years (DOMAIN.md §6). */
    AUDIT_RETENTION_DAYS: intInRange(183, 1095, 365),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.url({ message: 'a comma-separated list of origins (https://…)' }))),
    BODY_LIMIT_BYTES: intInRange(1024, 100 * 1024 * 1024, 1024 * 1024),
    DEMO_DATA: z.enum(['auto', 'off'], { message: 'auto or off' }).default('auto'),
    SERVE_WEB: z.enum(['on', 'off'], { message: 'on or off' }).default('on'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      for (const key of ['JWT_PRIVATE_KEY', 'JWT_PUBLIC_KEY'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required when NODE_ENV=production (PEM)' });
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
    throw new ConfigError(`Invalid configuration: ${issue.path.join('.')} must be ${issue.message}`);
  }
  return result.data;
}
