/**
 * What every notice e-mail shares: the sign-off with a link to the person's e-mail choices, and
 * who answers for a provider. The notices themselves live with their domains (reviews/review-notices.server.ts,
 * listings/change-notices.server.ts), so this folder stays below them.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { userRoles, users } from "~db/schema";
import type { UnsubscribeKind } from "./email-kinds";
import { queueEmail } from "./outbox.server";
import { siteLink } from "./site-link.server";

/**
 * Queues a short plain-text notice (the outbox sends only to confirmed addresses). With its kind,
 * it carries a one-click unsubscribe link and is not sent to someone who stopped that kind.
 */
export function sendNotice(to: string, subject: string, lines: string[], options: { kind?: UnsubscribeKind } = {}): void {
  queueEmail({
    to,
    subject,
    body: [...lines, "", "Cloud Exchange", `Choose what we e-mail you: ${siteLink("/account/notifications")}`].join("\n"),
    unsubscribe: options.kind,
  });
}

/** Everyone who answers for a provider: its approved representatives. */
export function providerReps(providerId: number) {
  return db()
    .select({ email: users.email, name: users.displayName })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "provider_rep"), eq(userRoles.providerId, providerId), isNotNull(userRoles.approvedAt)))
    .all();
}
