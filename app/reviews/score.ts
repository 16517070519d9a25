/**
 * Ratings summaries. The weighted score favours recent experience because cloud services change
 * quickly: a review from three years ago may describe a product that no longer exists in that form.
 *
 * Our rule (Gartner Peer Insights drops reviews after 12 months; we fade them out instead, so a
 * product with few reviews keeps a score): a review counts fully for 12 months after publication,
 * then its weight falls in a straight line to nothing at 24 months.
 */
import { daysBetween, type IsoDate } from "~/platform/dates";

const FULL_WEIGHT_DAYS = 365;
const ZERO_WEIGHT_DAYS = 730;

const WEIGHTING_RULE =
  "Reviews from the last 12 months count fully; between 12 and 24 months old a review counts less the older it is; reviews over 24 months old do not count.";

export function recencyWeight(publishedOn: IsoDate, today: IsoDate): number {
  const age = Math.max(0, daysBetween(publishedOn, today));
  if (age <= FULL_WEIGHT_DAYS) return 1;
  if (age >= ZERO_WEIGHT_DAYS) return 0;
  return (ZERO_WEIGHT_DAYS - age) / (ZERO_WEIGHT_DAYS - FULL_WEIGHT_DAYS);
}

export interface RatedReview {
  overall: number;
  publishedOn: IsoDate;
}

/** Weighted mean of the overall ratings, or null when no review is recent enough to count. */
export function weightedScore(reviews: readonly RatedReview[], today: IsoDate): number | null {
  let sum = 0;
  let weights = 0;
  for (const r of reviews) {
    const w = recencyWeight(r.publishedOn, today);
    sum += w * r.overall;
    weights += w;
  }
  return weights === 0 ? null : sum / weights;
}

function averageRating(ratings: readonly (number | null)[]): number | null {
  const given = ratings.filter((r): r is number => r !== null);
  return given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
}

/** Count of reviews per star, 1 to 5, always all five keys. */
export function ratingDistribution(ratings: readonly number[]): { stars: 1 | 2 | 3 | 4 | 5; count: number }[] {
  return ([1, 2, 3, 4, 5] as const).map((stars) => ({ stars, count: ratings.filter((r) => r === stars).length }));
}

/** "4.2": one decimal, as review sites show it. */
export function formatRating(value: number | null): string {
  return value === null ? "no rating" : value.toFixed(1);
}

export interface RatingSummary {
  count: number;
  average: number | null;
  weighted: number | null;
  /** Reviews that still count towards the weighted score. */
  countedInWeighted: number;
  distribution: { stars: 1 | 2 | 3 | 4 | 5; count: number }[];
  /** What the rating is and how it is weighted, in plain words (explainRating). */
  explanation: string;
}

export function summariseRatings(reviews: readonly RatedReview[], today: IsoDate): RatingSummary {
  const counts = {
    count: reviews.length,
    average: averageRating(reviews.map((r) => r.overall)),
    weighted: weightedScore(reviews, today),
    countedInWeighted: reviews.filter((r) => recencyWeight(r.publishedOn, today) > 0).length,
  };
  return { ...counts, distribution: ratingDistribution(reviews.map((r) => r.overall)), explanation: explainRating(counts) };
}

/**
 * The one rating a product shows is the recency-weighted score, explained in plain words, with the
 * plain average named beside it so the two never look like rival scores.
 */
export function explainRating(summary: Pick<RatingSummary, "count" | "average" | "weighted" | "countedInWeighted">): string {
  if (summary.count === 0) return "No published reviews yet.";
  const average = `The simple average of all ${summary.count} is ${formatRating(summary.average)}.`;
  if (summary.weighted === null)
    return `All ${summary.count} reviews are over 24 months old, so none counts towards the rating. ${WEIGHTING_RULE} ${average}`;
  return `Recent reviews count most: ${summary.countedInWeighted} of ${summary.count} reviews count towards this rating. ${WEIGHTING_RULE} ${average}`;
}
