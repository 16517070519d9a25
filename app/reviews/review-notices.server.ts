/**
 * What moderation tells people: the author that the review went live or why not, the provider's
 * representatives that their product has a new review (and those who watch it, app/watches), the
 * author that the provider replied. Called
 * by review-moderation.server.ts in its transaction, so a decision and its e-mails are written
 * together or not at all.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, reviewResponses, reviews, users } from "~db/schema";
import { providerReps, sendNotice } from "~/notifications/notices.server";
import { siteLink } from "~/notifications/site-link.server";
import { recordWatchEvent } from "~/watches/events.server";

function reviewContext(reviewId: number) {
  return db()
    .select({
      id: reviews.id,
      title: reviews.title,
      status: reviews.status,
      rejectionReason: reviews.rejectionReason,
      authorEmail: users.email,
      authorName: users.displayName,
      overall: reviews.overall,
      productId: products.id,
      productName: products.name,
      productSlug: products.slug,
      providerId: products.providerId,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(eq(reviews.id, reviewId))
    .get();
}

/** "Your review "Solid platform" of X", or "Your review of X" when it has no title. */
const named = (title: string) => (title.trim() ? ` "${title.trim()}"` : "");

/** After moderation: the author hears the outcome; when it went live, the provider hears of a new review. */
export function notifyReviewDecision(reviewId: number): void {
  const r = reviewContext(reviewId);
  if (!r) return;
  const page = siteLink(`/products/${r.productSlug}#reviews`);
  if (r.status === "published") {
    sendNotice(
      r.authorEmail,
      `Your review of ${r.productName} is published`,
      [`Hello ${r.authorName},`, "", `Your review${named(r.title)} of ${r.productName} passed moderation and is now public:`, page],
      { kind: "review_outcomes" },
    );
    recordWatchEvent({
      kind: "review_published",
      productId: r.productId,
      providerId: r.providerId,
      title: `New review of ${r.productName}${named(r.title)}`,
      detail: `A verified agency reviewer rated it ${r.overall} out of 5.`,
      path: `/products/${r.productSlug}#reviews`,
    });
    for (const rep of providerReps(r.providerId)) {
      sendNotice(
        rep.email,
        `New review of ${r.productName}`,
        [
          `Hello ${rep.name},`,
          "",
          `A verified agency reviewer published a review${named(r.title)} of ${r.productName}.`,
          `Read it: ${page}`,
          `Reply to it: ${siteLink(`/reviews/${r.id}/reply`)}`,
        ],
        { kind: "provider_news" },
      );
    }
  } else if (r.status === "rejected") {
    sendNotice(
      r.authorEmail,
      `Your review of ${r.productName} was not published`,
      [
        `Hello ${r.authorName},`,
        "",
        `Your review${named(r.title)} of ${r.productName} was not published.`,
        `The moderator's reason: ${r.rejectionReason ?? "none given"}`,
        "",
        `You can edit it and submit it again: ${siteLink(`/products/${r.productSlug}/review`)}`,
      ],
      { kind: "review_outcomes" },
    );
  }
}

/** A provider's reply went live: the review's author hears of it. */
export function notifyReplyPublished(replyId: number): void {
  const reply = db()
    .select({ reviewId: reviewResponses.reviewId, status: reviewResponses.status })
    .from(reviewResponses)
    .where(eq(reviewResponses.id, replyId))
    .get();
  if (!reply || reply.status !== "published") return;
  const r = reviewContext(reply.reviewId);
  if (!r) return;
  sendNotice(
    r.authorEmail,
    `The provider replied to your review of ${r.productName}`,
    [
      `Hello ${r.authorName},`,
      "",
      `The provider of ${r.productName} replied to your review${named(r.title)}:`,
      siteLink(`/products/${r.productSlug}#reviews`),
    ],
    { kind: "review_outcomes" },
  );
}
