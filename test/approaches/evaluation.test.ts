/** Weights, weighted totals, ranking with ties and missing scores, and the price guide (app/approaches/evaluation.ts). */
import { describe, expect, it } from "vitest";
import { criteriaProblems, evaluate, priceGuide, type CriterionWeight, type ScoreEntry } from "~/approaches/evaluation";

const c = (name: string, weight: number, isPrice = false) => ({ name, weight, isPrice });

describe("criteriaProblems", () => {
  it("accepts two or more criteria whose weights sum to 100 with exactly one price criterion", () => {
    expect(criteriaProblems([c("Fit", 60), c("Price", 40, true)])).toEqual({});
    expect(criteriaProblems([c("Fit", 40), c("Security", 25), c("Price", 35, true)])).toEqual({});
  });

  it("refuses weights summing to 99 or 101, saying what they add up to", () => {
    expect(criteriaProblems([c("Fit", 59), c("Price", 40, true)])).toEqual({
      weights: "The weights add up to 99; they must add up to 100.",
    });
    expect(criteriaProblems([c("Fit", 61), c("Price", 40, true)])).toEqual({
      weights: "The weights add up to 101; they must add up to 100.",
    });
  });

  it("asks for a price criterion when none is marked, and for only one when two are", () => {
    expect(criteriaProblems([c("Fit", 60), c("Support", 40)]).price).toMatch(/Mark one criterion as price/);
    expect(criteriaProblems([c("Price A", 60, true), c("Price B", 40, true)]).price).toBe("Mark only one criterion as price.");
  });

  it("refuses a single criterion, even a price criterion weighted 100", () => {
    const problems = criteriaProblems([c("Price", 100, true)]);
    expect(problems[""]).toMatch(/at least two criteria/);
    expect(criteriaProblems([])[""]).toMatch(/at least two criteria/);
  });

  it("refuses two criteria with the same name, ignoring case and spaces", () => {
    const problems = criteriaProblems([c("Fit", 30), c(" fit ", 30), c("Price", 40, true)]);
    expect(problems[""]).toBe('Two criteria are called "fit": give each its own name.');
    expect(problems.weights).toBeUndefined();
  });
});

const FIT: CriterionWeight = { id: 1, name: "Fit", weight: 60, isPrice: false };
const PRICE: CriterionWeight = { id: 2, name: "Price", weight: 40, isPrice: true };
const criteria = [FIT, PRICE];

/** Every evaluator gives `[fit, price]` to a response. */
function scored(responseId: number, byEvaluator: Record<number, [number, number]>): ScoreEntry[] {
  return Object.entries(byEvaluator).flatMap(([evaluatorId, [fit, price]]) => [
    { responseId, criterionId: FIT.id, evaluatorId: Number(evaluatorId), score: fit },
    { responseId, criterionId: PRICE.id, evaluatorId: Number(evaluatorId), score: price },
  ]);
}

