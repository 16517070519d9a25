/**
 * E-mail verification: proving an address is what makes a government address count as agency
 * staff, so nothing about roles is decided until the link in the e-mail has been followed.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { users } from "~db/schema";
import { agencyIdForEmail } from "./agency-domains.server";
import { audit } from "~/audit/audit.server";
import { consumeEmailToken, issueEmailToken } from "./email-tokens.server";
import { queueEmail } from "~/notifications/outbox.server";
import { siteLink } from "~/notifications/site-link.server";

export function sendVerificationEmail({ userId }: { userId: number }): void {
  const user = db().select({ email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, userId)).get();
  if (!user) return;
  const token = issueEmailToken({ userId, purpose: "verify_email" });
  queueEmail({
    to: user.email,
    subject: "Confirm your e-mail address for Cloud Exchange",
    body: [
      `Hello ${user.displayName},`,
      "",
      "Confirm your e-mail address by opening this link within 48 hours:",
      siteLink(`/verify-email?token=${token}`),
      "",
      "If you did not create a Cloud Exchange account, you can ignore this e-mail.",
    ].join("\n"),
    confirmsAddress: true,
  });
}

/** Uses a verification token; answers the user it verified, or null for a bad or used link. */
export function verifyEmail({ ip, token }: { ip: string | null; token: string }): number | null {
  const userId = consumeEmailToken({ token, purpose: "verify_email" });
  if (userId === null) return null;
  const user = db()
    .select({ email: users.email, agencyId: users.agencyId, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return null;
  const agencyId = user.agencyId ?? agencyIdForEmail(user.email);
  db()
    .update(users)
    .set({ emailVerifiedAt: user.verifiedAt ?? new Date().toISOString(), agencyId })
    .where(eq(users.id, userId))
    .run();
  audit({ ip, actor: { id: userId }, action: "user.email_verified", entity: "user", entityId: userId, details: { agencyId } });
  return userId;
}
