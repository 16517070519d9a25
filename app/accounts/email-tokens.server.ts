/**
 * One-time links for e-mail verification (48 hours) and password reset (1 hour). The link carries
 * a random token; the table keeps only its SHA-256. Using a token marks it used in the same
 * statement that checks it, so two clicks cannot both succeed.
 */
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { emailTokens } from "~db/schema";
import { newToken, sha256 } from "~/platform/cookies.server";

export type TokenPurpose = "verify_email" | "reset_password";

const LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 48 * 3_600_000,
  reset_password: 3_600_000,
};

export function issueEmailToken({ userId, purpose, now = new Date() }: { userId: number; purpose: TokenPurpose; now?: Date }): string {
  const token = newToken();
  db().transaction((tx) => {
    // Only the newest link works: asking again retires the earlier ones.
    tx.update(emailTokens)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)))
      .run();
    tx.insert(emailTokens)
      .values({ userId, purpose, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + LIFETIME_MS[purpose]).toISOString() })
      .run();
  });
  return token;
}

function usable(token: string, purpose: TokenPurpose, now: Date) {
  return and(
    eq(emailTokens.tokenHash, sha256(token)),
    eq(emailTokens.purpose, purpose),
    isNull(emailTokens.usedAt),
    gt(emailTokens.expiresAt, now.toISOString()),
  );
}

/** The user a still-valid token belongs to, without using it up (to decide whether to show a form). */
export function peekEmailToken({ token, purpose, now = new Date() }: { token: string; purpose: TokenPurpose; now?: Date }): number | null {
  if (!token) return null;
  return (
    db()
      .select({ userId: emailTokens.userId })
      .from(emailTokens)
      .where(usable(token, purpose, now))
      .get()?.userId ?? null
  );
}

export function consumeEmailToken({
  token,
  purpose,
  now = new Date(),
}: {
  token: string;
  purpose: TokenPurpose;
  now?: Date;
}): number | null {
  if (!token) return null;
  return (
    db()
      .update(emailTokens)
      .set({ usedAt: now.toISOString() })
      .where(usable(token, purpose, now))
      .returning({ userId: emailTokens.userId })
      .get()?.userId ?? null
  );
}
