/**
 * The audit trail of privileged changes: who, what, when, from where. Callers pass identifiers and
 * outcomes in `details`, never passwords, tokens or personal details; keys that look like secrets
 * are dropped here as a second line of defence.
 */
import { db } from "~db/client.server";
import { auditLog } from "~db/schema";
import { clientIp } from "./client-ip.server";

const SECRET_KEY = /pass|token|secret|hash|cookie|csrf/i;

function scrub(details: object | undefined): Record<string, unknown> {
  if (!details) return {};
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEY.test(key)));
}

export function audit({
  request,
  actor,
  action,
  entity,
  entityId,
  details,
}: {
  request: Request;
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
      ip: clientIp(request),
      details: scrub(details),
    })
    .run();
}
