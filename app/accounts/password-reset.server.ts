/**
 * Password reset by e-mail. The visitor is told the same thing whether or not an account exists;
 * a completed reset ends every session of the account, because a reset usually means someone
 * else may have had the old password.
 */
import { eq } from "drizzle-orm";
import { destroyUserSessions, findUserIdByEmail, setPasswordHash } from "./user.server";
import { db } from "~db/client.server";
import { users } from "~db/schema";
import { audit } from "~/audit/audit.server";
import { consumeEmailToken, issueEmailToken } from "./email-tokens.server";
import { queueEmail } from "~/notifications/outbox.server";
import { siteLink } from "~/notifications/site-link.server";
import { hashPassword } from "./password.server";
import { checkRateLimit } from "./rate-limit.server";

/** Queues a reset link when the address has an account and the limits allow; says nothing either way. */
export function requestPasswordReset({ ip, email }: { ip: string | null; email: string }): void {
  const byIp = checkRateLimit({ bucket: "reset:ip", key: ip ?? "unknown", limit: 10, windowSeconds: 3600 });
  const byEmail = checkRateLimit({ bucket: "reset:email", key: email, limit: 3, windowSeconds: 3600 });
  if (!byIp.ok || !byEmail.ok) return;
  const userId = findUserIdByEmail(email);
  if (userId === null) return;
  const token = issueEmailToken({ userId, purpose: "reset_password" });
  queueEmail({
    to: email,
    subject: "Reset your Cloud Exchange password",
    body: [
      "Someone (we hope you) asked to reset the password for this Cloud Exchange account.",
      "",
      "Choose a new password by opening this link within 1 hour:",
      siteLink(`/reset-password?token=${token}`),
      "",
      "If you did not ask, ignore this e-mail: your password has not changed.",
    ].join("\n"),
    confirmsAddress: true,
  });
}

export async function completePasswordReset({
  ip,
  token,
  password,
}: {
  ip: string | null;
  token: string;
  password: string;
}): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const userId = consumeEmailToken({ token, purpose: "reset_password" });
  if (userId === null) return false;
  setPasswordHash({ userId, passwordHash });
  // The link reached the mailbox, which is exactly what verification proves.
  const row = db().select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).get();
  if (row && !row.verifiedAt) db().update(users).set({ emailVerifiedAt: new Date().toISOString() }).where(eq(users.id, userId)).run();
  const ended = destroyUserSessions(userId);
  audit({ ip, actor: { id: userId }, action: "user.password_reset", entity: "user", entityId: userId, details: { sessionsEnded: ended } });
  return true;
}
