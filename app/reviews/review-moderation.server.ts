/**
 * The moderation queue: pending reviews, pending provider replies and open reports. Decisions
 * are recorded on the row (who, when, why); the route writes the audit entry.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { notifyReplyPublished, notifyReviewDecision } from "./review-notices.server";
import { agencies, products, providers, reviewReports, reviewResponses, reviews, users } from "~db/schema";
import { reviewContentColumns } from "./review-columns.server";

const nowSql = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export function moderationQueue() {
  const pendingReviews = db()
    .select({
      id: reviews.id,
      // The moderator reads the whole review, as it would be published.
      ...reviewContentColumns,
      updatedAt: reviews.updatedAt,
      authorName: users.displayName,
      agencyName: agencies.name,
      productSlug: products.slug,
      productName: products.name,
    })
    .from(reviews)
    .innerJoin(users, eq(reviews.userId, users.id))
    .leftJoin(agencies, eq(users.agencyId, agencies.id))
    .innerJoin(products, eq(reviews.productId, products.id))
    .where(eq(reviews.status, "pending"))
    .orderBy(asc(reviews.updatedAt))
    .all();

  const pendingReplies = db()
    .select({
      id: reviewResponses.id,
      body: reviewResponses.body,
      updatedAt: reviewResponses.updatedAt,
      providerName: providers.name,
      reviewId: reviews.id,
      reviewTitle: reviews.title,
      reviewPros: reviews.pros,
      productSlug: products.slug,
      productName: products.name,
    })
    .from(reviewResponses)
    .innerJoin(providers, eq(reviewResponses.providerId, providers.id))
    .innerJoin(reviews, eq(reviewResponses.reviewId, reviews.id))
    .innerJoin(products, eq(reviews.productId, products.id))
    .where(eq(reviewResponses.status, "pending"))
    .orderBy(asc(reviewResponses.updatedAt))
    .all();

  const openReports = db()
    .select({
      id: reviewReports.id,
      reason: reviewReports.reason,
      createdAt: reviewReports.createdAt,
      reviewId: reviews.id,
      reviewStatus: reviews.status,
      reviewTitle: reviews.title,
      reviewPros: reviews.pros,
      reviewCons: reviews.cons,
      productSlug: products.slug,
      productName: products.name,
    })
    .from(reviewReports)
    .innerJoin(reviews, eq(reviewReports.reviewId, reviews.id))
    .innerJoin(products, eq(reviews.productId, products.id))
    .where(isNull(reviewReports.resolvedAt))
    .orderBy(asc(reviewReports.createdAt))
    .all();

  return { pendingReviews, pendingReplies, openReports };
}

export type Decision = { decision: "approve" } | { decision: "reject"; reason: string };

/** Returns false when the review is not waiting for moderation (already decided, or gone). */
export function moderateReview({ reviewId, moderatorId, ...d }: { reviewId: number; moderatorId: number } & Decision): boolean {
  const approve = d.decision === "approve";
  return db().transaction(() => {
    const changed = decideReview({ reviewId, moderatorId, approve, reason: d.decision === "reject" ? d.reason : null });
    // The author hears the outcome, and the provider of a new review, in the same transaction.
    if (changed) notifyReviewDecision(reviewId);
    return changed;
  });
}

function decideReview({
  reviewId,
  moderatorId,
  approve,
  reason,
}: {
  reviewId: number;
  moderatorId: number;
  approve: boolean;
  reason: string | null;
}) {
  const result = db()
    .update(reviews)
    .set({
      status: approve ? "published" : "rejected",
      rejectionReason: approve ? null : reason,
      moderatedBy: moderatorId,
      moderatedAt: nowSql,
      ...(approve ? { publishedAt: nowSql } : {}),
    })
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, "pending")))
    .run();
  return result.changes === 1;
}

export function moderateReply({ replyId, moderatorId, ...d }: { replyId: number; moderatorId: number } & Decision): boolean {
  const approve = d.decision === "approve";
  const result = db()
    .update(reviewResponses)
    .set({
      status: approve ? "published" : "rejected",
      rejectionReason: approve ? null : d.reason,
      moderatedBy: moderatorId,
      moderatedAt: nowSql,
    })
    .where(and(eq(reviewResponses.id, replyId), eq(reviewResponses.status, "pending")))
    .run();
  if (result.changes === 1 && approve) notifyReplyPublished(replyId);
  return result.changes === 1;
}

/**
 * Closes a report. With `removeReview`, the reported review is also taken down (status rejected,
 * the resolution as the reason its author sees), in the same transaction.
 */
export function resolveReport({
  reportId,
  moderatorId,
  resolution,
  removeReview,
}: {
  reportId: number;
  moderatorId: number;
  resolution: string;
  removeReview: boolean;
}): { reviewId: number } | null {
  return db().transaction((tx) => {
    const report = tx
      .update(reviewReports)
      .set({ resolvedAt: nowSql, resolvedBy: moderatorId, resolution })
      .where(and(eq(reviewReports.id, reportId), isNull(reviewReports.resolvedAt)))
      .returning({ reviewId: reviewReports.reviewId })
      .get();
    if (!report) return null;
    if (removeReview) {
      tx.update(reviews)
        .set({ status: "rejected", rejectionReason: resolution, moderatedBy: moderatorId, moderatedAt: nowSql })
        .where(eq(reviews.id, report.reviewId))
        .run();
    }
    return { reviewId: report.reviewId };
  });
}
