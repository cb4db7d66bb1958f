// The only reader of process.env: every setting is validated here once, at start.
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  CONGDOAN_DATA_DIR: z.string().min(1).default('./data'),
  CONGDOAN_DEMO: booleanFlag.default(true),
  CONGDOAN_ADMIN_USER: z
    .string()
    .regex(/^[a-z0-9._-]{3,60}$/, 'a-z, 0-9, . _ - (3–60 characters)')
    .optional(),
  CONGDOAN_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  CONGDOAN_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  /** Behind an HTTPS proxy: mark cookies Secure and trust X-Forwarded-* headers. */
  CONGDOAN_TRUST_PROXY: booleanFlag.default(false),
  CONGDOAN_SECURE_COOKIES: booleanFlag.optional(),
  CONGDOAN_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Largest import file accepted over HTTP. */
  CONGDOAN_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(200 * 1024 * 1024),
  /** Where users reach the application (https://congdoan.example.vn): the address membership-card QR codes open. */
  CONGDOAN_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  /** An SMTP server for e-mail copies of notifications: smtp://user:password@host:587 or smtps://host:465. */
  CONGDOAN_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address' }).optional(),
  /** The sender of those e-mails: "Công đoàn Y tế <thongbao@congdoanyte.vn>". */
  CONGDOAN_SMTP_FROM: z.string().min(3).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Two at least: start-up holds one connection for its lock while seeding uses another.
  DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  adminUser: string | undefined;
  adminPassword: string | undefined;
  sessionHours: number;
  trustProxy: boolean;
  secureCookies: boolean;
  bodyLimit: number;
  importMaxBytes: number;
  /** Without it, addresses printed on documents are taken from the request's host. */
  publicUrl: string | undefined;
  /** E-mail through SMTP; null when not configured (notifications stay in the app). */
  smtp: { url: string; from: string } | null;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  poolSize: number;
};

export class ConfigError extends Error {}

/** Reads and checks the environment; a wrong value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.CONGDOAN_SMTP_URL && !e.CONGDOAN_SMTP_FROM)
    throw new ConfigError(
      'Cấu hình không hợp lệ / invalid configuration:\n  CONGDOAN_SMTP_FROM: cần địa chỉ người gửi khi có CONGDOAN_SMTP_URL / required with CONGDOAN_SMTP_URL',
    );
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.CONGDOAN_DATA_DIR),
    demo: e.CONGDOAN_DEMO,
    adminUser: e.CONGDOAN_ADMIN_USER,
    adminPassword: e.CONGDOAN_ADMIN_PASSWORD,
    sessionHours: e.CONGDOAN_SESSION_HOURS,
    trustProxy: e.CONGDOAN_TRUST_PROXY,
    secureCookies: e.CONGDOAN_SECURE_COOKIES ?? e.CONGDOAN_TRUST_PROXY,
    bodyLimit: e.CONGDOAN_BODY_LIMIT_BYTES,
    importMaxBytes: e.CONGDOAN_IMPORT_MAX_BYTES,
    publicUrl: e.CONGDOAN_PUBLIC_URL,
    smtp: e.CONGDOAN_SMTP_URL ? { url: e.CONGDOAN_SMTP_URL, from: e.CONGDOAN_SMTP_FROM! } : null,
    logLevel: e.LOG_LEVEL,
    poolSize: e.DB_POOL_SIZE,
  };
}
