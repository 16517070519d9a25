/**
 * The shape every rule check takes. A check is a pure function of the purchase, the product facts
 * and the parameters of the rule version in force; it validates those parameters itself because
 * editors can change them without a code change.
 */
import type { z } from "zod";
import { EVIDENCE_LABELS, type EvidenceLevel } from "~/assurance/vocabulary";
import type { IsoDate } from "~/platform/dates";
import type { ProductFacts } from "../product-facts";
import type { ProposedPurchase } from "../purchase";
import type { Outcome, RuleScope } from "../results";
import type { CapExemption } from "./exemptions";

export interface CheckContext<P> {
  purchase: ProposedPurchase;
  /** Null when a purchase is judged on its own, before a product is chosen. */
  product: ProductFacts | null;
  params: P;
  signingDate: IsoDate;
  today: IsoDate;
  /** The exemption to the contract caps the purchase can claim, from the exemptions rule in force. */
  exemption: CapExemption;
  /** Caps exceeded by this purchase, each as a quoted one-line reason. */
  capBreaches: string[];
}

export type Verdict =
  | { outcome: Outcome; reason: string }
  /** A contract cap is exceeded: the engine decides the outcome from the exemption. */
  | { breach: string };

export interface Check<P = unknown> {
  scope: RuleScope;
  params: z.ZodType<P, z.ZodTypeDef, unknown>;
  /** Runs after the caps, so that it can read `capBreaches`. */
  readsCapBreaches?: boolean;
  evaluate(ctx: CheckContext<P>): Verdict;
}

export function defineCheck<P>(check: Check<P>): Check<P> {
  return check;
}

export function meets(reason: string): Verdict {
  return { outcome: "meets", reason };
}
export function doesNotMeet(reason: string): Verdict {
  return { outcome: "does_not_meet", reason };
}
export function needsEvidence(reason: string): Verdict {
  return { outcome: "needs_evidence", reason };
}
export function notApplicable(reason: string): Verdict {
  return { outcome: "not_applicable", reason };
}

export function months(n: number): string {
  return `${n} ${n === 1 ? "month" : "months"}`;
}

/** "12", "12 and 24", "12, 12 and 24" (or "A or B" with `conjunction`). */
export function listOf(items: (string | number)[], conjunction: "and" | "or" = "and"): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

/** Every rule that relies on a badge says which evidence it relied on, so a buyer knows how far to trust it. */
export function evidenceNote(level: string): string {
  const label = EVIDENCE_LABELS[level as EvidenceLevel] ?? level;
  return ` (evidence: ${label.charAt(0).toLowerCase()}${label.slice(1)})`;
}

/**
 * What a product rule asks of every product, when a purchase is judged on its own: the
 * requirement in the buyer's terms, checked later product by product.
 */
export function forEachProduct(requirement: string): Verdict {
  return { outcome: "for_each_product", reason: requirement };
}
