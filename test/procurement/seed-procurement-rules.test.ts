import { asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { procurementRules, procurementRuleVersions } from "~db/schema";
import { DEFAULT_RULES, defaultRuleVersions } from "~/procurement/default-rules";
import { seedProcurementRules } from "../../seed/procurement-rules";

function counts() {
  return {
    rules: db().select({ n: count() }).from(procurementRules).get()!.n,
    versions: db().select({ n: count() }).from(procurementRuleVersions).get()!.n,
  };
}

describe("seedProcurementRules", () => {
  it("inserts every rule and version once, however often it runs", () => {
    seedProcurementRules(db());
    const first = counts();
    expect(first).toEqual({ rules: DEFAULT_RULES.length, versions: defaultRuleVersions().length });
    seedProcurementRules(db());
    expect(counts()).toEqual(first);
  });

  it("stores versions that read back as the engine's rule versions", () => {
    seedProcurementRules(db());
    const rows = db()
      .select({
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
      })
      .from(procurementRuleVersions)
      .innerJoin(procurementRules, eq(procurementRules.id, procurementRuleVersions.ruleId))
      .orderBy(asc(procurementRules.key), asc(procurementRuleVersions.version))
      .all();
    const byKey = (a: { key: string; version: number }, b: { key: string; version: number }) =>
      a.key.localeCompare(b.key) || a.version - b.version;
    expect(rows).toEqual([...defaultRuleVersions()].sort(byKey));
  });

  it("leaves an editor's change alone", () => {
    seedProcurementRules(db());
    db().update(procurementRules).set({ name: "Edited name" }).where(eq(procurementRules.key, "reuse")).run();
    seedProcurementRules(db());
    const row = db().select({ name: procurementRules.name }).from(procurementRules).where(eq(procurementRules.key, "reuse")).get();
    expect(row?.name).toBe("Edited name");
  });
});
