/**
 * What the engine says about each rule, and how a page sums it up. Results are plain data so that a
 * loader can send them to the browser as they are.
 */
import type { RuleVersion } from "./rule-version";

/**
 * "for_each_product" is how a product rule reads when a purchase is judged on its own: what every
 * product must meet, to be checked product by product.
 */
export const OUTCOMES = ["meets", "does_not_meet", "needs_evidence", "not_applicable", "for_each_product"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  meets: "Meets",
  does_not_meet: "Does not meet",
  needs_evidence: "Needs evidence or an exemption",
  not_applicable: "Does not apply",
  for_each_product: "Checked for each product",
};

/** Rules about the purchase alone, or about the product being bought. */
export type RuleScope = "purchase" | "product";

export type VersionRef = Pick<RuleVersion, "version" | "effectiveFrom" | "effectiveTo" | "sourceTitle" | "sourceUrl" | "owner" | "summary">;

export interface RuleResult {
  key: string;
  name: string;
  scope: RuleScope;
  outcome: Outcome;
  /** One line that quotes the inputs it was judged on. */
  reason: string;
  /** The version applied; null when no version was in force on the signing date. */
  version: VersionRef | null;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface Summary {
  counts: OutcomeCounts;
  /** e.g. "9 met, 1 needs evidence": outcomes with no results are left out. */
  label: string;
}

function phrase(outcome: Outcome, n: number): string {
  switch (outcome) {
    case "meets":
      return `${n} met`;
    case "does_not_meet":
      return `${n} not met`;
    case "needs_evidence":
      return `${n} ${n === 1 ? "needs" : "need"} evidence`;
    case "not_applicable":
      return `${n} ${n === 1 ? "does" : "do"} not apply`;
    case "for_each_product":
      return `${n} checked for each product`;
  }
}

export function summarise(results: RuleResult[]): Summary {
  const counts: OutcomeCounts = { meets: 0, does_not_meet: 0, needs_evidence: 0, not_applicable: 0, for_each_product: 0 };
  for (const r of results) counts[r.outcome] += 1;
  const label = OUTCOMES.filter((o) => counts[o] > 0)
    .map((o) => phrase(o, counts[o]))
    .join(", ");
  return { counts, label: label || "No rules checked" };
}

/** True when nothing fails or waits on evidence; a rule that does not apply is fine. */
export function meetsEveryRule(results: RuleResult[]): boolean {
  return results.every((r) => r.outcome === "meets" || r.outcome === "not_applicable" || r.outcome === "for_each_product");
}

/** The rules a product must meet; the rest are duties of the purchase itself. */
export function productRules(results: RuleResult[]): RuleResult[] {
  return results.filter((r) => r.scope === "product");
}

/** What the buyer's agency must do, whichever product it buys: checklists, approvals, records. */
export function purchaseDuties(results: RuleResult[]): RuleResult[] {
  return results.filter((r) => r.scope === "purchase");
}

/**
 * A product fits a purchase when it meets every rule that depends on the product. The purchase's
 * own duties (Consider First, Fair Criteria, reuse...) never hide a product: a buyer who is still
 * planning has not done them yet, and doing them does not depend on which product is chosen.
 */
export function fitsPurchase(results: RuleResult[]): boolean {
  return meetsEveryRule(productRules(results));
}
