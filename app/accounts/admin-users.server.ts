/**
 * Administration of people: finding them, approving provider representatives, granting editor
 * and admin. Callers audit every change; these functions only change rows and report what changed.
 */
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like, or } from "drizzle-orm";
import { db } from "~db/client.server";
import { providers, userRoles, users } from "~db/schema";

export const GRANTABLE_ROLES = ["editor", "admin"] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
export const USERS_PER_PAGE = 25;

export function pendingProviderRequests() {
  return db()
    .select({
      id: userRoles.id,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      emailVerifiedAt: users.emailVerifiedAt,
      providerId: providers.id,
      providerName: providers.name,
      requestedAt: userRoles.createdAt,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .innerJoin(providers, eq(providers.id, userRoles.providerId))
    .where(and(eq(userRoles.role, "provider_rep"), isNull(userRoles.approvedAt)))
    .orderBy(asc(userRoles.createdAt))
    .all();
}

export function listUsers({ query, page }: { query: string; page: number }) {
  // An admin typing % or _ gets SQL wildcards: harmless in a search box only admins see.
  const pattern = `%${query}%`;
  const where = query ? or(like(users.email, pattern), like(users.displayName, pattern)) : undefined;
  const total = db().select({ n: count() }).from(users).where(where).get()!.n;
  const rows = db()
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      emailVerifiedAt: users.emailVerifiedAt,
      lockedUntil: users.lockedUntil,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(USERS_PER_PAGE)
    .offset((page - 1) * USERS_PER_PAGE)
    .all();
  const granted = rows.length
    ? db()
        .select({ userId: userRoles.userId, role: userRoles.role, providerName: providers.name })
        .from(userRoles)
        .leftJoin(providers, eq(providers.id, userRoles.providerId))
        .where(
          and(
            inArray(
              userRoles.userId,
              rows.map((r) => r.id),
            ),
            isNotNull(userRoles.approvedAt),
          ),
        )
        .all()
    : [];
  return {
    total,
    users: rows.map((r) => ({
      ...r,
      roles: granted.filter((g) => g.userId === r.id).map((g) => ({ role: g.role, providerName: g.providerName })),
    })),
  };
}

/** Approves a pending provider request; answers the request's user and provider, or null. */
export function approveProviderRequest({ requestId, approvedBy }: { requestId: number; approvedBy: number }) {
  return (
    db()
      .update(userRoles)
      .set({ approvedAt: new Date().toISOString(), approvedBy })
      .where(and(eq(userRoles.id, requestId), eq(userRoles.role, "provider_rep"), isNull(userRoles.approvedAt)))
      .returning({ userId: userRoles.userId, providerId: userRoles.providerId })
      .get() ?? null
  );
}

export function rejectProviderRequest({ requestId }: { requestId: number }) {
  return (
    db()
      .delete(userRoles)
      .where(and(eq(userRoles.id, requestId), eq(userRoles.role, "provider_rep"), isNull(userRoles.approvedAt)))
      .returning({ userId: userRoles.userId, providerId: userRoles.providerId })
      .get() ?? null
  );
}

export function userExists(userId: number): boolean {
  return db().select({ id: users.id }).from(users).where(eq(users.id, userId)).get() !== undefined;
}

function hasStoredRole(userId: number, role: GrantableRole): boolean {
  return (
    db()
      .select({ id: userRoles.id })
      .from(userRoles)
      .where(and(eq(userRoles.userId, userId), eq(userRoles.role, role)))
      .get() !== undefined
  );
}

/** Grants editor or admin; answers false when the person already had it. */
export function grantRole({ userId, role, grantedBy }: { userId: number; role: GrantableRole; grantedBy: number }): boolean {
  // The unique index cannot stop duplicates here: SQLite treats the NULL provider ids as distinct.
  if (hasStoredRole(userId, role)) return false;
  db().insert(userRoles).values({ userId, role, approvedAt: new Date().toISOString(), approvedBy: grantedBy }).run();
  return true;
}

export function revokeRole({ userId, role }: { userId: number; role: GrantableRole }): boolean {
  return (
    db()
      .delete(userRoles)
      .where(and(eq(userRoles.userId, userId), eq(userRoles.role, role)))
      .run().changes > 0
  );
}

export function countAdmins(): number {
  return db()
    .select({ n: count() })
    .from(userRoles)
    .where(and(eq(userRoles.role, "admin"), isNotNull(userRoles.approvedAt)))
    .get()!.n;
}
