/**
 * Reading side of community reviews: only published reviews and published replies ever leave
 * here for public pages, and the reviewer's name only when they chose to show it.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, products, providers, reviewResponses, reviewVotes, reviews, users } from "~db/schema";
import { todayIso, type IsoDate } from "~/platform/dates";
import { summariseRatings } from "./score";
import type { ReviewSort } from "./vocabulary";
import { reviewContentColumns } from "./review-columns.server";
import type { PublishedReview } from "./review-view";

const ORDER: Record<ReviewSort, SQL[]> = {
  helpful: [desc(reviews.helpfulCount), desc(reviews.publishedAt)],
  newest: [desc(reviews.publishedAt)],
  highest: [desc(reviews.overall), desc(reviews.publishedAt)],
  lowest: [asc(reviews.overall), desc(reviews.publishedAt)],
};

const published = (productId: number) => and(eq(reviews.productId, productId), eq(reviews.status, "published"));

export function productReviews({
  productId,
  sort = "helpful",
  classification,
  viewerId,
}: {
  productId: number;
  sort?: ReviewSort;
  classification?: string;
  viewerId?: number | null;
}): PublishedReview[] {
  const rows = db()
    .select({
      id: reviews.id,
      authorId: reviews.userId,
      ...reviewContentColumns,
      helpfulCount: reviews.helpfulCount,
      publishedAt: reviews.publishedAt,
      agencyName: agencies.name,
      reviewerName: sql<string | null>`case when ${reviews.showName} then ${users.displayName} else null end`,
    })
    .from(reviews)
    .innerJoin(users, eq(reviews.userId, users.id))
    .leftJoin(agencies, eq(users.agencyId, agencies.id))
    .where(classification ? and(published(productId), eq(reviews.dataClassification, classification)) : published(productId))
    .orderBy(...ORDER[sort], desc(reviews.id))
    .all();
  const ids = rows.map((r) => r.id);
  const replies = ids.length
    ? db()
        .select({
          reviewId: reviewResponses.reviewId,
          body: reviewResponses.body,
          status: reviewResponses.status,
          rejectionReason: reviewResponses.rejectionReason,
          moderatedAt: reviewResponses.moderatedAt,
        })
        .from(reviewResponses)
        .where(inArray(reviewResponses.reviewId, ids))
        .all()
    : [];
  const voted = new Set(
    viewerId && ids.length
      ? db()
          .select({ reviewId: reviewVotes.reviewId })
          .from(reviewVotes)
          .where(and(eq(reviewVotes.userId, viewerId), inArray(reviewVotes.reviewId, ids)))
          .all()
          .map((v) => v.reviewId)
      : [],
  );
  return rows.map(({ authorId, ...r }) => {
    const reply = replies.find((x) => x.reviewId === r.id);
    return {
      ...r,
      isOwn: viewerId === authorId,
      viewerVoted: voted.has(r.id),
      reply: reply?.status === "published" ? { body: reply.body, publishedAt: reply.moderatedAt } : null,
      // The provider's own view of its reply's moderation state; stripped for everyone else by the route.
      replyState: reply ? { status: reply.status, rejectionReason: reply.rejectionReason, body: reply.body } : null,
    };
  });
}

export function productRatingSummary({ productId, today = todayIso() }: { productId: number; today?: IsoDate }) {
  const rows = db().select({ overall: reviews.overall, publishedAt: reviews.publishedAt }).from(reviews).where(published(productId)).all();
  return summariseRatings(
    rows.map((r) => ({ overall: r.overall, publishedOn: (r.publishedAt ?? `${today}T`).slice(0, 10) })),
    today,
  );
}

/** Classifications that published reviews name, for the filter. */
export function reviewedClassifications({ productId }: { productId: number }): string[] {
  return db()
    .selectDistinct({ c: reviews.dataClassification })
    .from(reviews)
    .where(published(productId))
    .all()
    .map((r) => r.c);
}

export function recentPublishedReviews({ limit = 10 }: { limit?: number } = {}) {
  return db()
    .select({
      id: reviews.id,
      overall: reviews.overall,
      title: reviews.title,
      pros: reviews.pros,
      publishedAt: reviews.publishedAt,
      agencyName: agencies.name,
      productSlug: products.slug,
      productName: products.name,
      providerName: providers.name,
    })
    .from(reviews)
    .innerJoin(products, eq(reviews.productId, products.id))
    .innerJoin(providers, eq(products.providerId, providers.id))
    .innerJoin(users, eq(reviews.userId, users.id))
    .leftJoin(agencies, eq(users.agencyId, agencies.id))
    .where(eq(reviews.status, "published"))
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .limit(limit)
    .all();
}

export function mostReviewedProducts({ limit = 10 }: { limit?: number } = {}) {
  const n = sql<number>`count(${reviews.id})`;
  return db()
    .select({
      slug: products.slug,
      name: products.name,
      providerName: providers.name,
      count: n,
      average: sql<number>`avg(${reviews.overall})`,
    })
    .from(reviews)
    .innerJoin(products, eq(reviews.productId, products.id))
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(eq(reviews.status, "published"))
    .groupBy(products.id)
    .orderBy(desc(n), asc(products.name))
    .limit(limit)
    .all();
}

/** A person's own reviews with their moderation state, for the account page. */
export function reviewsByAuthor({ userId }: { userId: number }) {
  return db()
    .select({
      id: reviews.id,
      status: reviews.status,
      rejectionReason: reviews.rejectionReason,
      overall: reviews.overall,
      title: reviews.title,
      updatedAt: reviews.updatedAt,
      productSlug: products.slug,
      productName: products.name,
    })
    .from(reviews)
    .innerJoin(products, eq(reviews.productId, products.id))
    .where(eq(reviews.userId, userId))
    .orderBy(desc(reviews.updatedAt))
    .all();
}

/**
 * The provider's inbox: the newest published reviews of its products, with whether it has replied
 * (a reply waiting for moderation counts as answered; a rejected one does not).
 */
export function reviewsForProvider({ providerId, limit = 20 }: { providerId: number; limit?: number }) {
  return db()
    .select({
      id: reviews.id,
      title: reviews.title,
      overall: reviews.overall,
      publishedAt: reviews.publishedAt,
      productName: products.name,
      productSlug: products.slug,
      replyStatus: reviewResponses.status,
    })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .leftJoin(reviewResponses, eq(reviewResponses.reviewId, reviews.id))
    .where(and(eq(products.providerId, providerId), eq(reviews.status, "published")))
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .limit(limit)
    .all();
}
