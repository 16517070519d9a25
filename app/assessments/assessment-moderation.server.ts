/**
 * Assessments go through the same moderation as reviews: an administrator reads each submitted
 * assessment and publishes it or says why not. The route writes the audit entry.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, assessmentFrameworkVersions, assessments, products, users } from "~db/schema";
import { notifyAssessmentDecision } from "./assessment-notices.server";
import { recordWatchEvent } from "~/watches/events.server";

const nowSql = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export function pendingAssessments() {
  return db()
    .select({
      id: assessments.id,
      submittedAt: assessments.submittedAt,
      dataClassification: assessments.dataClassification,
      deploymentSize: assessments.deploymentSize,
      useCase: assessments.useCase,
      assessedOn: assessments.assessedOn,
      authorName: users.displayName,
      agencyName: agencies.name,
      productSlug: products.slug,
      productName: products.name,
      frameworkVersion: assessmentFrameworkVersions.version,
      scored: sql<number>`(select count(*) from assessment_scores s where s.assessment_id = ${assessments.id})`,
    })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.userId))
    .innerJoin(agencies, eq(agencies.id, assessments.agencyId))
    .innerJoin(products, eq(products.id, assessments.productId))
    .innerJoin(assessmentFrameworkVersions, eq(assessmentFrameworkVersions.id, assessments.frameworkVersionId))
    .where(eq(assessments.status, "pending"))
    .orderBy(asc(assessments.submittedAt))
    .all();
}

export type ModerationDecision = { decision: "approve" } | { decision: "reject"; reason: string };

/** False when the assessment is not waiting for moderation (decided already, withdrawn, or gone). */
export function moderateAssessment({
  assessmentId,
  moderatorId,
  ...d
}: { assessmentId: number; moderatorId: number } & ModerationDecision): boolean {
  return db().transaction((tx) => {
    const approve = d.decision === "approve";
    const changed = tx
      .update(assessments)
      .set({
        status: approve ? "published" : "rejected",
        rejectionReason: approve ? null : d.reason,
        moderatedBy: moderatorId,
        moderatedAt: sql`${nowSql}`,
        publishedAt: approve ? sql`${nowSql}` : null,
        // The day it was assessed defaults to the day it was submitted.
        assessedOn: sql`coalesce(${assessments.assessedOn}, substr(${assessments.submittedAt}, 1, 10))`,
      })
      .where(and(eq(assessments.id, assessmentId), eq(assessments.status, "pending")))
      .run();
    if (changed.changes === 0) return false;
    notifyAssessmentDecision(assessmentId);
    if (approve) tellWatchers(assessmentId);
    return true;
  });
}

/** Those watching the product (or its provider, or with it on a shortlist) hear of a new assessment. */
function tellWatchers(assessmentId: number): void {
  const a = db()
    .select({
      productId: products.id,
      productSlug: products.slug,
      productName: products.name,
      providerId: products.providerId,
      classification: assessments.dataClassification,
    })
    .from(assessments)
    .innerJoin(products, eq(products.id, assessments.productId))
    .where(eq(assessments.id, assessmentId))
    .get();
  if (!a) return;
  // The public's view: that an agency assessed it and for what data, not which agency or its reasons.
  recordWatchEvent({
    kind: "assessment_published",
    productId: a.productId,
    providerId: a.providerId,
    title: `New agency assessment of ${a.productName}`,
    detail: `An agency assessed it for ${a.classification} data against the common assessment framework.`,
    path: `/products/${a.productSlug}/assessments`,
  });
}
