/**
 * Delivers the outbox over SMTP. Several server processes may run a sender against one database:
 * a row is claimed (queued → sending, with a lease and one more attempt counted) inside one
 * IMMEDIATE write transaction, so two senders can never claim it together. A sender that dies
 * mid-send leaves the row "sending"; once its lease runs out another claim takes it again and
 * sends it with the same Message-ID, so a copy that did get through before the crash is recognisable
 * as the same message (SMTP cannot close the window between the server's acceptance and our
 * marking the row sent).
 */
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { db as appDb, type Db } from "~db/client.server";
import { outbox } from "~db/schema";
import { config } from "~/platform/config.server";
import { logger } from "~/platform/logger.server";
import { afterFailure, describeFailure, LEASE_MS, MAX_ATTEMPTS } from "./delivery";

/** What a sender needs from nodemailer: a transport created from SMTP_URL, or one a test built. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    messageId: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
  close?(): void;
}

export interface ClaimedMessage {
  id: number;
  toAddress: string;
  subject: string;
  body: string;
  messageId: string;
  attempts: number;
  unsubscribeUrl: string | null;
}

const claimedColumns = {
  id: outbox.id,
  toAddress: outbox.toAddress,
  subject: outbox.subject,
  body: outbox.body,
  messageId: outbox.messageId,
  attempts: outbox.attempts,
  unsubscribeUrl: outbox.unsubscribeUrl,
};

/**
 * RFC 8058 one-click unsubscribe: a mail client shows its own "Unsubscribe" button and POSTs
 * "List-Unsubscribe=One-Click" to the address, which stops that kind of e-mail without a sign-in.
 */
export function unsubscribeHeaders(url: string | null): Record<string, string> | undefined {
  return url ? { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined;
}

function messageIdHost(): string {
  return new URL(config().PUBLIC_ORIGIN).hostname;
}

/**
 * Claims up to `limit` messages that are due: queued, failed and past their next attempt, or
 * still "sending" under a lease that has run out. Each gets its Message-ID on its first claim.
 */
export function claimMessages({
  database = appDb(),
  now = new Date(),
  limit = 1,
  leaseMs = LEASE_MS,
}: { database?: Db; now?: Date; limit?: number; leaseMs?: number } = {}): ClaimedMessage[] {
  const at = now.toISOString();
  const leaseExpired = and(eq(outbox.status, "sending"), lte(outbox.leaseUntil, at));
  return database.transaction((tx) => {
    // A row whose sender died on its last allowed attempt is not tried a seventh time.
    tx.update(outbox)
      .set({
        status: "dead",
        leaseUntil: null,
        lastError: sql`coalesce(${outbox.lastError}, 'The sender stopped during its last attempt')`,
      })
      .where(and(leaseExpired, gte(outbox.attempts, MAX_ATTEMPTS)))
      .run();
    const due = tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        or(
          and(inArray(outbox.status, ["queued", "failed"]), or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, at))),
          leaseExpired,
        ),
      )
      .orderBy(asc(outbox.id))
      .limit(limit)
      .all()
      .map((r) => r.id);
    if (due.length === 0) return [];
    tx.update(outbox)
      .set({
        status: "sending",
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: sql`${outbox.attempts} + 1`,
        lastAttemptAt: at,
        messageId: sql`coalesce(${outbox.messageId}, '<outbox-' || ${outbox.id} || '.' || lower(hex(randomblob(9))) || '@' || ${messageIdHost()} || '>')`,
      })
      .where(inArray(outbox.id, due))
      .run();
    return tx
      .select(claimedColumns)
      .from(outbox)
      .where(inArray(outbox.id, due))
      .orderBy(asc(outbox.id))
      .all()
      .map((m) => ({ ...m, messageId: m.messageId! }));
  });
}

// The claim this sender holds: same row, still sending, and not claimed again since (attempts
// counts claims), so a sender whose lease ran out cannot overwrite the newer claim's outcome.
function stillOurs(message: ClaimedMessage) {
  return and(eq(outbox.id, message.id), eq(outbox.status, "sending"), eq(outbox.attempts, message.attempts));
}

export type DeliveryOutcome = "sent" | "failed" | "dead";

/** Sends one claimed message and records the outcome. */
export async function deliverClaimed({
  message,
  transport,
  database = appDb(),
  clock = () => new Date(),
}: {
  message: ClaimedMessage;
  transport: MailTransport;
  database?: Db;
  clock?: () => Date;
}): Promise<DeliveryOutcome> {
  try {
    await transport.sendMail({
      from: config().MAIL_FROM,
      to: message.toAddress,
      subject: message.subject,
      text: message.body,
      messageId: message.messageId,
      headers: unsubscribeHeaders(message.unsubscribeUrl),
    });
  } catch (error) {
    const next = afterFailure({ attempts: message.attempts, error, now: clock() });
    database
      .update(outbox)
      .set({ status: next.status, nextAttemptAt: next.nextAttemptAt, leaseUntil: null, lastError: describeFailure(error) })
      .where(stillOurs(message))
      .run();
    return next.status;
  }
  database
    .update(outbox)
    .set({ status: "sent", sentAt: clock().toISOString(), leaseUntil: null, nextAttemptAt: null })
    .where(stillOurs(message))
    .run();
  return "sent";
}

/** Claims and sends due messages one at a time (so a lease covers one SMTP conversation), at most `max`. */
export async function sendDueMessages({
  transport,
  database = appDb(),
  clock = () => new Date(),
  max = 50,
  stopping = () => false,
  leaseMs = LEASE_MS,
}: {
  transport: MailTransport;
  database?: Db;
  clock?: () => Date;
  max?: number;
  stopping?: () => boolean;
  leaseMs?: number;
}): Promise<Record<DeliveryOutcome, number>> {
  const tally = { sent: 0, failed: 0, dead: 0 };
  for (let i = 0; i < max && !stopping(); i++) {
    const [message] = claimMessages({ database, now: clock(), leaseMs });
    if (!message) break;
    tally[await deliverClaimed({ message, transport, database, clock })] += 1;
  }
  return tally;
}

/**
 * A nodemailer SMTP transport for SMTP_URL. One pooled connection is reused from message to
 * message (a backlog after an outage goes out at the server's pace, not one handshake per
 * message). A server that hangs is given up on well inside the lease, so the attempt counts as a
 * temporary failure rather than leaving the row to a lease expiry.
 */
export function smtpTransport(smtpUrl: string, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): MailTransport {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    // A dropped connection fails the send instead of nodemailer quietly resending it: one retry
    // policy, the outbox's, which the row and /admin/outbox show.
    maxRequeues: 0,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: 2 * timeoutMs,
  });
  // A pooled connection that fails between messages is reported here; unheard, it would end the process.
  transport.on("error", (error) => logger.warn("smtp_transport_error", { error: describeFailure(error) }));
  return transport;
}

/**
 * Runs the sender every `intervalMs` until stopped (the server starts it when SMTP_URL is set).
 * A round never overlaps the previous one; `stop` lets the message in hand finish and claims no more.
 */
export function startOutboxSender({
  transport,
  intervalMs = 5_000,
  leaseMs = LEASE_MS,
}: {
  transport: MailTransport;
  intervalMs?: number;
  leaseMs?: number;
}) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const tick = () => {
    round = sendDueMessages({ transport, stopping: () => stopped, leaseMs })
      .then((tally) => {
        if (tally.sent || tally.failed || tally.dead) logger.info("outbox_delivered", tally);
      })
      .catch((error: unknown) => logger.error("outbox_sender_failed", { error: describeFailure(error) }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
