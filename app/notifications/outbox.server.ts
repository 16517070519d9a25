/**
 * Outgoing mail goes into the outbox table, inside whatever the caller is doing; the sender
 * (sender.server.ts, started by the server when SMTP_URL is set) delivers it, and /dev/mailbox
 * shows it in development.
 *
 * Mail goes only to addresses their owner has confirmed: anyone can type someone else's address
 * into the join form, and that person should hear nothing from us but the one message that lets
 * them confirm it. A message that proves the address (the confirmation, a password reset link,
 * which confirms the address when followed) says so with `confirmsAddress`.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { outbox, users } from "~db/schema";

// Lower-cased and trimmed, as app/accounts/user.server.ts stores addresses.
function addressConfirmed(to: string): boolean {
  const row = db().select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.email, to.trim().toLowerCase())).get();
  return !!row?.verifiedAt;
}

/** Queues one e-mail; answers its outbox id, or null when the address is unconfirmed and nothing was queued. */
export function queueEmail({
  to,
  subject,
  body,
  confirmsAddress = false,
}: {
  to: string;
  subject: string;
  body: string;
  confirmsAddress?: boolean;
}): number | null {
  if (!confirmsAddress && !addressConfirmed(to)) return null;
  const row = db().insert(outbox).values({ toAddress: to, subject, body }).returning({ id: outbox.id }).get();
  return row.id;
}
