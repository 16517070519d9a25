/**
 * People and their roles. Every query names its columns: the password hash leaves this module
 * only through `passwordHashFor`, which the sign-in code alone uses.
 */
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { isGovernmentEmail } from "./government-domains";
import type { Role } from "./roles";
import { db } from "~db/client.server";
import { agencies, agencyDomains, providers, sessions, userRoles, users } from "~db/schema";

export type CurrentUser = {
  id: number;
  email: string;
  displayName: string;
  agencyId: number | null;
  agencyName: string | null;
  emailVerified: boolean;
  roles: Role[];
  providerId: number | null;
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function listedAgencyDomains(): string[] {
  return db()
    .select({ domain: agencyDomains.domain })
    .from(agencyDomains)
    .all()
    .map((r) => r.domain);
}

export function getCurrentUserById(id: number): CurrentUser | null {
  const row = db()
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      agencyId: users.agencyId,
      agencyName: agencies.name,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, id))
    .get();
  if (!row) return null;
  const granted = db()
    .select({ role: userRoles.role, providerId: userRoles.providerId })
    .from(userRoles)
    .where(and(eq(userRoles.userId, id), isNotNull(userRoles.approvedAt)))
    .orderBy(asc(userRoles.id))
    .all();
  const emailVerified = row.emailVerifiedAt !== null;
  const roles: Role[] = ["buyer"];
  if (emailVerified && isGovernmentEmail(row.email, listedAgencyDomains())) roles.push("agency_staff");
  const rep = granted.find((g) => g.role === "provider_rep" && g.providerId !== null);
  if (rep) roles.push("provider_rep");
  for (const role of ["editor", "admin"] as const) if (granted.some((g) => g.role === role)) roles.push(role);
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    emailVerified,
    roles,
    providerId: rep?.providerId ?? null,
  };
}

export function findUserIdByEmail(email: string): number | null {
  return (
    db()
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, normaliseEmail(email)))
      .get()?.id ?? null
  );
}

export function passwordHashFor(email: string) {
  return (
    db()
      .select({ id: users.id, passwordHash: users.passwordHash, failedSignIns: users.failedSignIns, lockedUntil: users.lockedUntil })
      .from(users)
      .where(eq(users.email, normaliseEmail(email)))
      .get() ?? null
  );
}

export function createUser({ email, displayName, passwordHash }: { email: string; displayName: string; passwordHash: string }): number {
  return db()
    .insert(users)
    .values({ email: normaliseEmail(email), displayName: displayName.trim(), passwordHash })
    .returning({ id: users.id })
    .get().id;
}

export function setPasswordHash({ userId, passwordHash }: { userId: number; passwordHash: string }): void {
  db()
    .update(users)
    .set({ passwordHash, failedSignIns: 0, lockedUntil: null, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` })
    .where(eq(users.id, userId))
    .run();
}

export function setAgency({ userId, agencyId }: { userId: number; agencyId: number | null }): void {
  db().update(users).set({ agencyId }).where(eq(users.id, userId)).run();
}

export function listAgencies() {
  return db().select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name)).all();
}

export function listProviders() {
  return db().select({ id: providers.id, name: providers.name }).from(providers).orderBy(asc(providers.name)).all();
}

/** Provider-representative requests and grants of one person, approved or not. */
export function providerRoleRows(userId: number) {
  return db()
    .select({
      id: userRoles.id,
      providerId: userRoles.providerId,
      providerName: providers.name,
      approvedAt: userRoles.approvedAt,
      createdAt: userRoles.createdAt,
    })
    .from(userRoles)
    .innerJoin(providers, eq(providers.id, userRoles.providerId))
    .where(and(eq(userRoles.userId, userId), eq(userRoles.role, "provider_rep")))
    .orderBy(asc(userRoles.id))
    .all();
}

/** A pending request to represent a provider; answers null when one already exists. */
export function requestProviderRole({ userId, providerId }: { userId: number; providerId: number }): number | null {
  const row = db()
    .insert(userRoles)
    .values({ userId, role: "provider_rep", providerId })
    .onConflictDoNothing()
    .returning({ id: userRoles.id })
    .get();
  return row?.id ?? null;
}

export function providerExists(id: number): boolean {
  return db().select({ id: providers.id }).from(providers).where(eq(providers.id, id)).get() !== undefined;
}

export function agencyExists(id: number): boolean {
  return db().select({ id: agencies.id }).from(agencies).where(eq(agencies.id, id)).get() !== undefined;
}

/** "Sign out everywhere", and what a password reset does: every session of the person ends. */
export function destroyUserSessions(userId: number): number {
  return db().delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}
