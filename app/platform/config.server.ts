/**
 * Settings from the environment, parsed once at start. A bad value stops the server with a
 * message naming the variable, rather than failing later on a request.
 */
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("data/cloud-exchange.db"),
  /** Where the persisted search index lives; defaults next to the database. */
  SEARCH_INDEX_PATH: z.string().min(1).optional(),
  /** Public origin used in e-mails and feeds, e.g. https://cloudexchange.gov.au. */
  PUBLIC_ORIGIN: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Cloud Exchange <no-reply@cloudexchange.example>"),
  /** Shows the outbox at /dev/mailbox even in production mode: for the browser tests only. */
  ENABLE_DEV_MAILBOX: z.enum(["0", "1"]).default("0"),
  /** Express "trust proxy" setting, read by server.js: set it behind a load balancer. */
  TRUST_PROXY: z.string().optional(),
});

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
