/**
 * What agencies' published assessments of one product say, quality by quality (pure). The public
 * sees these aggregates only; who assessed and why stays with signed-in government users.
 */
import { addMonths, type IsoDate } from "~/platform/dates";
import type { FrameworkDocument } from "./framework";
import { isMandatory, qualityByKey } from "./framework";
import type { Classification } from "~/assurance/vocabulary";

/** An assessment older than this is shown as dated and gives way to a newer one. */
export const STALE_AFTER_MONTHS = 24;

export interface PublishedAssessment {
  id: number;
  agencyId: number;
  assessedOn: IsoDate;
  frameworkVersion: number;
  scores: { qualityKey: string; score: number }[];
  /** Agencies, other than the author's, that recorded relying on it. */
  relyingAgencyIds: number[];
}

export interface QualityAggregate {
  key: string;
  /** The newest current assessment's score (or, if every one is dated, the newest). */
  latest: { score: number; assessedOn: IsoDate; stale: boolean; assessmentId: number } | null;
  min: number | null;
  max: number | null;
  /** How many assessments gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
  assessments: number;
}

export interface ProductAggregate {
  assessedBy: number;
  reliedOnBy: number;
  assessments: number;
  newest: IsoDate | null;
  /** True when every assessment is older than 24 months. */
  allStale: boolean;
  frameworkVersions: number[];
  qualities: QualityAggregate[];
}

export function isStale(assessedOn: IsoDate, today: IsoDate): boolean {
  return addMonths(assessedOn, STALE_AFTER_MONTHS) < today;
}

export function aggregate(document: FrameworkDocument, published: readonly PublishedAssessment[], today: IsoDate): ProductAggregate {
  const newestFirst = [...published].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.id - a.id);
  const authors = new Set(newestFirst.map((a) => a.agencyId));
  const relying = new Set(newestFirst.flatMap((a) => a.relyingAgencyIds));
  const qualities = document.qualities.map((q): QualityAggregate => {
    const scored = newestFirst.flatMap((a) => {
      const s = a.scores.find((x) => x.qualityKey === q.key);
      return s ? [{ score: s.score, assessedOn: a.assessedOn, stale: isStale(a.assessedOn, today), assessmentId: a.id }] : [];
    });
    const distribution: QualityAggregate["distribution"] = [0, 0, 0, 0, 0];
    for (const s of scored) distribution[s.score - 1] += 1;
    const values = scored.map((s) => s.score);
    return {
      key: q.key,
      latest: scored.find((s) => !s.stale) ?? scored[0] ?? null,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      distribution,
      assessments: scored.length,
    };
  });
  return {
    assessedBy: authors.size,
    reliedOnBy: relying.size,
    assessments: newestFirst.length,
    newest: newestFirst[0]?.assessedOn ?? null,
    allStale: newestFirst.length > 0 && newestFirst.every((a) => isStale(a.assessedOn, today)),
    frameworkVersions: [...new Set(newestFirst.map((a) => a.frameworkVersion))].sort((a, b) => a - b),
    qualities,
  };
}

export type GapState = "gap" | "unassessed" | "meets" | "no_minimum";

export interface QualityJudgement {
  key: string;
  label: string;
  category: string;
  minimum: number | null;
  mandatory: boolean;
  state: GapState;
  aggregate: QualityAggregate;
}

const ORDER: Record<GapState, number> = { gap: 0, unassessed: 1, meets: 2, no_minimum: 3 };

/**
 * Each quality's assessed score against the buyer's minimums, gaps first (mandatory gaps before
 * the rest), then qualities nobody has assessed, then those that meet.
 */
export function judgeAgainstProfile(
  document: FrameworkDocument,
  product: ProductAggregate,
  profile: { classification: Classification; minimums: Record<string, number> },
): { judgements: QualityJudgement[]; meets: boolean; gaps: number; unassessed: number } {
  const byKey = qualityByKey(document);
  const judgements = product.qualities.flatMap((agg): QualityJudgement[] => {
    const q = byKey.get(agg.key);
    if (!q) return [];
    const minimum = profile.minimums[agg.key] ?? null;
    const state: GapState =
      minimum === null ? "no_minimum" : agg.latest === null ? "unassessed" : agg.latest.score < minimum ? "gap" : "meets";
    return [
      {
        key: q.key,
        label: q.label,
        category: q.category,
        minimum,
        mandatory: isMandatory(q, profile.classification),
        state,
        aggregate: agg,
      },
    ];
  });
  const indexOf = new Map(document.qualities.map((q, i) => [q.key, i]));
  judgements.sort(
    (a, b) => ORDER[a.state] - ORDER[b.state] || Number(b.mandatory) - Number(a.mandatory) || indexOf.get(a.key)! - indexOf.get(b.key)!,
  );
  const gaps = judgements.filter((j) => j.state === "gap").length;
  const unassessed = judgements.filter((j) => j.state === "unassessed").length;
  return { judgements, meets: product.assessments > 0 && gaps === 0 && unassessed === 0, gaps, unassessed };
}
