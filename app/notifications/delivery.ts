/**
 * The outbox's delivery rules, pure so they can be read (and tested) without a mail server. A row
 * moves queued → sending (claimed under a lease) → sent; a temporary failure puts it back as failed
 * until its next attempt, a permanent one (or too many tries) makes it dead, which only an
 * administrator's retry undoes.
 */
export const OUTBOX_STATUSES = ["queued", "sending", "failed", "sent", "dead"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  queued: "Queued",
  sending: "Sending",
  failed: "Failed, will retry",
  sent: "Sent",
  dead: "Dead (gave up)",
};

/** Tries before a message is given up on: with the backoff below, about two and a half hours of trying. */
export const MAX_ATTEMPTS = 6;
/**
 * Longer than the slowest SMTP conversation the transport allows (its timeouts add up to two
 * minutes); a sender that dies mid-send holds its row no longer than this.
 */
export const LEASE_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** Waits 1, 2, 4, 8… minutes after the nth failed attempt, never more than an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/**
 * An SMTP 5xx answer means the server will never take this message (no such mailbox, refused
 * content); anything else (a 4xx, a refused or dropped connection, a timeout) may pass later.
 */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** The error as an administrator reads it: nodemailer's code (ETIMEDOUT, EENVELOPE…) and its message, which carries the SMTP answer. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const described = typeof code === "string" && !text.includes(code) ? `${code}: ${text}` : text;
  return described.slice(0, 500);
}

/** What becomes of a row whose attempt failed. */
export function afterFailure({ attempts, error, now }: { attempts: number; error: unknown; now: Date }) {
  if (isPermanentFailure(error) || attempts >= MAX_ATTEMPTS) return { status: "dead" as const, nextAttemptAt: null };
  return { status: "failed" as const, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() };
}
