/**
 * Products' assessments as a buyer weighs them: the aggregates (never who wrote what, nor why)
 * judged against the buyer's requirements profile, gaps first. The product page, compare, the
 * catalogue and the evidence pack all read this one shape, so they cannot disagree on a gap.
 */
import type { Classification } from "~/assurance/vocabulary";
import { todayIso, type IsoDate } from "~/platform/dates";
import { judgeAgainstProfile, type GapState } from "./aggregate";
import { currentFramework } from "./framework.server";
import { productAggregates } from "./product-assessments.server";
import { profileFor, type RequirementProfile } from "./profile.server";

export interface QualityLine {
  key: string;
  label: string;
  mandatory: boolean;
  minimum: number | null;
  state: GapState;
  latest: number | null;
  latestOn: IsoDate | null;
  /** The latest score comes from an assessment older than 24 months. */
  stale: boolean;
  min: number | null;
  max: number | null;
  assessments: number;
}

export interface BuyerAssessments {
  assessedBy: number;
  reliedOnBy: number;
  assessments: number;
  newest: IsoDate | null;
  allStale: boolean;
  /** Every quality, gaps first, then those nobody scored, then those that meet. */
  lines: QualityLine[];
  gaps: number;
  unassessed: number;
  meeting: number;
  meetsProfile: boolean;
}

export interface BuyerProfile {
  classification: Classification;
  saved: boolean;
  frameworkVersion: number;
  minimums: Record<string, number>;
}

/**
 * The profile a visitor is judged by: their saved one, else the framework's minimums for the
 * classification of their proposed purchase (OFFICIAL when they have described none). Null only
 * before any framework is published.
 */
export function visitorProfile({
  userId,
  classification,
}: {
  userId: number | null;
  classification: Classification | null;
}): { profile: RequirementProfile; frameworkVersion: number } | null {
  const framework = currentFramework();
  if (!framework) return null;
  return { profile: profileFor({ userId, classification: classification ?? "OFFICIAL", framework }), frameworkVersion: framework.version };
}

export function buyerAssessments({
  productIds,
  profile,
  today = todayIso(),
}: {
  productIds: readonly number[];
  profile: RequirementProfile;
  today?: IsoDate;
}): Map<number, BuyerAssessments> {
  const framework = currentFramework(today);
  const result = new Map<number, BuyerAssessments>();
  if (!framework) return result;
  for (const [id, agg] of productAggregates(productIds, { framework, today })) {
    const judged = judgeAgainstProfile(framework.document, agg, profile);
    const lines = judged.judgements.map((j): QualityLine => ({
      key: j.key,
      label: j.label,
      mandatory: j.mandatory,
      minimum: j.minimum,
      state: j.state,
      latest: j.aggregate.latest?.score ?? null,
      latestOn: j.aggregate.latest?.assessedOn ?? null,
      stale: j.aggregate.latest?.stale ?? false,
      min: j.aggregate.min,
      max: j.aggregate.max,
      assessments: j.aggregate.assessments,
    }));
    result.set(id, {
      assessedBy: agg.assessedBy,
      reliedOnBy: agg.reliedOnBy,
      assessments: agg.assessments,
      newest: agg.newest,
      allStale: agg.allStale,
      lines,
      gaps: judged.gaps,
      unassessed: judged.unassessed,
      meeting: lines.filter((l) => l.state === "meets").length,
      meetsProfile: judged.meets,
    });
  }
  return result;
}

/** A quality's standing in words, so that no page says it by colour alone. */
export const STATE_WORDS: Record<GapState, string> = {
  gap: "Below your minimum",
  unassessed: "Not assessed",
  meets: "Meets your minimum",
  no_minimum: "No minimum set",
};

/** "scored 2 to 4 in 3 assessments", or "scored 3 in 1 assessment". */
export function spreadWords(line: Pick<QualityLine, "min" | "max" | "assessments">): string {
  if (line.assessments === 0 || line.min === null || line.max === null) return "not scored by any agency";
  const range = line.min === line.max ? `${line.min}` : `${line.min} to ${line.max}`;
  return `scored ${range} in ${line.assessments} ${line.assessments === 1 ? "assessment" : "assessments"}`;
}
