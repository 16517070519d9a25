/**
 * The audit trail of privileged changes: who, what, when, from where. Callers pass identifiers and
 * outcomes in `details`, never passwords, tokens or personal details; keys that look like secrets
 * are dropped here as a second line of defence.
 */
import { and, asc, count, desc, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { auditLog, users } from "~db/schema";

const SECRET_KEY = /pass|token|secret|hash|cookie|csrf/i;

function scrub(details: object | undefined): Record<string, unknown> {
  if (!details) return {};
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEY.test(key)));
}

/** Writes one audit row. `ip` is the visitor's address as the route read it (platform/client-ip.server.ts). */
export function audit({
  ip,
  actor,
  action,
  entity,
  entityId,
  details,
}: {
  ip: string | null;
  actor: { id: number } | null;
  action: string;
  entity: string;
  entityId?: string | number;
  details?: object;
}): void {
  db()
    .insert(auditLog)
    .values({
      actorUserId: actor?.id ?? null,
      action,
      entity,
      entityId: entityId === undefined ? null : String(entityId),
      ip,
      details: scrub(details),
    })
    .run();
}

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, filtered by exact action and entity, for /admin/audit. */
export function listAudit({ action, entity, entityId, page }: { action?: string; entity?: string; entityId?: string; page: number }) {
  const where = and(
    action ? eq(auditLog.action, action) : undefined,
    entity ? eq(auditLog.entity, entity) : undefined,
    entityId ? eq(auditLog.entityId, entityId) : undefined,
  );
  const total = db().select({ n: count() }).from(auditLog).where(where).get()!.n;
  const rows = db()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      ip: auditLog.ip,
      details: auditLog.details,
      actorId: auditLog.actorUserId,
      actorName: users.displayName,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { total, rows };
}

/** The distinct actions and entities recorded so far, for the filter lists. */
export function auditVocabulary() {
  const actions = db()
    .selectDistinct({ v: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .all()
    .map((r) => r.v);
  const entities = db()
    .selectDistinct({ v: auditLog.entity })
    .from(auditLog)
    .orderBy(asc(auditLog.entity))
    .all()
    .map((r) => r.v);
  return { actions, entities };
}
