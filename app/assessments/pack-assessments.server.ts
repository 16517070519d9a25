/**
 * The assessments an evidence pack freezes for each product: the aggregate judged against the
 * taker's requirements profile and, for government users, the published assessments themselves,
 * marking those the taker's agency relies on ("the assessments relied on, frozen").
 */
import { and, eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { assessmentReliances, assessments } from "~db/schema";
import type { Classification } from "~/assurance/vocabulary";
import type { IsoDate } from "~/platform/dates";
import { publishedAssessmentList } from "./assessment.server";
import { buyerAssessments, visitorProfile } from "./buyer-assessments.server";
import type { FrozenAssessments, FrozenRequirements } from "./buyer-views";
import { isGovernment, type Actor } from "./permissions";

export function assessmentsToFreeze({
  productIds,
  taker,
  classification,
  today,
}: {
  productIds: readonly number[];
  taker: Actor;
  classification: Classification | null;
  today: IsoDate;
}): { requirements: FrozenRequirements | null; byProduct: Map<number, FrozenAssessments> } {
  const found = visitorProfile({ userId: taker.id, classification });
  const byProduct = new Map<number, FrozenAssessments>();
  if (!found) return { requirements: null, byProduct };
  const { profile, frameworkVersion } = found;
  const judged = buyerAssessments({ productIds, profile, today });
  const full = isGovernment(taker);
  for (const id of productIds) {
    const j = judged.get(id);
    const published = full ? publishedAssessmentList(id) : [];
    const ids = published.map((p) => p.id);
    const relied = reliedOnBy(taker.agencyId, ids);
    const own = writtenBy(taker.agencyId, ids);
    byProduct.set(id, {
      frameworkVersion,
      assessedBy: j?.assessedBy ?? 0,
      reliedOnBy: j?.reliedOnBy ?? 0,
      qualities: j && j.assessments > 0 ? j.lines.map((l) => ({ ...l })) : [],
      published: published.map((p) => ({
        id: p.id,
        agency: p.agencyName,
        assessedOn: p.assessedOn,
        frameworkVersion: p.frameworkVersion,
        dataClassification: p.dataClassification,
        deploymentSize: p.deploymentSize,
        reliedOnBy: p.reliedOnBy,
        reliedOnByYourAgency: relied.has(p.id),
        byYourAgency: own.has(p.id),
      })),
      shownInFull: full,
    });
  }
  return {
    requirements: {
      classification: profile.classification,
      saved: profile.saved,
      frameworkVersion: profile.frameworkVersion,
      minimums: { ...profile.minimums },
    },
    byProduct,
  };
}

function reliedOnBy(agencyId: number | null, assessmentIds: number[]): Set<number> {
  if (agencyId === null || assessmentIds.length === 0) return new Set();
  return new Set(
    db()
      .select({ id: assessmentReliances.assessmentId })
      .from(assessmentReliances)
      .where(and(eq(assessmentReliances.agencyId, agencyId), inArray(assessmentReliances.assessmentId, assessmentIds)))
      .all()
      .map((r) => r.id),
  );
}

function writtenBy(agencyId: number | null, assessmentIds: number[]): Set<number> {
  if (agencyId === null || assessmentIds.length === 0) return new Set();
  return new Set(
    db()
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.agencyId, agencyId), inArray(assessments.id, assessmentIds)))
      .all()
      .map((r) => r.id),
  );
}
