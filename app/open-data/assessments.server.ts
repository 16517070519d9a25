/**
 * Agencies' assessments as open data: aggregates only, per product and quality, with the framework
 * version they are laid out by. Never an agency's name, an assessor or a justification: those are
 * for signed-in government users (issue 17). Shapes are built field by field, like json-shapes.ts.
 */
import { asc, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { products } from "~db/schema";
import { assessedProductIds } from "~/assessments/assessment.server";
import { currentFramework } from "~/assessments/framework.server";
import { productAggregates } from "~/assessments/product-assessments.server";
import type { ProductAggregate } from "~/assessments/aggregate";
import type { CsvValue } from "~/platform/csv";
import { todayIso } from "~/platform/dates";
import { ASSESSMENTS_CSV_COLUMNS } from "./dictionary";

export interface OpenAssessmentSummary {
  assessedBy: number;
  reliedOnBy: number;
  /** The framework version the aggregate is judged by (the one in force); null before any is published. */
  frameworkVersion: number | null;
}

function summary(agg: ProductAggregate | undefined, frameworkVersion: number | null): OpenAssessmentSummary {
  return { assessedBy: agg?.assessedBy ?? 0, reliedOnBy: agg?.reliedOnBy ?? 0, frameworkVersion };
}

/** For /api/products: how many agencies assessed and rely on each product. */
export function assessmentSummaries(productIds: readonly number[], today = todayIso()): Map<number, OpenAssessmentSummary> {
  const framework = currentFramework(today);
  const aggregates = productAggregates(productIds, { framework, today });
  return new Map(productIds.map((id) => [id, summary(aggregates.get(id), framework?.version ?? null)]));
}

/** For /api/products/{slug} and /api/assessments: the summary and each quality any agency scored. */
export function openProductAssessments(productIds: readonly number[], today = todayIso()) {
  const framework = currentFramework(today);
  const aggregates = productAggregates(productIds, { framework, today });
  const labels = new Map(framework?.document.qualities.map((q) => [q.key, q.label]) ?? []);
  return new Map(
    productIds.map((id) => {
      const agg = aggregates.get(id);
      return [
        id,
        {
          ...summary(agg, framework?.version ?? null),
          assessments: agg?.assessments ?? 0,
          assessedWithVersions: agg?.frameworkVersions ?? [],
          newestAssessedOn: agg?.newest ?? null,
          qualities: (agg?.qualities ?? [])
            .filter((q) => q.assessments > 0)
            .map((q) => ({
              key: q.key,
              label: labels.get(q.key) ?? q.key,
              latestScore: q.latest?.score ?? null,
              latestAssessedOn: q.latest?.assessedOn ?? null,
              latestDated: q.latest?.stale ?? false,
              min: q.min,
              max: q.max,
              assessments: q.assessments,
              distribution: q.distribution,
            })),
        },
      ] as const;
    }),
  );
}

export type OpenProductAssessments = NonNullable<ReturnType<ReturnType<typeof openProductAssessments>["get"]>>;

/** Every assessed product, by name, with its aggregates: what /api/assessments and its CSV publish. */
export function openAssessmentsByProduct(today = todayIso()) {
  const ids = assessedProductIds();
  if (ids.length === 0) return [];
  const named = db()
    .select({ id: products.id, slug: products.slug, name: products.name })
    .from(products)
    .where(inArray(products.id, ids))
    .orderBy(asc(products.name))
    .all();
  const aggregates = openProductAssessments(
    named.map((p) => p.id),
    today,
  );
  return named.map((p) => ({ product: { slug: p.slug, name: p.name }, ...aggregates.get(p.id)! }));
}

/** The CSV's header: the columns the data dictionary documents, in its order. */
export const ASSESSMENTS_CSV_HEADER = ASSESSMENTS_CSV_COLUMNS.map((c) => c.name);

/** One row per product and quality that at least one agency scored. */
export function assessmentsCsvRows(byProduct: ReturnType<typeof openAssessmentsByProduct>): CsvValue[][] {
  return byProduct.flatMap((p) =>
    p.qualities.map((q) => {
      const row: Record<string, CsvValue> = {
        product_slug: p.product.slug,
        product_name: p.product.name,
        framework_version: p.frameworkVersion,
        quality_key: q.key,
        quality_label: q.label,
        agencies_assessed: p.assessedBy,
        latest_score: q.latestScore,
        latest_assessed_on: q.latestAssessedOn,
        min_score: q.min,
        max_score: q.max,
        assessments: q.assessments,
      };
      return ASSESSMENTS_CSV_HEADER.map((name) => row[name]);
    }),
  );
}
