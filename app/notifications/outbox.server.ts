/**
 * Outgoing mail goes into the outbox table, inside whatever the caller is doing; the sender
 * (sender.server.ts, started by the server when SMTP_URL is set) delivers it, and /dev/mailbox
 * shows it in development.
 *
 * Mail goes only to addresses their owner has confirmed: anyone can type someone else's address
 * into the join form, and that person should hear nothing from us but the one message that lets
 * them confirm it. A message that proves the address (the confirmation, a password reset link,
 * which confirms the address when followed) says so with `confirmsAddress`.
 *
 * A notification names its kind (`unsubscribe`): it is not queued for someone who stopped that
 * kind, and it carries a one-click unsubscribe link, in its text and as List-Unsubscribe.
 */
import { and, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { emailOptOuts, outbox, users } from "~db/schema";
import { isEmailKind, type UnsubscribeKind } from "./email-kinds";
import { issueUnsubscribeLink } from "./unsubscribe.server";

// Lower-cased and trimmed, as app/accounts/user.server.ts stores addresses.
function recipient(to: string) {
  return db().select({ id: users.id, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.email, to.trim().toLowerCase())).get();
}

function optedOut(userId: number, kind: UnsubscribeKind): boolean {
  if (!isEmailKind(kind)) return false;
  return !!db()
    .select({ kind: emailOptOuts.kind })
    .from(emailOptOuts)
    .where(and(eq(emailOptOuts.userId, userId), eq(emailOptOuts.kind, kind)))
    .get();
}

/** Queues one e-mail; answers its outbox id, or null when nothing was queued (unconfirmed address, or that kind stopped). */
export function queueEmail({
  to,
  subject,
  body,
  confirmsAddress = false,
  unsubscribe,
}: {
  to: string;
  subject: string;
  body: string;
  confirmsAddress?: boolean;
  unsubscribe?: UnsubscribeKind;
}): number | null {
  const person = recipient(to);
  if (!confirmsAddress && !person?.verifiedAt) return null;
  let unsubscribeUrl: string | null = null;
  let text = body;
  if (unsubscribe && person) {
    if (optedOut(person.id, unsubscribe)) return null;
    unsubscribeUrl = issueUnsubscribeLink({ userId: person.id, kind: unsubscribe });
    text = `${body}\n\nStop these e-mails with one click: ${unsubscribeUrl}`;
  }
  const row = db().insert(outbox).values({ toAddress: to, subject, body: text, unsubscribeUrl }).returning({ id: outbox.id }).get();
  return row.id;
}
