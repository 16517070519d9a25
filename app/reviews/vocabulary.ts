/** The fixed lists a review is built from, shared by the form, the model, the seed and the UI. */

export const RATING_DIMENSIONS = [
  { key: "ratingSecurity", label: "Security assurance" },
  { key: "ratingSupport", label: "Support" },
  { key: "ratingValue", label: "Value for money" },
  { key: "ratingOnboarding", label: "Onboarding" },
  { key: "ratingExit", label: "Exit and portability" },
] as const;
export type RatingDimension = (typeof RATING_DIMENSIONS)[number]["key"];

export const DEPLOYMENT_SIZES = ["Fewer than 50 users", "50-500 users", "500-5,000 users", "More than 5,000 users"] as const;
export type DeploymentSize = (typeof DEPLOYMENT_SIZES)[number];

export const REVIEW_STATUSES = ["pending", "published", "rejected"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: "Waiting for moderation",
  published: "Published",
  rejected: "Not published",
};

export const REVIEW_SORTS = ["helpful", "newest", "highest", "lowest"] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];
export const REVIEW_SORT_LABELS: Record<ReviewSort, string> = {
  helpful: "Most helpful",
  newest: "Newest",
  highest: "Highest rated",
  lowest: "Lowest rated",
};

/** Abuse limits: generous for people, tight for scripts. */
export const REVIEW_LIMITS = {
  review: { bucket: "review-write", limit: 5, windowSeconds: 24 * 3600 },
  vote: { bucket: "review-vote", limit: 60, windowSeconds: 3600 },
  report: { bucket: "review-report", limit: 10, windowSeconds: 24 * 3600 },
  reply: { bucket: "review-reply", limit: 20, windowSeconds: 24 * 3600 },
} as const;
