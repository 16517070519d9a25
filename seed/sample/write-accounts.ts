/**
 * Demo accounts for local use (see accounts.ts). Passwords are hashed before the seed opens its
 * synchronous transaction, because scrypt is asynchronous.
 */
import { eq } from "drizzle-orm";
import { hashPassword, verifyPassword } from "~/accounts/password.server";
import type { IsoDate } from "~/platform/dates";
import type { Db } from "~db/client.server";
import { userRoles, users } from "~db/schema";
import { DEMO_ACCOUNTS } from "./accounts";
import type { WrittenIds, Writer } from "./write";

/** Keeps a demo user's existing hash when it still matches, so a re-seed does not churn it. */
export async function demoPasswordHashes(db: Db): Promise<Map<string, string>> {
  const entries = await Promise.all(
    DEMO_ACCOUNTS.map(async (account) => {
      const existing = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.email, account.email)).get();
      const keep = existing && (await verifyPassword(account.password, existing.passwordHash));
      return [account.email, keep ? existing.passwordHash : await hashPassword(account.password)] as const;
    }),
  );
  return new Map(entries);
}

export function writeDemoAccounts(
  w: Writer,
  opts: { hashes: Map<string, string>; ids: WrittenIds; providerSlug: string; today: IsoDate },
): void {
  const verifiedAt = `${opts.today}T00:00:00.000Z`;
  for (const account of DEMO_ACCOUNTS) {
    const agencyId = account.agencyName ? (opts.ids.agencies.get(account.agencyName) ?? null) : null;
    const fields = {
      passwordHash: opts.hashes.get(account.email)!,
      displayName: account.displayName,
      agencyId,
      emailVerifiedAt: verifiedAt,
      failedSignIns: 0,
      lockedUntil: null,
    };
    const user = w
      .insert(users)
      .values({ email: account.email, ...fields })
      .onConflictDoUpdate({ target: users.email, set: fields })
      .returning({ id: users.id })
      .get();

    w.delete(userRoles).where(eq(userRoles.userId, user.id)).run();
    // Buyers and agency staff hold no stored role: staff status comes from the verified gov.au e-mail.
    if (account.role === "provider_rep") {
      const providerId = opts.ids.providers.get(opts.providerSlug);
      if (providerId === undefined) throw new Error(`Demo provider ${opts.providerSlug} was not seeded`);
      w.insert(userRoles).values({ userId: user.id, role: "provider_rep", providerId, approvedAt: verifiedAt }).run();
    } else if (account.role === "editor" || account.role === "admin") {
      w.insert(userRoles).values({ userId: user.id, role: account.role, approvedAt: verifiedAt }).run();
    }
  }
}
