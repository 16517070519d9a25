import { count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { reviewResponses, reviewVotes, reviews, users } from "~db/schema";
import { getCurrentUserById } from "~/accounts/user.server";
import { mostReviewedProducts, recentPublishedReviews } from "~/reviews/review-listing.server";
import { seedDatabase } from "../../seed/seed";
import { REVIEWER_DOMAIN } from "../../seed/sample/review-text";

const statusCounts = () =>
  Object.fromEntries(
    db()
      .select({ status: reviews.status, n: count() })
      .from(reviews)
      .groupBy(reviews.status)
      .all()
      .map((r) => [r.status, r.n]),
  );

describe("sample reviews seeder", () => {
  it("seeds ~150 published reviews by verified agency staff, a few pending, one rejected, votes and two replies, once", async () => {
    const today = "2026-06-30";
    await seedDatabase({ db: db(), today });
    const first = statusCounts();
    expect(first).toEqual({ published: 150, pending: 4, rejected: 1 });
    const replies = db().select({ status: reviewResponses.status }).from(reviewResponses).all();
    expect(replies).toEqual([{ status: "published" }, { status: "published" }]);
    const votes = db().select({ n: count() }).from(reviewVotes).get()?.n ?? 0;
    expect(votes).toBeGreaterThan(100);

    await seedDatabase({ db: db(), today: "2026-07-15" });
    expect(statusCounts()).toEqual(first);
    expect(db().select({ n: count() }).from(reviewVotes).get()?.n).toBe(votes);

    const reviewers = db()
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.id, db().select({ id: reviews.userId }).from(reviews)))
      .all();
    for (const r of reviewers) expect(getCurrentUserById(r.id)?.roles).toContain("agency_staff");
    expect(reviewers.length).toBeGreaterThanOrEqual(10);

    const sums = db().select({ id: reviews.id, helpful: reviews.helpfulCount }).from(reviews).all();
    for (const s of sums.slice(0, 20)) {
      expect(db().select({ n: count() }).from(reviewVotes).where(eq(reviewVotes.reviewId, s.id)).get()?.n).toBe(s.helpful);
    }
    const dates = db()
      .select({ at: reviews.publishedAt })
      .from(reviews)
      .where(eq(reviews.status, "published"))
      .all()
      .map((r) => r.at!.slice(0, 10))
      .sort();
    expect(dates[0] >= "2024-06-30").toBe(true);
    expect(dates.at(-1)! <= today).toBe(true);
    expect(recentPublishedReviews({ limit: 5 })).toHaveLength(5);
    expect(mostReviewedProducts({ limit: 3 })[0].count).toBeGreaterThanOrEqual(8);
    expect(REVIEWER_DOMAIN.endsWith(".gov.au")).toBe(true);
  });
});
