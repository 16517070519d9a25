/**
 * Walks every review action for every role: write, vote, report, reply, and each moderation
 * decision. Only the right people succeed; everyone else gets a sign-in redirect or a 403, and
 * nothing changes in the database.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { reviewReports, reviewResponses, reviewVotes, reviews } from "~db/schema";
import { action as moderationAction, loader as moderationLoader } from "~/routes/admin.moderation";
import { action as writeAction, loader as writeLoader } from "~/routes/products.$slug_.review";
import { action as replyAction } from "~/routes/reviews.$id.reply";
import { action as reportAction } from "~/routes/reviews.$id.report";
import { action as voteAction } from "~/routes/reviews.$id.vote";
import { browserFor, buildWorld, call, get, insertReview, isLoginRedirect, post, ROLES, VALID_REVIEW, type RoleName } from "./fixtures";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld("perm");
});

const expectDenied = (res: Response, role: RoleName) => {
  if (role === "anonymous") expect(isLoginRedirect(res), `${role} should be sent to sign in`).toBe(true);
  else expect(res.status, `${role} should be refused`).toBe(403);
};
const succeeded = (res: Response) => res.status === 302 && !isLoginRedirect(res);

describe("who may do what with reviews", () => {
  it("lets only agency staff open the form and write a review", async () => {
    const { product, ids } = world;
    for (const role of ROLES) {
      const browser = browserFor(role, ids);
      const page = await call(writeLoader, get(`/products/${product.slug}/review`, browser), { slug: product.slug });
      const res = await call(writeAction, post(`/products/${product.slug}/review`, VALID_REVIEW, browser), { slug: product.slug });
      if (role === "staff") {
        expect(page.status).toBe(200);
        expect(succeeded(res)).toBe(true);
      } else {
        expectDenied(page, role);
        expectDenied(res, role);
      }
    }
    const written = db()
      .select({ userId: reviews.userId, status: reviews.status })
      .from(reviews)
      .where(eq(reviews.productId, product.id))
      .all();
    expect(written).toEqual([{ userId: ids.staff, status: "pending" }]);
  });

  it("does not let the product's own provider representative review it, even with a government e-mail", async () => {
    const { product, ids, staffUser, providerA } = world;
    const insider = await staffUser("insider");
    const { userRoles } = await import("~db/schema");
    db()
      .insert(userRoles)
      .values({ userId: insider, role: "provider_rep", providerId: providerA, approvedAt: new Date().toISOString() })
      .run();
    const res = await call(
      writeAction,
      post(`/products/${product.slug}/review`, VALID_REVIEW, browserFor("staff", { ...ids, staff: insider })),
      { slug: product.slug },
    );
    expect(res.status).toBe(403);
  });

  it("lets every signed-in person except the author vote, and nobody anonymous", async () => {
    const { product, ids } = world;
    const author = await world.staffUser("vote-author");
    const reviewId = insertReview({ productId: product.id, userId: author });
    for (const role of ROLES) {
      const res = await call(voteAction, post(`/reviews/${reviewId}/vote`, {}, browserFor(role, ids)), { id: String(reviewId) });
      if (role === "anonymous") expectDenied(res, role);
      else expect(succeeded(res), role).toBe(true);
    }
    const own = await call(voteAction, post(`/reviews/${reviewId}/vote`, {}, browserFor("staff", { ...ids, staff: author })), {
      id: String(reviewId),
    });
    expect(own.status).toBe(403);
    const voters = db()
      .select({ userId: reviewVotes.userId })
      .from(reviewVotes)
      .where(eq(reviewVotes.reviewId, reviewId))
      .all()
      .map((v) => v.userId);
    expect(voters.sort()).toEqual([ids.buyer, ids.staff, ids.rep, ids.otherRep, ids.editor, ids.admin].sort());
    expect(db().select({ n: reviews.helpfulCount }).from(reviews).where(eq(reviews.id, reviewId)).get()?.n).toBe(6);
  });

  it("lets every signed-in person report a concern, and nobody anonymous", async () => {
    const { product, ids } = world;
    const reviewId = insertReview({ productId: product.id, userId: await world.staffUser("report-author"), overall: 2 });
    for (const role of ROLES) {
      const res = await call(
        reportAction,
        post(`/reviews/${reviewId}/report`, { reason: "This names an individual officer." }, browserFor(role, ids)),
        { id: String(reviewId) },
      );
      if (role === "anonymous") expectDenied(res, role);
      else expect(succeeded(res), role).toBe(true);
    }
    expect(db().select({ id: reviewReports.id }).from(reviewReports).where(eq(reviewReports.reviewId, reviewId)).all()).toHaveLength(6);
  });

  it("lets only a representative of the reviewed product's provider reply", async () => {
    const { product, ids } = world;
    const reviewId = insertReview({ productId: product.id, userId: await world.staffUser("reply-author"), overall: 3 });
    for (const role of ROLES) {
      const res = await call(
        replyAction,
        post(`/reviews/${reviewId}/reply`, { body: `Thank you for the feedback (${role}).` }, browserFor(role, ids)),
        { id: String(reviewId) },
      );
      if (role === "rep") expect(succeeded(res)).toBe(true);
      else expectDenied(res, role);
    }
    const replies = db()
      .select({ userId: reviewResponses.userId, status: reviewResponses.status })
      .from(reviewResponses)
      .where(eq(reviewResponses.reviewId, reviewId))
      .all();
    expect(replies).toEqual([{ userId: ids.rep, status: "pending" }]);
  });

  it("lets only administrators see the queue and make every moderation decision", async () => {
    const { product, ids } = world;
    const decisions = (reviewId: number, replyId: number, reportId: number) => [
      { intent: "approve-review", id: reviewId },
      { intent: "reject-review", id: reviewId, reason: "Names a person." },
      { intent: "approve-reply", id: replyId },
      { intent: "reject-reply", id: replyId, reason: "Marketing copy." },
      { intent: "resolve-report", id: reportId, reason: "No problem found." },
    ];
    for (const role of ROLES) {
      const author = await world.staffUser(`mod-${role}`);
      const reviewId = insertReview({ productId: product.id, userId: author, status: "pending" });
      const published = insertReview({ productId: product.id, userId: await world.staffUser(`pub-${role}`) });
      const replyId = db()
        .insert(reviewResponses)
        .values({ reviewId: published, providerId: world.providerA, userId: ids.rep, body: "Thanks for the review." })
        .returning({ id: reviewResponses.id })
        .get().id;
      const reportId = db()
        .insert(reviewReports)
        .values({ reviewId: published, userId: ids.buyer, reason: "Looks like spam to me." })
        .returning({ id: reviewReports.id })
        .get().id;
      const browser = browserFor(role, ids);
      const queue = await call(moderationLoader, get("/admin/moderation", browser));
      if (role === "admin") expect(queue.status).toBe(200);
      else expectDenied(queue, role);
      for (const { intent, id, reason } of decisions(reviewId, replyId, reportId)) {
        if (role === "admin" && intent === "reject-review") continue; // already approved just before
        if (role === "admin" && intent === "reject-reply") continue;
        const res = await call(
          moderationAction,
          post("/admin/moderation", { intent, id: String(id), ...(reason ? { reason } : {}) }, browser),
        );
        if (role === "admin") expect(res.headers.get("Location"), intent).toMatch(/done=(review-approved|reply-approved|report-resolved)/);
        else expectDenied(res, role);
      }
      const reviewStatus = db().select({ s: reviews.status }).from(reviews).where(eq(reviews.id, reviewId)).get()?.s;
      const replyStatus = db().select({ s: reviewResponses.status }).from(reviewResponses).where(eq(reviewResponses.id, replyId)).get()?.s;
      const resolved = db()
        .select({ at: reviewReports.resolvedAt })
        .from(reviewReports)
        .where(and(eq(reviewReports.id, reportId)))
        .get()?.at;
      if (role === "admin") expect([reviewStatus, replyStatus, resolved !== null]).toEqual(["published", "published", true]);
      else expect([reviewStatus, replyStatus, resolved]).toEqual(["pending", "pending", null]);
    }
  });

  it("refuses every review action without the form's CSRF token", async () => {
    const { product, ids } = world;
    const reviewId = insertReview({ productId: product.id, userId: await world.staffUser("csrf-author") });
    const noToken = { ...browserFor("admin", ids), csrf: null };
    for (const [fn, path, params] of [
      [voteAction, `/reviews/${reviewId}/vote`, { id: String(reviewId) }],
      [reportAction, `/reviews/${reviewId}/report`, { id: String(reviewId) }],
      [replyAction, `/reviews/${reviewId}/reply`, { id: String(reviewId) }],
      [moderationAction, "/admin/moderation", {}],
      [writeAction, `/products/${product.slug}/review`, { slug: product.slug }],
    ] as const) {
      const res = await call(
        fn as never,
        post(path, { reason: "Something long enough.", body: "Something long enough." }, noToken),
        params,
      );
      expect(res.status, path).toBe(403);
    }
  });
});
