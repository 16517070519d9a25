/**
 * Everything the product page's Reviews section needs, in one call, so the shared product route
 * only gains a few lines. What a viewer may do is decided here, with the same checks the actions use.
 */
import type { CurrentUser } from "~/accounts/user.server";
import type { IsoDate } from "~/platform/dates";
import { productRatingSummary, productReviews, reviewedClassifications } from "./review-listing.server";
import { findOwnReview } from "./review.server";
import { noticeFor } from "./notices";
import { canReply, canWriteReview } from "./permissions";
import { parseReviewQuery, returnPath } from "./query";
import type { ProductReviewSection } from "./review-view";

/** How many reviews the product page shows before "Show all". */
export const FIRST_REVIEWS = 3;

export function productReviewSection({
  product,
  viewer,
  url,
  today,
}: {
  product: { id: number; providerId: number };
  viewer: CurrentUser | null;
  url: URL;
  today: IsoDate;
}): ProductReviewSection {
  const classifications = reviewedClassifications({ productId: product.id });
  const query = parseReviewQuery(url.searchParams, classifications);
  const repliesAllowed = canReply(viewer, { authorId: -1, status: "published", providerId: product.providerId }).ok;
  const reviews = productReviews({
    productId: product.id,
    sort: query.sort,
    classification: query.classification ?? undefined,
    viewerId: viewer?.id ?? null,
  }).map(({ replyState, ...r }) => ({ ...r, replyState: repliesAllowed ? replyState : null }));
  // The first few lead; the rest are one link away. After a vote, report or reply the page comes
  // back to one review (a notice in the address), which may be further down: show them all then.
  const showAll = url.searchParams.get("reviews") === "all" || url.searchParams.has("notice");
  const own = viewer ? findOwnReview({ productId: product.id, userId: viewer.id }) : null;
  return {
    summary: productRatingSummary({ productId: product.id, today }),
    reviews: showAll ? reviews : reviews.slice(0, FIRST_REVIEWS),
    matching: reviews.length,
    query,
    classifications,
    signedIn: viewer !== null,
    canWrite: canWriteReview(viewer, product).ok,
    ownReviewStatus: own?.status ?? null,
    canReply: repliesAllowed,
    notice: noticeFor(url.searchParams.get("notice")),
    returnTo: returnPath(url),
  };
}
