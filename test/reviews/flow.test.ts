/** The review journey end to end through the real loaders and actions. */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { auditLog, meta, products, reviewRevisions, reviews } from "~db/schema";
import { reviewsByAuthor } from "~/reviews/review-listing.server";
import { action as moderationAction } from "~/routes/admin.moderation";
import { loader as productLoader } from "~/routes/products.$slug";
import { action as writeAction } from "~/routes/products.$slug_.review";
import { action as replyAction } from "~/routes/reviews.$id.reply";
import { action as reportAction } from "~/routes/reviews.$id.report";
import { action as voteAction } from "~/routes/reviews.$id.vote";
import { browserFor, buildWorld, call, get, insertReview, post, VALID_REVIEW } from "./fixtures";
import { replyErrors, replyValues } from "../support/form-reply";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld("flow");
});

const dataVersion = () => db().select({ n: meta.number }).from(meta).where(eq(meta.key, "data_version")).get()?.n ?? 0;
const reviewsOnPage = async (slug: string, query = "", viewer = browserFor("anonymous", world.ids)) => {
  const res = await call(productLoader, get(`/products/${slug}${query}`, viewer), { slug });
  expect(res.status).toBe(200);
  return (await res.json()).reviews;
};
const moderate = (fields: Record<string, string>) =>
  call(moderationAction, post("/admin/moderation", fields, browserFor("admin", world.ids)));

