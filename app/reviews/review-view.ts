/**
 * What the product page's Reviews section shows, written out so that its components never import
 * a server module (the data modules promise these shapes: section.server.ts, review-listing.server.ts).
 */
import type { NOTICES } from "./notices";
import type { ReviewQuery } from "./query";
import type { RatingSummary } from "./score";

/** A published review as the public reads it: the name only when the reviewer chose to show it. */
export interface PublishedReview {
  id: number;
  overall: number;
  ratingSecurity: number | null;
  ratingSupport: number | null;
  ratingValue: number | null;
  ratingOnboarding: number | null;
  ratingExit: number | null;
  title: string;
  pros: string;
  cons: string;
  useCase: string;
  dataClassification: string;
  deploymentSize: string;
  monthsInUse: number;
  conflictOfInterest: string;
  helpfulCount: number;
  publishedAt: string | null;
  agencyName: string | null;
  reviewerName: string | null;
  isOwn: boolean;
  viewerVoted: boolean;
  reply: { body: string; publishedAt: string | null } | null;
  /** The provider's own view of its reply's moderation state; null for everyone else. */
  replyState: { status: string; rejectionReason: string | null; body: string } | null;
}

export interface ProductReviewSection {
  summary: RatingSummary;
  /** The reviews shown: the first few, or all of them when asked. */
  reviews: PublishedReview[];
  /** How many reviews match the sort and filter, shown or not. */
  matching: number;
  query: ReviewQuery;
  classifications: string[];
  signedIn: boolean;
  canWrite: boolean;
  ownReviewStatus: string | null;
  canReply: boolean;
  notice: (typeof NOTICES)[keyof typeof NOTICES] | null;
  returnTo: string;
}
