/**
 * Sample community reviews: a dozen invented agency-staff reviewers (unusable random passwords:
 * nobody can sign in as them), ~150 published reviews over the last two years, a few waiting for
 * moderation, one rejected, helpful votes and two published provider replies.
 *
 * Idempotent: reviewers are found by e-mail, reviews by (product, reviewer), votes and replies by
 * their keys, so a second run adds nothing. Deterministic: a seeded PRNG over products in slug order.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import { addDays, type IsoDate } from "~/platform/dates";
import { DEPLOYMENT_SIZES } from "~/reviews/vocabulary";
import type { Db } from "~db/client.server";
import { agencies, products, providers, reviewResponses, reviewVotes, reviews, users } from "~db/schema";
import { SAMPLE_AGENCY_NAMES } from "./sample/agencies";
import { SAMPLE_PROVIDERS } from "./sample/providers";
import { createRandom, type Random } from "./sample/random";
import { CONFLICTS, CONS, PROS, REPLIES, REVIEWER_DOMAIN, REVIEWERS, TITLES, USE_CASES } from "./sample/review-text";

const PUBLISHED = 150;
const PENDING = 4;
const REJECTED = 1;

async function ensureReviewers(db: Db): Promise<number[]> {
  const agencyRows = db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.name, SAMPLE_AGENCY_NAMES))
    .all();
  const agencyIds = SAMPLE_AGENCY_NAMES.map((n) => agencyRows.find((a) => a.name === n)?.id).filter((id): id is number => id !== undefined);
  const ids: number[] = [];
  for (const [i, r] of REVIEWERS.entries()) {
    const email = `${r.local}@${REVIEWER_DOMAIN}`;
    const existing = db.select({ id: users.id, agencyId: users.agencyId }).from(users).where(eq(users.email, email)).get();
    if (existing) {
      // A forced reseed deletes the sample agencies, which clears the reviewer's agency: put it back.
      if (existing.agencyId === null) {
        const agencyId = agencyIds[(i * 3 + 1) % agencyIds.length] ?? null;
        db.update(users).set({ agencyId }).where(eq(users.id, existing.id)).run();
      }
      ids.push(existing.id);
      continue;
    }
    // A random secret nobody holds: the account exists to author sample reviews, never to sign in.
    // Not a scrypt hash, so verifyPassword can never accept anything: these accounts cannot sign in.
    const passwordHash = "!sample-reviewer-no-password";
    const row = db
      .insert(users)
      .values({
        email,
        displayName: r.name,
        passwordHash,
        agencyId: agencyIds[(i * 3 + 1) % agencyIds.length] ?? null,
        emailVerifiedAt: "2024-01-01T00:00:00.000Z",
      })
      .returning({ id: users.id })
      .get();
    ids.push(row.id);
  }
  return ids;
}

type Band = "high" | "mid" | "low";
const band = (overall: number): Band => (overall >= 4 ? "high" : overall === 3 ? "mid" : "low");
const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

function sampleReview(rng: Random, quality: number, today: IsoDate) {
  const overall = clamp(quality + (rng.next() - 0.5) * 2.2);
  const b = band(overall);
  const dim = (skip: number) => (rng.chance(skip) ? null : clamp(overall + (rng.next() - 0.5) * 2));
  const ageDays = rng.int(3, 725);
  const publishedOn = addDays(today, -ageDays);
  return {
    overall,
    ratingSecurity: dim(0.05),
    ratingSupport: dim(0.05),
    ratingValue: dim(0.1),
    ratingOnboarding: dim(0.2),
    ratingExit: dim(0.5),
    title: rng.chance(0.85) ? rng.pick(TITLES[b]) : "",
    pros: rng.sample(PROS[b === "low" ? "low" : rng.chance(0.5) ? b : "mid"], rng.int(1, 2)).join("\n"),
    cons: rng.sample(CONS[b], rng.int(1, 2)).join("\n"),
    useCase: rng.pick(USE_CASES),
    dataClassification: CLASSIFICATIONS[rng.pick([1, 1, 1, 2, 2, 3])],
    deploymentSize: rng.pick(DEPLOYMENT_SIZES),
    monthsInUse: rng.int(3, 48),
    conflictOfInterest: rng.chance(0.06) ? rng.pick(CONFLICTS) : "none",
    at: `${publishedOn}T0${rng.int(0, 9)}:${rng.int(10, 59)}:00.000Z`,
  };
}

export async function seedReviews(db: Db, today: IsoDate): Promise<void> {
  const reviewerIds = await ensureReviewers(db);
  const firstProvider = db.select({ id: providers.id }).from(providers).where(eq(providers.slug, SAMPLE_PROVIDERS[0].slug)).get();
  const pool = db
    .select({ id: products.id, providerId: products.providerId })
    .from(products)
    .where(eq(products.source, "sample"))
    .orderBy(asc(products.slug))
    .all();
  if (pool.length === 0 || reviewerIds.length === 0) return;
  const rng = createRandom(20260501);
  // The demo provider's products come first so its representative has reviews to answer.
  const ordered = [
    ...pool.filter((p) => p.providerId === firstProvider?.id),
    ...rng.sample(
      pool.filter((p) => p.providerId !== firstProvider?.id),
      45,
    ),
  ];
  const plan: { productId: number; userId: number; quality: number }[] = [];
  ordered.forEach((p, i) => {
    const quality = 2.4 + rng.next() * 2.3;
    const count = i < 6 ? rng.int(8, 11) : i < 16 ? rng.int(3, 6) : rng.int(1, 3);
    for (const userId of rng.sample(reviewerIds, count)) plan.push({ productId: p.id, userId, quality });
  });
  const wanted = plan.slice(0, PUBLISHED + PENDING + REJECTED);

  db.transaction((tx) => {
    wanted.forEach((w, i) => {
      const { at, ...r } = sampleReview(rng, w.quality, today);
      const status = i < PUBLISHED ? "published" : i < PUBLISHED + PENDING ? "pending" : "rejected";
      tx.insert(reviews)
        .values({
          productId: w.productId,
          userId: w.userId,
          ...r,
          status,
          showName: REVIEWERS[reviewerIds.indexOf(w.userId)]?.showName ?? false,
          rejectionReason:
            status === "rejected"
              ? "Please remove the name of the provider's account manager; reviews must not identify individuals."
              : null,
          publishedAt: status === "published" ? at : null,
          moderatedAt: status === "pending" ? null : at,
          createdAt: at,
          updatedAt: at,
        })
        .onConflictDoNothing()
        .run();
    });

    const seeded = tx
      .select({ id: reviews.id, userId: reviews.userId, overall: reviews.overall, providerId: products.providerId })
      .from(reviews)
      .innerJoin(products, eq(reviews.productId, products.id))
      .where(and(inArray(reviews.userId, reviewerIds), eq(reviews.status, "published")))
      .orderBy(asc(reviews.id))
      .all();
    for (const r of seeded) {
      const voters = rng.sample(
        reviewerIds.filter((id) => id !== r.userId),
        rng.int(0, r.overall >= 4 ? 7 : 4),
      );
      for (const userId of voters) tx.insert(reviewVotes).values({ reviewId: r.id, userId }).onConflictDoNothing().run();
    }
    tx.update(reviews)
      .set({ helpfulCount: sql`(select count(*) from ${reviewVotes} where ${reviewVotes.reviewId} = ${reviews.id})` })
      .where(inArray(reviews.userId, reviewerIds))
      .run();

    const rep = tx.select({ id: users.id }).from(users).where(eq(users.email, "provider@example.com")).get();
    if (firstProvider) {
      const answerable = seeded
        .filter((r) => r.providerId === firstProvider.id)
        .sort((a, b) => a.overall - b.overall || a.id - b.id)
        .slice(0, REPLIES.length);
      answerable.forEach((r, i) => {
        tx.insert(reviewResponses)
          .values({
            reviewId: r.id,
            providerId: firstProvider.id,
            userId: rep?.id ?? null,
            body: REPLIES[i],
            status: "published",
            moderatedAt: `${today}T00:00:00.000Z`,
          })
          .onConflictDoNothing()
          .run();
      });
    }
  });
}