describe("writing, moderating and publishing a review", () => {
  it("keeps a new review off the page until an administrator approves it, then shows it verified by agency", async () => {
    const { product, ids } = world;
    const staff = browserFor("staff", ids);
    const res = await call(writeAction, post(`/products/${product.slug}/review`, { ...VALID_REVIEW, showName: "on" }, staff), {
      slug: product.slug,
    });
    expect(res.headers.get("Location")).toBe(`/products/${product.slug}/review?saved=1`);
    expect((await reviewsOnPage(product.slug)).reviews).toEqual([]);

    const review = db()
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.productId, product.id), eq(reviews.userId, ids.staff)))
      .get()!;
    const before = dataVersion();
    const approved = await moderate({ intent: "approve-review", id: String(review.id) });
    expect(approved.headers.get("Location")).toBe("/admin/moderation?done=review-approved");
    expect(dataVersion()).toBeGreaterThan(before);

    const section = await reviewsOnPage(product.slug);
    expect(section.summary.count).toBe(1);
    expect(section.summary.weighted).toBe(4);
    expect(section.reviews[0]).toMatchObject({
      agencyName: "flow Agency",
      reviewerName: "staff person",
      pros: VALID_REVIEW.pros,
      ratingExit: 2,
      ratingOnboarding: null,
    });
    expect(section.reviews[0]).not.toHaveProperty("authorId");
    const entry = db()
      .select({ actor: auditLog.actorUserId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "review.approved"), eq(auditLog.entityId, String(review.id))))
      .get();
    expect(entry?.actor).toBe(ids.admin);
  });

  it("refuses a second review of the same product, pointing to the existing one", async () => {
    const { product, ids } = world;
    const res = await call(
      writeAction,
      post(`/products/${product.slug}/review`, { ...VALID_REVIEW, pros: "A second opinion from me." }, browserFor("staff", ids)),
      { slug: product.slug },
    );
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(replyErrors(data).form).toMatch(/already reviewed this product.*edit your existing review/i);
    expect(replyValues(data).pros).toBe("A second opinion from me.");
    expect(
      db()
        .select({ id: reviews.id })
        .from(reviews)
        .where(and(eq(reviews.productId, product.id), eq(reviews.userId, ids.staff)))
        .all(),
    ).toHaveLength(1);
  });

  it("answers a bad form with errors by field and what was typed", async () => {
    const { product, ids } = world;
    const author = await world.staffUser("typo");
    const res = await call(
      writeAction,
      post(
        `/products/${product.slug}/review`,
        { ...VALID_REVIEW, overall: "", cons: "meh" },
        browserFor("staff", { ...ids, staff: author }),
      ),
      { slug: product.slug },
    );
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(Object.keys(replyErrors(data)).sort()).toEqual(["cons", "overall"]);
    expect(replyValues(data).cons).toBe("meh");
  });

  it("keeps history on edit, sends the review back to moderation, and shows the author a rejection reason", async () => {
    const { product, ids } = world;
    const staff = browserFor("staff", ids);
    const res = await call(
      writeAction,
      post(
        `/products/${product.slug}/review`,
        { ...VALID_REVIEW, intent: "update", overall: "2", cons: "Support has got worse since the last release." },
        staff,
      ),
      { slug: product.slug },
    );
    expect(res.status).toBe(302);
    const review = db()
      .select({ id: reviews.id, status: reviews.status, overall: reviews.overall })
      .from(reviews)
      .where(and(eq(reviews.productId, product.id), eq(reviews.userId, ids.staff)))
      .get()!;
    expect(review).toMatchObject({ status: "pending", overall: 2 });
    const history = db()
      .select({ snapshot: reviewRevisions.snapshot })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, review.id))
      .all();
    expect(history).toHaveLength(1);
    expect(history[0].snapshot).toMatchObject({ overall: 4, status: "published", cons: VALID_REVIEW.cons });
    expect((await reviewsOnPage(product.slug)).reviews).toEqual([]);

    const noReason = await moderate({ intent: "reject-review", id: String(review.id), reason: "" });
    expect(noReason.status).toBe(400);
    await moderate({ intent: "reject-review", id: String(review.id), reason: "Please remove the officer's name." });
    expect(reviewsByAuthor({ userId: ids.staff })).toEqual([
      expect.objectContaining({ status: "rejected", rejectionReason: "Please remove the officer's name.", productSlug: product.slug }),
    ]);
    expect(
      db()
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(and(eq(auditLog.action, "review.rejected"), eq(auditLog.entityId, String(review.id))))
        .all(),
    ).toHaveLength(1);
  });

  it("ignores a second helpful vote by the same person", async () => {
    const { product, ids } = world;
    const reviewId = insertReview({ productId: product.id, userId: await world.staffUser("voted") });
    const buyer = browserFor("buyer", ids);
    const first = await call(
      voteAction,
      post(`/reviews/${reviewId}/vote`, { redirectTo: `/products/${product.slug}?sort=newest` }, buyer),
      { id: String(reviewId) },
    );
    expect(first.headers.get("Location")).toBe(`/products/${product.slug}?sort=newest&notice=voted#review-${reviewId}`);
    const second = await call(voteAction, post(`/reviews/${reviewId}/vote`, { redirectTo: "https://evil.example/" }, buyer), {
      id: String(reviewId),
    });
    expect(second.headers.get("Location")).toBe(`/products/${product.slug}?notice=vote-repeat#review-${reviewId}`);
    expect(db().select({ n: reviews.helpfulCount }).from(reviews).where(eq(reviews.id, reviewId)).get()?.n).toBe(1);
    const shown = (await reviewsOnPage(product.slug, "", buyer)).reviews.find((r: { id: number }) => r.id === reviewId);
    expect(shown).toMatchObject({ helpfulCount: 1, viewerVoted: true });
  });

  it("publishes a provider reply only after moderation", async () => {
    const { product, ids } = world;
    const reviewId = insertReview({ productId: product.id, userId: await world.staffUser("replied"), overall: 2 });
    const rep = browserFor("rep", ids);
    await call(
      replyAction,
      post(`/reviews/${reviewId}/reply`, { body: "We have doubled our support team since.\nPlease contact us." }, rep),
      { id: String(reviewId) },
    );
    const find = async (viewer = browserFor("anonymous", ids)) =>
      (await reviewsOnPage(product.slug, "", viewer)).reviews.find((r: { id: number }) => r.id === reviewId);
    expect((await find()).reply).toBeNull();
    expect((await find()).replyState).toBeNull();
    expect((await find(rep)).replyState.status).toBe("pending");

    const { reviewResponses } = await import("~db/schema");
    const reply = db().select({ id: reviewResponses.id }).from(reviewResponses).where(eq(reviewResponses.reviewId, reviewId)).get()!;
    await moderate({ intent: "approve-reply", id: String(reply.id) });
    expect((await find()).reply.body).toBe("We have doubled our support team since.\nPlease contact us.");
  });

  it("shows a reply or a concern that needs fixing again, with what was typed, and stores nothing", async () => {
    const { product, ids } = world;
    const reviewId = insertReview({ productId: product.id, userId: await world.staffUser("short-answers"), overall: 3 });
    const { reviewResponses, reviewReports } = await import("~db/schema");
    const reply = await call(replyAction, post(`/reviews/${reviewId}/reply`, { body: "Thanks" }, browserFor("rep", ids)), {
      id: String(reviewId),
    });
    expect(reply.status).toBe(400);
    const replied = await reply.json();
    expect(replyErrors(replied).body).toMatch(/10 to 4000 characters/);
    expect(replyValues(replied).body).toBe("Thanks");
    expect(db().select().from(reviewResponses).where(eq(reviewResponses.reviewId, reviewId)).all()).toEqual([]);

    const report = await call(reportAction, post(`/reviews/${reviewId}/report`, { reason: "Bad" }, browserFor("buyer", ids)), {
      id: String(reviewId),
    });
    expect(report.status).toBe(400);
    const reported = await report.json();
    expect(replyErrors(reported).reason).toMatch(/10 to 1,000 characters/);
    expect(replyValues(reported).reason).toBe("Bad");
    expect(db().select().from(reviewReports).where(eq(reviewReports.reviewId, reviewId)).all()).toEqual([]);
  });

  it("sorts and filters by URL parameters", async () => {
    const { ids } = world;
    const product = db()
      .insert(products)
      .values({ slug: "flow-sorted", providerId: world.providerA, name: "Sorted", serviceModel: "IaaS", listedOn: "2024-01-01" })
      .returning({ id: products.id })
      .get();
    for (const overall of [3, 5, 1]) insertReview({ productId: product.id, userId: await world.staffUser(`sort-${overall}`), overall });
    db()
      .update(reviews)
      .set({ dataClassification: "PROTECTED" })
      .where(and(eq(reviews.productId, product.id), eq(reviews.overall, 5)))
      .run();
    const overalls = async (q: string) =>
      (await reviewsOnPage("flow-sorted", q, browserFor("buyer", ids))).reviews.map((r: { overall: number }) => r.overall);
    expect(await overalls("?sort=highest")).toEqual([5, 3, 1]);
    expect(await overalls("?sort=lowest")).toEqual([1, 3, 5]);
    expect(await overalls("?sort=lowest&used=PROTECTED")).toEqual([5]);
    expect(await overalls("?sort=nonsense&used=NOT-A-LEVEL")).toHaveLength(3);
  });

  it("limits a person to five reviews a day", async () => {
    const { ids } = world;
    const prolific = await world.staffUser("prolific");
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) {
      const slug = `flow-limit-${i}`;
      db().insert(products).values({ slug, providerId: world.providerB, name: slug, serviceModel: "SaaS", listedOn: "2024-01-01" }).run();
      answers.push(
        (
          await call(writeAction, post(`/products/${slug}/review`, VALID_REVIEW, browserFor("staff", { ...ids, staff: prolific })), {
            slug,
          })
        ).status,
      );
    }
    expect(answers).toEqual([302, 302, 302, 302, 302, 429]);
  });
});
