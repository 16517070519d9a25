/**
 * Reviews the dashboard points staff to: published reviews written by people of the same agency of
 * the products it uses, and the person's own reviews still waiting for moderation. A colleague's
 * name shows only where they chose to show it, as on the public product page.
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, reviews, users } from "~db/schema";

export function colleagueReviews({ agencyId, productIds, userId }: { agencyId: number; productIds: number[]; userId: number }) {
  if (productIds.length === 0) return [];
  return db()
    .select({
      id: reviews.id,
      productId: reviews.productId,
      productSlug: products.slug,
      productName: products.name,
      title: reviews.title,
      overall: reviews.overall,
      publishedAt: reviews.publishedAt,
      authorId: reviews.userId,
      showName: reviews.showName,
      displayName: users.displayName,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(and(eq(reviews.status, "published"), eq(users.agencyId, agencyId), inArray(reviews.productId, productIds)))
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .all()
    .map(({ authorId, showName, displayName, ...r }) => ({
      ...r,
      isOwn: authorId === userId,
      reviewerName: authorId === userId ? "You" : showName ? displayName : "A colleague",
    }));
}

export function ownPendingReviews({ userId }: { userId: number }) {
  return db()
    .select({ id: reviews.id, productSlug: products.slug, productName: products.name, title: reviews.title, updatedAt: reviews.updatedAt })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(and(eq(reviews.userId, userId), eq(reviews.status, "pending")))
    .orderBy(desc(reviews.updatedAt))
    .all();
}
