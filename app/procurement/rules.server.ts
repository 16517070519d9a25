/**
 * Procurement rules as stored data: the engine's RuleVersion rows, each rule's history, and the two
 * editor changes (a new version, retiring a rule). Every change is audited by the caller's route
 * through `audit`, inside this module so no route can forget it.
 */
import { and, asc, eq, isNull, lt } from "drizzle-orm";
import { createHash } from "node:crypto";
import { db } from "~db/client.server";
import { procurementRules, procurementRuleVersions } from "~db/schema";
import { audit } from "~/audit/audit.server";
import type { CurrentUser } from "~/accounts/user.server";
import { addDays, type IsoDate } from "~/platform/dates";
import type { RuleVersion } from "./rules";

export type StoredRuleVersion = RuleVersion & { id: number; ruleId: number; createdAt: string };

const versionColumns = {
  id: procurementRuleVersions.id,
  ruleId: procurementRuleVersions.ruleId,
  key: procurementRules.key,
  name: procurementRules.name,
  owner: procurementRules.owner,
  version: procurementRuleVersions.version,
  effectiveFrom: procurementRuleVersions.effectiveFrom,
  effectiveTo: procurementRuleVersions.effectiveTo,
  params: procurementRuleVersions.params,
  summary: procurementRuleVersions.summary,
  sourceTitle: procurementRuleVersions.sourceTitle,
  sourceUrl: procurementRuleVersions.sourceUrl,
  createdAt: procurementRuleVersions.createdAt,
};

/** Every version of every rule, retired ones included: a retired rule's versions carry their end date. */
export function loadRuleVersions(): StoredRuleVersion[] {
  return db()
    .select(versionColumns)
    .from(procurementRuleVersions)
    .innerJoin(procurementRules, eq(procurementRules.id, procurementRuleVersions.ruleId))
    .orderBy(asc(procurementRules.id), asc(procurementRuleVersions.version))
    .all();
}

/** Changes whenever a version is added or a rule retired: part of the alignment cache key. */
export function rulesFingerprint(versions: StoredRuleVersion[]): string {
  const text = versions.map((v) => `${v.id}:${v.effectiveFrom}:${v.effectiveTo ?? ""}:${JSON.stringify(v.params)}`).join("|");
  return createHash("sha1").update(text).digest("hex").slice(0, 16);
}

export function listRules() {
  return db()
    .select({
      id: procurementRules.id,
      key: procurementRules.key,
      name: procurementRules.name,
      owner: procurementRules.owner,
      retiredAt: procurementRules.retiredAt,
    })
    .from(procurementRules)
    .orderBy(asc(procurementRules.id))
    .all();
}

export function getRule({ key }: { key: string }) {
  const rule = db()
    .select({
      id: procurementRules.id,
      key: procurementRules.key,
      name: procurementRules.name,
      owner: procurementRules.owner,
      retiredAt: procurementRules.retiredAt,
    })
    .from(procurementRules)
    .where(eq(procurementRules.key, key))
    .get();
  if (!rule) return null;
  const versions = db()
    .select(versionColumns)
    .from(procurementRuleVersions)
    .innerJoin(procurementRules, eq(procurementRules.id, procurementRuleVersions.ruleId))
    .where(eq(procurementRuleVersions.ruleId, rule.id))
    .orderBy(asc(procurementRuleVersions.version))
    .all();
  return { ...rule, versions };
}

export interface NewVersion {
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  params: Record<string, unknown>;
  summary: string;
  sourceTitle: string;
  sourceUrl: string;
}

/**
 * Adds the next version. A version still open-ended when the new one starts is closed the day
 * before, so the history reads as a sequence and each contract date finds one version.
 */
export function addRuleVersion({
  ip,
  actor,
  ruleId,
  ruleKey,
  input,
}: {
  ip: string | null;
  actor: CurrentUser;
  ruleId: number;
  ruleKey: string;
  input: NewVersion;
}): number {
  const version = db().transaction((tx) => {
    const last = tx
      .select({ version: procurementRuleVersions.version })
      .from(procurementRuleVersions)
      .where(eq(procurementRuleVersions.ruleId, ruleId))
      .orderBy(asc(procurementRuleVersions.version))
      .all()
      .at(-1);
    const next = (last?.version ?? 0) + 1;
    tx.update(procurementRuleVersions)
      .set({ effectiveTo: addDays(input.effectiveFrom, -1) })
      .where(
        and(
          eq(procurementRuleVersions.ruleId, ruleId),
          isNull(procurementRuleVersions.effectiveTo),
          lt(procurementRuleVersions.effectiveFrom, input.effectiveFrom),
        ),
      )
      .run();
    const { effectiveFrom, effectiveTo, params, summary, sourceTitle, sourceUrl } = input;
    tx.insert(procurementRuleVersions)
      .values({ ruleId, version: next, effectiveFrom, effectiveTo, params, summary, sourceTitle, sourceUrl, createdBy: actor.id })
      .run();
    return next;
  });
  audit({
    ip,
    actor,
    action: "procurement_rule.version_added",
    entity: "procurement_rule",
    entityId: ruleKey,
    details: { version, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo, params: input.params },
  });
  return version;
}

/**
 * Retires a rule: open versions end on `lastDay`, so contracts signed before it are still judged
 * by the rule and later ones are told it was not in force.
 */
export function retireRule({
  ip,
  actor,
  ruleId,
  ruleKey,
  lastDay,
}: {
  ip: string | null;
  actor: CurrentUser;
  ruleId: number;
  ruleKey: string;
  lastDay: IsoDate;
}): void {
  db().transaction((tx) => {
    tx.update(procurementRuleVersions)
      .set({ effectiveTo: lastDay })
      .where(and(eq(procurementRuleVersions.ruleId, ruleId), isNull(procurementRuleVersions.effectiveTo)))
      .run();
    tx.update(procurementRules).set({ retiredAt: new Date().toISOString() }).where(eq(procurementRules.id, ruleId)).run();
  });
  audit({ ip, actor, action: "procurement_rule.retired", entity: "procurement_rule", entityId: ruleKey, details: { lastDay } });
}
