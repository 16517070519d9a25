/**
 * Seeds the default procurement rules and their versions. Idempotent: a rule is added only when its
 * key is absent and a version only when that (rule, version) pair is absent, so re-running the seed
 * never overwrites an editor's changes and a new default version is picked up by the next run.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.server";
import { procurementRules, procurementRuleVersions } from "../db/schema";
import { DEFAULT_RULES } from "../app/procurement/default-rules";

export function seedProcurementRules(db: Db): void {
  db.transaction((tx) => {
    for (const rule of DEFAULT_RULES) {
      tx.insert(procurementRules)
        .values({ key: rule.key, name: rule.name, owner: rule.owner })
        .onConflictDoNothing({ target: procurementRules.key })
        .run();
      const row = tx.select({ id: procurementRules.id }).from(procurementRules).where(eq(procurementRules.key, rule.key)).get();
      if (!row) throw new Error(`Procurement rule ${rule.key} was not saved`);
      for (const v of rule.versions) {
        tx.insert(procurementRuleVersions)
          .values({
            ruleId: row.id,
            version: v.version,
            effectiveFrom: v.effectiveFrom,
            effectiveTo: v.effectiveTo,
            params: v.params,
            summary: v.summary,
            sourceTitle: v.sourceTitle,
            sourceUrl: v.sourceUrl,
          })
          .onConflictDoNothing({ target: [procurementRuleVersions.ruleId, procurementRuleVersions.version] })
          .run();
      }
    }
  });
}
