/**
 * Outgoing mail goes into the outbox table, inside whatever the caller is doing; a separate sender
 * delivers it, and /dev/mailbox shows it in development.
 */
import { db } from "~db/client.server";
import { outbox } from "~db/schema";

export function queueEmail({ to, subject, body }: { to: string; subject: string; body: string }): number {
  const row = db().insert(outbox).values({ toAddress: to, subject, body }).returning({ id: outbox.id }).get();
  return row.id;
}
