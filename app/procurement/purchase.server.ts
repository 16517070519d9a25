/**
 * Where a buyer's proposed purchase is kept: in the session for anonymous visitors, in the
 * purchases table once signed in. A signed-in buyer without a stored purchase adopts the one in
 * their session, so work done before signing in is not lost.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { purchases } from "~db/schema";
import { getSessionData, getUser, setSessionData, type CurrentUser } from "~/accounts/session.server";
import type { ProposedPurchase } from "./purchase";
import { proposedPurchaseSchema } from "./purchase-form.server";

/** The session data key; exported so sign-in can hand the purchase over explicitly. */
export const SESSION_PURCHASE_KEY = "proposedPurchase";

function parseStored(value: unknown): ProposedPurchase | null {
  const parsed = proposedPurchaseSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function accountPurchase({ userId }: { userId: number }): ProposedPurchase | null {
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
export function adoptSessionPurchase({
  userId,
  sessionData,
}: {
  userId: number;
  sessionData: Record<string, unknown>;
}): ProposedPurchase | null {
  const existing = accountPurchase({ userId });
  if (existing) return existing;
  const fromSession = parseStored(sessionData[SESSION_PURCHASE_KEY]);
  if (fromSession) storeForAccount(userId, fromSession);
  return fromSession;
}

export async function loadPurchase({
  request,
  user,
}: {
  request: Request;
  user?: CurrentUser | null;
}): Promise<ProposedPurchase | null> {
  const who = user === undefined ? await getUser(request) : user;
  const sessionData = await getSessionData(request);
  if (who) return adoptSessionPurchase({ userId: who.id, sessionData });
  return parseStored(sessionData[SESSION_PURCHASE_KEY]);
}

/** Saves the purchase; the returned headers carry Set-Cookie when a session had to be created. */
export async function savePurchase({
  request,
  user,
  purchase,
}: {
  request: Request;
  user: CurrentUser | null;
  purchase: ProposedPurchase;
}): Promise<Headers> {
  if (user) {
    storeForAccount(user.id, purchase);
    return new Headers();
  }
  return setSessionData(request, { [SESSION_PURCHASE_KEY]: purchase });
}

/** Clears both copies, so that a cleared account does not adopt the session's old purchase again. */
export async function clearPurchase({ request, user }: { request: Request; user: CurrentUser | null }): Promise<Headers> {
  if (user) db().delete(purchases).where(eq(purchases.userId, user.id)).run();
  return setSessionData(request, { [SESSION_PURCHASE_KEY]: undefined });
}
