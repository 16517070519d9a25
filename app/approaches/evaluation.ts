/**
 * Weighted evaluation (pure). Each evaluator scores each response 0-10 against each criterion; a
 * criterion's score for a response is the mean of the evaluators who scored it, and the weighted
 * total is out of 100: the sum of weight x mean / 10. A response that any evaluator has not yet
 * scored on every criterion is incomplete: it has no total and is not ranked, because a total over
 * fewer scores would read as a worse (or better) response rather than an unfinished evaluation.
 * Equal totals share a rank (1, 1, 3), and the record says so rather than breaking the tie silently.
 */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
export const WEIGHT_TOTAL = 100;

export interface CriterionWeight {
  id: number;
  name: string;
  weight: number;
  isPrice: boolean;
}

export interface ScoreEntry {
  responseId: number;
  criterionId: number;
  evaluatorId: number;
  score: number;
}

export interface CriterionResult {
  criterionId: number;
  /** The mean of the evaluators' scores, or null when nobody has scored it yet. */
  mean: number | null;
  scored: number;
}

export interface ResponseResult {
  responseId: number;
  criteria: CriterionResult[];
  /** Out of 100, to two decimals; null while incomplete. */
  total: number | null;
  /** Scores still to come: evaluators x criteria not yet scored. */
  missing: number;
  /** 1 is best; equal totals share a rank; null while incomplete. */
  rank: number | null;
  tied: boolean;
}

/** Problems with a set of criteria, in the words the form shows, keyed by field ("" for the whole set). */
export function criteriaProblems(criteria: { name: string; weight: number; isPrice: boolean }[]): Record<string, string> {
  const problems: Record<string, string> = {};
  if (criteria.length < 2) problems[""] = "Add at least two criteria: price and what you need the service to do.";
  const sum = criteria.reduce((n, c) => n + c.weight, 0);
  if (criteria.length >= 2 && sum !== WEIGHT_TOTAL) {
    problems.weights = `The weights add up to ${sum}; they must add up to ${WEIGHT_TOTAL}.`;
  }
  const prices = criteria.filter((c) => c.isPrice).length;
  if (criteria.length >= 2 && prices !== 1) {
    problems.price = prices === 0 ? "Mark one criterion as price: value for money must be weighed." : "Mark only one criterion as price.";
  }
  const names = new Set<string>();
  for (const c of criteria) {
    const key = c.name.trim().toLowerCase();
    if (names.has(key)) problems[""] = `Two criteria are called "${c.name.trim()}": give each its own name.`;
    names.add(key);
  }
  return problems;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function evaluate({
  responseIds,
  criteria,
  evaluatorIds,
  scores,
}: {
  responseIds: readonly number[];
  criteria: readonly CriterionWeight[];
  /** The evaluators who must score: those who declared no conflict. */
  evaluatorIds: readonly number[];
  scores: readonly ScoreEntry[];
}): ResponseResult[] {
  const counted = new Set(evaluatorIds);
  const results = responseIds.map((responseId): ResponseResult => {
    let missing = 0;
    const perCriterion = criteria.map((c): CriterionResult => {
      const given = scores.filter((s) => s.responseId === responseId && s.criterionId === c.id && counted.has(s.evaluatorId));
      missing += Math.max(0, counted.size - given.length);
      const mean = given.length === 0 ? null : given.reduce((n, s) => n + s.score, 0) / given.length;
      return { criterionId: c.id, mean: mean === null ? null : round2(mean), scored: given.length };
    });
    const complete = counted.size > 0 && missing === 0;
    const total = complete ? round2(criteria.reduce((n, c, i) => n + (c.weight * (perCriterion[i].mean ?? 0)) / SCORE_MAX, 0)) : null;
    return { responseId, criteria: perCriterion, total, missing: counted.size === 0 ? criteria.length : missing, rank: null, tied: false };
  });
  const ranked = results.filter((r) => r.total !== null).sort((a, b) => b.total! - a.total!);
  ranked.forEach((r, i) => {
    r.rank = i > 0 && ranked[i - 1].total === r.total ? ranked[i - 1].rank : i + 1;
  });
  for (const r of ranked) r.tied = ranked.some((o) => o !== r && o.total === r.total);
  // Ranked first, best first; then the incomplete ones in the order they came.
  return [...ranked, ...results.filter((r) => r.total === null)];
}

/**
 * A guide for the price criterion: the lowest price scores 10 and each other scores in proportion
 * (lowest / this x 10). Shown beside the price criterion; the evaluators still give the score.
 */
export function priceGuide(priceCents: number, lowestCents: number): number {
  if (priceCents <= 0) return SCORE_MAX;
  return Math.round((lowestCents / priceCents) * SCORE_MAX * 10) / 10;
}
