import { describe, expect, it } from "vitest";
import { explainRating, ratingDistribution, recencyWeight, summariseRatings, weightedScore } from "~/reviews/score";

const today = "2026-06-30";

describe("recency weighting", () => {
  it("counts a review fully for 12 months, fades it to nothing at 24 months", () => {
    expect(recencyWeight("2026-06-30", today)).toBe(1);
    expect(recencyWeight("2025-06-30", today)).toBe(1); // 365 days
    expect(recencyWeight("2025-06-29", today)).toBeLessThan(1);
    expect(recencyWeight("2024-12-30", today)).toBeCloseTo(0.5, 1);
    expect(recencyWeight("2024-07-01", today)).toBeGreaterThan(0); // 729 days
    expect(recencyWeight("2024-06-30", today)).toBe(0); // 730 days
    expect(recencyWeight("2020-01-01", today)).toBe(0);
  });

  it("weights recent reviews over old ones", () => {
    const score = weightedScore(
      [
        { overall: 5, publishedOn: "2026-05-01" },
        { overall: 1, publishedOn: "2024-12-30" },
      ],
      today,
    );
    expect(score).toBeGreaterThan(3);
    expect(score).toBeCloseTo((5 + 0.5 * 1) / 1.5, 1);
  });

  it("has no weighted score when every review is too old, and says so", () => {
    const summary = summariseRatings([{ overall: 4, publishedOn: "2023-01-01" }], today);
    expect(summary.weighted).toBeNull();
    expect(summary.average).toBe(4);
    expect(explainRating(summary)).toMatch(/over 24 months old/);
  });

  it("explains the score in plain words", () => {
    const summary = summariseRatings(
      [
        { overall: 4, publishedOn: "2026-01-01" },
        { overall: 5, publishedOn: "2026-02-01" },
        { overall: 2, publishedOn: "2022-02-01" },
      ],
      today,
    );
    expect(explainRating(summary)).toMatch(
      /^Recent reviews count most: 2 of 3 reviews count towards this rating\. Reviews from the last 12 months count fully.* The simple average of all 3 is 3\.7\.$/,
    );
  });
});

describe("rating distribution", () => {
  it("counts each star, including empty ones", () => {
    expect(ratingDistribution([5, 5, 4, 1])).toEqual([
      { stars: 1, count: 1 },
      { stars: 2, count: 0 },
      { stars: 3, count: 0 },
      { stars: 4, count: 1 },
      { stars: 5, count: 2 },
    ]);
  });
});
