/**
 * What every notice e-mail shares: a link on this site, the sign-off, and who answers for a
 * provider. The notices themselves live with their domains (reviews/review-notices.server.ts,
 * listings/change-notices.server.ts), so this folder stays below them.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { userRoles, users } from "~db/schema";
import { config } from "~/platform/config.server";
import { queueEmail } from "./outbox.server";

/** Links in e-mails: absolute, on the configured public origin, so a forged Host header cannot steer them. */
export function siteLink(path: string): string {
  return new URL(path, config().PUBLIC_ORIGIN).toString();
}

/** Queues a short plain-text notice (the outbox sends only to confirmed addresses). */
export function sendNotice(to: string, subject: string, lines: string[]): void {
  queueEmail({ to, subject, body: [...lines, "", "Cloud Exchange", `Your account: ${siteLink("/account")}`].join("\n") });
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
