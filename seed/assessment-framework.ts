/**
 * Publishes version 1 of the common assessment framework when no version exists yet. Idempotent:
 * once any version is there the seed leaves the framework alone, because versions are only ever
 * added by editors (changing one in place would change what earlier assessments meant).
 */
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import type { Db } from "~db/client.server";
import { assessmentFrameworkVersions } from "~db/schema";

export const FRAMEWORK_V1_SEED = {
  version: 1,
  effectiveFrom: "2024-07-01",
  summary:
    "Adopts the 31 qualities of the DTA's 2019 Cloud Assessment Tool, scored 1 to 5, with the tool's published minimums " +
    "and the Privacy Act as mandatory. Where the tool is silent, Cloud Exchange proposes minimums (marked as proposed), " +
    "including higher minimums for OFFICIAL: Sensitive and PROTECTED data.",
  sourceTitle: "Cloud Assessment Tool (Digital Transformation Agency, 2019)",
  sourceUrl: "https://www.dta.gov.au/help-and-advice/ict-procurement/cloud-services",
} as const;

export function seedAssessmentFramework(db: Db): void {
  const any = db.select({ id: assessmentFrameworkVersions.id }).from(assessmentFrameworkVersions).limit(1).get();
  if (any) return;
  db.insert(assessmentFrameworkVersions)
    .values({ ...FRAMEWORK_V1_SEED, document: FRAMEWORK_V1 as unknown as Record<string, unknown>, createdBy: null })
    .onConflictDoNothing({ target: assessmentFrameworkVersions.version })
    .run();
}
