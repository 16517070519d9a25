/**
 * Sliding-window limits kept in SQLite, so they hold across restarts and processes sharing the file.
 * Only allowed attempts are recorded: a blocked client cannot extend its own ban by hammering.
 * With `record: false` the check only looks; `recordAttempt` then counts just the attempts that
 * matter (failed sign-ins, say), so that people who sign in correctly are never slowed down.
 */
import { and, asc, count, eq, gt, lte } from "drizzle-orm";
import { db } from "~db/client.server";
import { rateLimitEvents } from "~db/schema";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export function checkRateLimit({
  bucket,
  key,
  limit,
  windowSeconds,
  record = true,
  now = new Date(),
}: {
  bucket: string;
  key: string;
  limit: number;
  windowSeconds: number;
  record?: boolean;
  now?: Date;
}): RateLimitResult {
  const since = new Date(now.getTime() - windowSeconds * 1000).toISOString();
  const mine = and(eq(rateLimitEvents.bucket, bucket), eq(rateLimitEvents.key, key));
  const d = db();
  return d.transaction((tx) => {
    tx.delete(rateLimitEvents)
      .where(and(mine, lte(rateLimitEvents.at, since)))
      .run();
    const { n } = tx
      .select({ n: count() })
      .from(rateLimitEvents)
      .where(and(mine, gt(rateLimitEvents.at, since)))
      .get()!;
    if (n >= limit) {
      const oldest = tx
        .select({ at: rateLimitEvents.at })
        .from(rateLimitEvents)
        .where(and(mine, gt(rateLimitEvents.at, since)))
        .orderBy(asc(rateLimitEvents.at))
        .limit(1)
        .get()!;
      const freeAt = new Date(oldest.at).getTime() + windowSeconds * 1000;
      return { ok: false as const, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
    }
    if (record) tx.insert(rateLimitEvents).values({ bucket, key, at: now.toISOString() }).run();
    return { ok: true as const };
  });
}

export function recordAttempt({ bucket, key, now = new Date() }: { bucket: string; key: string; now?: Date }): void {
  db().insert(rateLimitEvents).values({ bucket, key, at: now.toISOString() }).run();
}

/** "about 12 minutes": for messages that tell a person when to try again. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return "a minute";
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}