describe("evaluate", () => {
  it("totals out of 100 from the mean of two evaluators on each criterion", () => {
    const [result] = evaluate({ responseIds: [100], criteria, evaluatorIds: [10, 20], scores: scored(100, { 10: [8, 6], 20: [6, 10] }) });
    expect(result.criteria).toEqual([
      { criterionId: 1, mean: 7, scored: 2 },
      { criterionId: 2, mean: 8, scored: 2 },
    ]);
    // 60 x 7 / 10 + 40 x 8 / 10 = 42 + 32
    expect(result.total).toBe(74);
    expect(result.missing).toBe(0);
    expect(result.rank).toBe(1);
    expect(result.tied).toBe(false);
  });

  it("rounds means and totals to two decimals", () => {
    const [result] = evaluate({
      responseIds: [1],
      criteria,
      evaluatorIds: [10, 20, 30],
      scores: scored(1, { 10: [7, 10], 20: [7, 10], 30: [8, 10] }),
    });
    expect(result.criteria[0].mean).toBe(7.33);
    // From the mean as shown (7.33), so that the total a reader checks by hand agrees: 43.98 + 40.
    expect(result.total).toBe(83.98);
  });

  it("gives equal totals the same rank (1, 1, 3) and flags them as tied", () => {
    const results = evaluate({
      responseIds: [3, 1, 2],
      criteria,
      evaluatorIds: [10],
      scores: [...scored(1, { 10: [8, 8] }), ...scored(2, { 10: [8, 8] }), ...scored(3, { 10: [5, 5] })],
    });
    expect(results.map((r) => [r.responseId, r.total, r.rank, r.tied])).toEqual([
      [1, 80, 1, true],
      [2, 80, 1, true],
      [3, 50, 3, false],
    ]);
  });

  it("leaves a response with a missing score incomplete: no total, no rank, the missing count, ranked after complete ones", () => {
    const scores = [
      ...scored(1, { 10: [9, 9], 20: [9, 9] }).filter((s) => !(s.evaluatorId === 20 && s.criterionId === PRICE.id)),
      ...scored(2, { 10: [4, 4], 20: [4, 4] }),
    ];
    const results = evaluate({ responseIds: [1, 2], criteria, evaluatorIds: [10, 20], scores });
    expect(results.map((r) => r.responseId)).toEqual([2, 1]);
    const incomplete = results[1];
    expect(incomplete.total).toBeNull();
    expect(incomplete.rank).toBeNull();
    expect(incomplete.tied).toBe(false);
    expect(incomplete.missing).toBe(1);
    // The scores given still show, as they are.
    expect(incomplete.criteria).toEqual([
      { criterionId: 1, mean: 9, scored: 2 },
      { criterionId: 2, mean: 9, scored: 1 },
    ]);
    expect(results[0]).toMatchObject({ total: 40, rank: 1, missing: 0 });
  });

  it("counts a response nobody has scored as missing every evaluator on every criterion", () => {
    const [result] = evaluate({ responseIds: [1], criteria, evaluatorIds: [10, 20], scores: [] });
    expect(result).toMatchObject({ total: null, rank: null, missing: 4 });
    expect(result.criteria.every((x) => x.mean === null && x.scored === 0)).toBe(true);
  });

  it("does not count an evaluator who stood aside (not among evaluatorIds)", () => {
    const scores = [...scored(1, { 10: [6, 6] }), ...scored(1, { 30: [0, 0] })];
    const [result] = evaluate({ responseIds: [1], criteria, evaluatorIds: [10], scores });
    expect(result.criteria.map((x) => [x.mean, x.scored])).toEqual([
      [6, 1],
      [6, 1],
    ]);
    expect(result.total).toBe(60);
    // Nor do their scores make up for a counted evaluator's missing one.
    const onlyAside = evaluate({ responseIds: [1], criteria, evaluatorIds: [10, 20], scores });
    expect(onlyAside[0]).toMatchObject({ total: null, missing: 2 });
  });

  it("leaves every response incomplete when no evaluator counts", () => {
    const results = evaluate({ responseIds: [1, 2], criteria, evaluatorIds: [], scores: scored(1, { 10: [9, 9] }) });
    for (const r of results) expect(r).toMatchObject({ total: null, rank: null, tied: false, missing: 2 });
    expect(results.map((r) => r.responseId)).toEqual([1, 2]);
  });
});

describe("priceGuide", () => {
  it("scores the lowest price 10 and the others in proportion, to one decimal", () => {
    expect(priceGuide(100_000, 100_000)).toBe(10);
    expect(priceGuide(200_000, 100_000)).toBe(5);
    expect(priceGuide(300_000, 100_000)).toBe(3.3);
    expect(priceGuide(125_000, 100_000)).toBe(8);
  });

  it("gives a zero price the top score rather than dividing by it", () => {
    expect(priceGuide(0, 0)).toBe(10);
  });
});
