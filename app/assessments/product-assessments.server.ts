/**
 * A product's assessments as the catalogue, compare, the product page and open data show them:
 * aggregates judged by the framework in force, and (given a requirements profile) the gaps.
 */
import { sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { assessmentFrameworkVersions, assessmentReliances, assessments } from "~db/schema";
import { todayIso, type IsoDate } from "~/platform/dates";
import { aggregate, judgeAgainstProfile, type ProductAggregate } from "./aggregate";
import { assessedProductIds, publishedAssessments } from "./assessment.server";
import { currentFramework, type StoredFrameworkVersion } from "./framework.server";
import type { RequirementProfile } from "./profile.server";

export function productAggregates(
  productIds: readonly number[],
  { framework = currentFramework(), today = todayIso() }: { framework?: StoredFrameworkVersion | null; today?: IsoDate } = {},
): Map<number, ProductAggregate> {
  const result = new Map<number, ProductAggregate>();
  if (!framework) return result;
  for (const [productId, published] of publishedAssessments(productIds)) {
    result.set(productId, aggregate(framework.document, published, today));
  }
  return result;
}

/** Each product judged against the profile, gaps first. */
export function judgeProducts(productIds: readonly number[], profile: RequirementProfile, framework = currentFramework()) {
  if (!framework) return new Map<number, ReturnType<typeof judgeAgainstProfile>>();
  const aggregates = productAggregates(productIds, { framework });
  return new Map([...aggregates].map(([id, agg]) => [id, judgeAgainstProfile(framework.document, agg, profile)]));
}

/** Ids of products whose latest assessed scores meet every minimum in the profile. */
export function productsMeetingProfile(profile: RequirementProfile): Set<number> {
  const judged = judgeProducts(assessedProductIds(), profile);
  return new Set([...judged].filter(([, j]) => j.meets).map(([id]) => id));
}

/**
 * Changes whenever what the aggregates are built from changes (an assessment published, a reliance
 * recorded or withdrawn, a framework version added). Assessments do not bump the catalogue's data
 * version, so open data's ETags add this one.
 */
export function assessmentsVersion(): string {
  const row = db()
    .select({
      published: sql<number>`(select count(*) from ${assessments} where ${assessments.status} = 'published')`,
      lastPublished: sql<
        string | null
      >`(select max(${assessments.publishedAt}) from ${assessments} where ${assessments.status} = 'published')`,
      reliances: sql<number>`(select count(*) from ${assessmentReliances})`,
      lastReliance: sql<number | null>`(select max(${assessmentReliances.id}) from ${assessmentReliances})`,
      frameworks: sql<number>`(select count(*) from ${assessmentFrameworkVersions})`,
    })
    .from(sql`(select 1)`)
    .get();
  return row ? `${row.published}:${row.lastPublished ?? ""}:${row.reliances}:${row.lastReliance ?? ""}:${row.frameworks}` : "";
}
