/**
 * Where a buyer's proposed purchase is kept: in the session for anonymous visitors, in the
 * purchases table once signed in. A signed-in buyer without a stored purchase adopts the one in
 * their session, so work done before signing in is not lost.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { purchases } from "~db/schema";
import type { ProposedPurchase } from "./purchase";
import { proposedPurchaseSchema } from "./purchase-form.server";

/** The session data key; exported so sign-in can hand the purchase over explicitly. */
const SESSION_PURCHASE_KEY = "proposedPurchase";

function parseStored(value: unknown): ProposedPurchase | null {
  const parsed = proposedPurchaseSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function accountPurchase({ userId }: { userId: number }): ProposedPurchase | null {
  const row = db().select({ inputs: purchases.inputs }).from(purchases).where(eq(purchases.userId, userId)).get();
  return row ? parseStored(row.inputs) : null;
}

function storeForAccount(userId: number, purchase: ProposedPurchase): void {
  const inputs = { ...purchase } as Record<string, unknown>;
  db()
    .insert(purchases)
    .values({ userId, inputs })
    .onConflictDoUpdate({ target: purchases.userId, set: { inputs, updatedAt: new Date().toISOString() } })
    .run();
}

/** Copies a session purchase to an account that has none; returns what the account now holds. */
function adoptSessionPurchase({ userId, sessionData }: { userId: number; sessionData: Record<string, unknown> }): ProposedPurchase | null {
  const existing = accountPurchase({ userId });
  if (existing) return existing;
  const fromSession = parseStored(sessionData[SESSION_PURCHASE_KEY]);
  if (fromSession) storeForAccount(userId, fromSession);
  return fromSession;
}

/** Who is asking, as the route read it from the session: the signed-in person and the session's data. */
export interface Visitor {
  user: { id: number } | null;
  sessionData: Record<string, unknown>;
}

/** The visitor's proposed purchase: the account's once signed in (adopting the session's), else the session's. */
export function loadPurchase({ user, sessionData }: Visitor): ProposedPurchase | null {
  if (user) return adoptSessionPurchase({ userId: user.id, sessionData });
  return parseStored(sessionData[SESSION_PURCHASE_KEY]);
}

/**
 * Saves the purchase. A signed-in buyer's goes to the account; an anonymous visitor's is returned
 * as the session patch the route must store (accounts/session.server.ts setSessionData).
 */
export function savePurchase({
  user,
  purchase,
}: {
  user: { id: number } | null;
  purchase: ProposedPurchase;
}): Record<string, unknown> | null {
  if (user) {
    storeForAccount(user.id, purchase);
    return null;
  }
  return { [SESSION_PURCHASE_KEY]: purchase };
}

/**
 * Clears the account's copy and answers the session patch that clears the session's, so that a
 * cleared account does not adopt the session's old purchase again.
 */
export function clearPurchase({ user }: { user: { id: number } | null }): Record<string, unknown> {
  if (user) db().delete(purchases).where(eq(purchases.userId, user.id)).run();
  return { [SESSION_PURCHASE_KEY]: undefined };
}
