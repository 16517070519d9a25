/**
 * Every setting, read from the environment and parsed once at start by the HTTP server, the app,
 * the scripts and the tests alike. A bad value stops the process with a message naming the
 * variable, rather than failing later on a request. README.md ("Settings") lists them all and
 * .env.example shows them with their defaults.
 */
import { z } from "zod";

const flag = z.enum(["0", "1"]).default("0");

const schema = z
  .object({
    /** production (the default) turns on Secure cookies and HSTS; vitest sets test. */
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    DATABASE_PATH: z.string().min(1).default("data/cloud-exchange.db"),
    /** Where the persisted search index lives; defaults next to the database. */
    SEARCH_INDEX_PATH: z.string().min(1).optional(),
    /** The address people reach the site at: links in e-mails, feeds and open data use it. */
    PUBLIC_ORIGIN: z.string().url().optional(),
    /** smtp://user:pass@host:port (or smtps://): where e-mail is delivered. Unset: kept in the outbox. */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().min(3).default("Cloud Exchange <no-reply@cloudexchange.example>"),
    /** Express "trust proxy": "loopback" by default; a hop count ("1") or addresses behind a load balancer. */
    TRUST_PROXY: z.string().min(1).default("loopback"),
    /** Pages rendered at once per process; the rest queue in arrival order (docs/operations.md). */
    RENDER_SLOTS: z.coerce.number().int().min(1).max(64).default(2),
    /** 1 shows the outbox at /dev/mailbox even in production: the local demo and browser tests. */
    ENABLE_DEV_MAILBOX: flag,
    /** 0 stops this process running reminders, digests and saved-search checks on its timers (app/jobs). */
    SCHEDULED_JOBS: z.enum(["0", "1"]).default("1"),
    /** How often those timers look for work; the browser tests shorten it. */
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** 1 serves /bench/minimal, the app's layout with an empty page: for npm run bench:pages only. */
    ENABLE_BENCH_ROUTES: flag,
  })
  .transform((c) => ({
    ...c,
    PUBLIC_ORIGIN: (c.PUBLIC_ORIGIN ?? `http://localhost:${c.PORT}`).replace(/\/$/, ""),
    /** Whether PUBLIC_ORIGIN was set, or is only the local default. */
    publicOriginConfigured: c.PUBLIC_ORIGIN !== undefined,
  }));

export type Config = z.infer<typeof schema>;

let cached: Config | undefined;

export function config(): Config {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment settings: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

export function searchIndexPath(): string {
  const c = config();
  return c.SEARCH_INDEX_PATH ?? `${c.DATABASE_PATH}.search-index.bin`;
}

/** Re-reads the environment: for tests that switch a setting, never for the app itself. */
export function reloadConfig(): Config {
  cached = undefined;
  return config();
}

/** Secure cookies everywhere but in tests; browsers accept them from http://localhost too. */
export function secureCookies(): boolean {
  return config().NODE_ENV === "production";
}
