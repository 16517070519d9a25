/**
 * Writing side of community reviews: a person's own review, helpful votes, reports and provider
 * replies. Permission checks live in ~/reviews/permissions and run in the route before these.
 */
import { and, eq, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, reviewReports, reviewResponses, reviewRevisions, reviewVotes, reviews } from "~db/schema";
import type { ReviewInput } from "./form";
import { reviewContentColumns } from "./review-columns.server";
import type { Actor, Decision, ReviewFacts } from "./permissions";

const ownColumns = {
  id: reviews.id,
  status: reviews.status,
  rejectionReason: reviews.rejectionReason,
  ...reviewContentColumns,
  showName: reviews.showName,
  updatedAt: reviews.updatedAt,
};

export function findOwnReview({ productId, userId }: { productId: number; userId: number }) {
  return (
    db()
      .select(ownColumns)
      .from(reviews)
      .where(and(eq(reviews.productId, productId), eq(reviews.userId, userId)))
      .get() ?? null
  );
}

export type CreateReviewResult = { ok: true; id: number } | { ok: false; existingId: number };

/** One review per person per product: a second one is refused, naming the one to edit. */
export function createReview({ productId, userId, input }: { productId: number; userId: number; input: ReviewInput }): CreateReviewResult {
  return db().transaction((tx) => {
    const existing = tx
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.productId, productId), eq(reviews.userId, userId)))
      .get();
    if (existing) return { ok: false as const, existingId: existing.id };
    const row = tx
      .insert(reviews)
      .values({ productId, userId, ...input, status: "pending" })
      .returning({ id: reviews.id })
      .get();
    return { ok: true as const, id: row.id };
  });
}

/** An edit keeps the previous text in review_revisions and sends the review back to moderation. */
export function updateReview({ reviewId, userId, input }: { reviewId: number; userId: number; input: ReviewInput }): boolean {
  return db().transaction((tx) => {
    const before = tx
      .select(ownColumns)
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.userId, userId)))
      .get();
    if (!before) return false;
    tx.insert(reviewRevisions)
      .values({ reviewId, snapshot: { ...before } })
      .run();
    tx.update(reviews)
      .set({
        ...input,
        status: "pending",
        rejectionReason: null,
        moderatedBy: null,
        moderatedAt: null,
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
      })
      .where(eq(reviews.id, reviewId))
      .run();
    return true;
  });
}

/**
 * The review a URL names, if this person may act on it: 404 for a malformed or unknown id, 403
 * with the reason when the permission check says no. Plain data; the route throws the answer.
 */
export function reviewFor(
  id: string | undefined,
  actor: Actor | null,
  may: (actor: Actor | null, review: ReviewFacts) => Decision,
): { review: NonNullable<ReturnType<typeof findReview>> } | { refused: { status: 403 | 404; message: string } } {
  const review = findReview(id);
  if (!review) return { refused: { status: 404, message: "We could not find that review." } };
  const allowed = may(actor, review);
  if (!allowed.ok) return { refused: { status: 403, message: allowed.reason } };
  return { review };
}

/** The review a URL names (its id as typed), or null when the id is malformed or unknown. */
export function findReview(id: string | undefined) {
  const reviewId = Number(id);
  return Number.isSafeInteger(reviewId) && reviewId > 0 ? reviewFacts({ reviewId }) : null;
}

/** What the permission checks need to know about a review, and what names it on a page. */
function reviewFacts({ reviewId }: { reviewId: number }) {
  return (
    db()
      .select({
        id: reviews.id,
        authorId: reviews.userId,
        status: reviews.status,
        productId: reviews.productId,
        productSlug: products.slug,
        productName: products.name,
        providerId: products.providerId,
        title: reviews.title,
        overall: reviews.overall,
      })
      .from(reviews)
      .innerJoin(products, eq(reviews.productId, products.id))
      .where(eq(reviews.id, reviewId))
      .get() ?? null
  );
}

/** A second vote by the same person changes nothing. */
export function addHelpfulVote({ reviewId, userId }: { reviewId: number; userId: number }): { counted: boolean } {
  return db().transaction((tx) => {
    const inserted = tx.insert(reviewVotes).values({ reviewId, userId }).onConflictDoNothing().run();
    if (inserted.changes === 0) return { counted: false };
    tx.update(reviews)
      .set({ helpfulCount: sql`${reviews.helpfulCount} + 1` })
      .where(eq(reviews.id, reviewId))
      .run();
    return { counted: true };
  });
}

export function reportReview({ reviewId, userId, reason }: { reviewId: number; userId: number; reason: string }): number {
  return db().insert(reviewReports).values({ reviewId, userId, reason }).returning({ id: reviewReports.id }).get().id;
}

/** One reply per review; rewriting it sends it back to moderation. */
export function saveReply({
  reviewId,
  providerId,
  userId,
  body,
}: {
  reviewId: number;
  providerId: number;
  userId: number;
  body: string;
}): number {
  const fields = { providerId, userId, body, status: "pending", rejectionReason: null, moderatedBy: null, moderatedAt: null };
  return db()
    .insert(reviewResponses)
    .values({ reviewId, ...fields })
    .onConflictDoUpdate({ target: reviewResponses.reviewId, set: { ...fields, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` } })
    .returning({ id: reviewResponses.id })
    .get().id;
}

/** Just what the review pages need about the product under review. */
export function productForReview({ slug }: { slug: string }) {
  return (
    db()
      .select({ id: products.id, slug: products.slug, name: products.name, providerId: products.providerId })
      .from(products)
      .where(eq(products.slug, slug))
      .get() ?? null
  );
}

/** The provider's reply to a review as its author sees it: text and moderation state. */
export function replyStateFor({ reviewId }: { reviewId: number }) {
  return (
    db()
      .select({ status: reviewResponses.status, rejectionReason: reviewResponses.rejectionReason, body: reviewResponses.body })
      .from(reviewResponses)
      .where(eq(reviewResponses.reviewId, reviewId))
      .get() ?? null
  );
}
