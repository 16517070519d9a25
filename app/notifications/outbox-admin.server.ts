/**
 * What administrators see of the outbox at /admin/outbox, and their one action on it: sending a
 * dead message again. Bodies are never listed: they carry live sign-in and reset links.
 */
import { and, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "~db/client.server";
import { outbox } from "~db/schema";
import { audit } from "~/audit/audit.server";
import { OUTBOX_STATUSES, type OutboxStatus } from "./delivery";

const listedColumns = {
  id: outbox.id,
  toAddress: outbox.toAddress,
  subject: outbox.subject,
  status: outbox.status,
  attempts: outbox.attempts,
  lastError: outbox.lastError,
  createdAt: outbox.createdAt,
  lastAttemptAt: outbox.lastAttemptAt,
  nextAttemptAt: outbox.nextAttemptAt,
  sentAt: outbox.sentAt,
};

export function outboxCounts(): Record<OutboxStatus, number> {
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const row of db().select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status).all()) {
    if (row.status in counts) counts[row.status as OutboxStatus] = row.n;
  }
  return counts;
}

export function newestOutboxMessages({ limit = 50 }: { limit?: number } = {}) {
  return db()
    .select(listedColumns)
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit)
    .all()
    .map((m) => ({ ...m, status: m.status as OutboxStatus }));
}

/**
 * Queues a dead message again with a fresh set of attempts (it keeps its Message-ID and last
 * error), and audits who did it. False when the message is not dead (already retried, or never was).
 */
export function retryDeadMessage({ id, actor, ip }: { id: number; actor: { id: number }; ip: string | null }): boolean {
  return db().transaction((tx) => {
    const row = tx
      .update(outbox)
      .set({ status: "queued", attempts: 0, nextAttemptAt: null, leaseUntil: null })
      .where(and(eq(outbox.id, id), eq(outbox.status, "dead")))
      .returning({ id: outbox.id })
      .get();
    if (!row) return false;
    audit({ ip, actor, action: "outbox.retried", entity: "outbox", entityId: id });
    return true;
  });
}

/** The Retry button's form (zod stays on the server: test/build/browser-bundles.test.ts). */
export const retryFormSchema = z.object({
  intent: z.literal("retry", { errorMap: () => ({ message: "Unknown outbox action." }) }),
  id: z.number({ invalid_type_error: "Choose a message to retry." }).int().positive(),
});
