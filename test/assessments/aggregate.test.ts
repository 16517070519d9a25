/** Aggregating agencies' published assessments of one product, and judging them against a profile. */
import { describe, expect, it } from "vitest";
import { aggregate, isStale, judgeAgainstProfile, STALE_AFTER_MONTHS, type PublishedAssessment } from "~/assessments/aggregate";
import type { FrameworkDocument } from "~/assessments/framework";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";

const TODAY = "2026-08-01";

/** Three qualities are enough: one mandatory for PROTECTED data (data sovereignty), two not. */
const DOC: FrameworkDocument = {
  categories: FRAMEWORK_V1.categories,
  qualities: ["price_transparency", "data_sovereignty", "exit_provisions", "data_portability"].map((k) =>
    FRAMEWORK_V1.qualities.find((q) => q.key === k)!,
  ),
};

let nextId = 1;
function assessment(
  agencyId: number,
  assessedOn: string,
  scores: Record<string, number>,
  relyingAgencyIds: number[] = [],
): PublishedAssessment {
  return {
    id: nextId++,
    agencyId,
    assessedOn,
    frameworkVersion: 1,
    scores: Object.entries(scores).map(([qualityKey, score]) => ({ qualityKey, score })),
    relyingAgencyIds,
  };
}

const quality = (agg: ReturnType<typeof aggregate>, key: string) => agg.qualities.find((q) => q.key === key)!;

describe("staleness", () => {
  it("counts an assessment as dated only once it is more than 24 months old", () => {
    expect(STALE_AFTER_MONTHS).toBe(24);
    expect(isStale("2024-08-01", TODAY)).toBe(false); // exactly 24 months
    expect(isStale("2024-07-31", TODAY)).toBe(true); // 24 months and a day
    expect(isStale("2026-07-01", TODAY)).toBe(false);
  });

  it("says every assessment is dated only when all of them are", () => {
    expect(aggregate(DOC, [assessment(1, "2023-01-01", {}), assessment(2, "2024-01-01", {})], TODAY).allStale).toBe(true);
    expect(aggregate(DOC, [assessment(1, "2023-01-01", {}), assessment(2, "2024-08-01", {})], TODAY).allStale).toBe(false);
    expect(aggregate(DOC, [], TODAY).allStale).toBe(false);
  });
});

describe("aggregates per quality", () => {
  it("takes the newest current score as the latest, passing over a newer-looking dated one only when a current one exists", () => {
    const agg = aggregate(
      DOC,
      [
        assessment(1, "2023-05-01", { price_transparency: 2 }),
        assessment(2, "2025-02-01", { price_transparency: 4 }),
        assessment(3, "2026-01-15", { data_sovereignty: 5 }),
      ],
      TODAY,
    );
    expect(quality(agg, "price_transparency").latest).toMatchObject({ score: 4, assessedOn: "2025-02-01", stale: false });
    // Only a dated assessment scored it: the newest dated one is shown, marked as such.
    const onlyStale = aggregate(
      DOC,
      [assessment(1, "2022-01-01", { exit_provisions: 1 }), assessment(2, "2023-01-01", { exit_provisions: 3 })],
      TODAY,
    );
    expect(quality(onlyStale, "exit_provisions").latest).toMatchObject({ score: 3, stale: true });
  });

  it("ignores a stale assessment for the latest even when it is the newest that scored the quality, if a current one exists", () => {
    const agg = aggregate(
      DOC,
      [assessment(1, "2024-07-01", { price_transparency: 1 }), assessment(2, "2026-01-01", { price_transparency: 5 })],
      TODAY,
    );
    expect(quality(agg, "price_transparency").latest?.score).toBe(5);
  });

  it("reports the spread and the distribution over every assessment, dated ones included", () => {
    const agg = aggregate(
      DOC,
      [
        assessment(1, "2023-01-01", { price_transparency: 2 }),
        assessment(2, "2025-06-01", { price_transparency: 4 }),
        assessment(3, "2026-06-01", { price_transparency: 4 }),
      ],
      TODAY,
    );
    const price = quality(agg, "price_transparency");
    expect([price.min, price.max]).toEqual([2, 4]);
    expect(price.distribution).toEqual([0, 1, 0, 2, 0]);
    expect(price.assessments).toBe(3);
    const none = quality(agg, "exit_provisions");
    expect(none).toMatchObject({ latest: null, min: null, max: null, distribution: [0, 0, 0, 0, 0], assessments: 0 });
  });

  it("counts assessing agencies and relying agencies once each", () => {
    const agg = aggregate(
      DOC,
      [assessment(1, "2026-01-01", {}, [7, 8]), assessment(1, "2026-02-01", {}, [8, 9]), assessment(2, "2026-03-01", {}, [7])],
      TODAY,
    );
    expect(agg).toMatchObject({ assessedBy: 2, reliedOnBy: 3, assessments: 3, newest: "2026-03-01" });
  });
});

describe("judging against a profile", () => {
  const agg = aggregate(DOC, [assessment(1, "2026-01-01", { price_transparency: 3, data_sovereignty: 4, data_portability: 5 })], TODAY);

  it("puts gaps first, mandatory gaps before the others, then unassessed, then those that meet", () => {
    const judged = judgeAgainstProfile(DOC, agg, {
      classification: "PROTECTED",
      minimums: { price_transparency: 4, data_sovereignty: 5, exit_provisions: 3, data_portability: 3 },
    });
    expect(judged.judgements.map((j) => [j.key, j.state, j.mandatory])).toEqual([
      ["data_sovereignty", "gap", true],
      ["price_transparency", "gap", false],
      ["exit_provisions", "unassessed", false],
      ["data_portability", "meets", false],
    ]);
    expect(judged).toMatchObject({ gaps: 2, unassessed: 1, meets: false });
  });

  it("meets the profile only when every quality with a minimum is assessed and met", () => {
    const meets = judgeAgainstProfile(DOC, agg, { classification: "OFFICIAL", minimums: { price_transparency: 3, data_portability: 5 } });
    expect(meets).toMatchObject({ gaps: 0, unassessed: 0, meets: true });
    expect(meets.judgements.filter((j) => j.state === "no_minimum").map((j) => j.key)).toEqual(["data_sovereignty", "exit_provisions"]);
    const unassessed = judgeAgainstProfile(DOC, agg, { classification: "OFFICIAL", minimums: { exit_provisions: 1 } });
    expect(unassessed).toMatchObject({ gaps: 0, unassessed: 1, meets: false });
    // A product nobody assessed never meets a profile, even one with no minimums.
    expect(judgeAgainstProfile(DOC, aggregate(DOC, [], TODAY), { classification: "OFFICIAL", minimums: {} }).meets).toBe(false);
  });
});
