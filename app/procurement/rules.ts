/**
 * The procurement rules engine. `evaluatePurchase` judges a proposed purchase (and, for the rules
 * that depend on it, a product) against every rule, each by the version in force on the signing
 * date. Pure: rule versions come in as data, so an editor's new version needs no code change.
 *
 * Outcomes: "does not meet" when the inputs break the rule (a term too long, an uncertified
 * provider); "needs evidence" when something the rule requires has not been recorded yet (a
 * checklist, a review, an assessment) or an exemption is still to be obtained; "does not apply"
 * when the rule's trigger is absent or no version was in force on the signing date.
 */
import { type IsoDate } from "~/platform/dates";
import type { Check, CheckContext, Verdict } from "./checks/check";
import { essentialEightTarget, irapCurrency, irapLevel } from "./checks/assurance";
import {
  capExemptions,
  contractValueCap,
  extensionCap,
  initialTermCap,
  legacyTermRule,
  reviewBeforeExtension,
} from "./checks/contract-limits";
import { capExemption, exemptionParams, type CapExemption } from "./checks/exemptions";
import { certifiedHosting, hostingContracts } from "./checks/hosting";
import { considerFirst, fairCriteria, liability, reuse } from "./checks/sourcing";
import type { ProductFacts } from "./product-facts";
import type { ProposedPurchase } from "./purchase";
import type { RuleResult, RuleScope, VersionRef } from "./results";
import { describeWindow, groupByKey, versionInForce, type RuleVersion } from "./rule-version";

export { fitsPurchase, meetsEveryRule, OUTCOME_LABELS, productRules, purchaseDuties, summarise } from "./results";
export type { Outcome, RuleResult, RuleScope, Summary, VersionRef } from "./results";
export type { RuleVersion } from "./rule-version";

/** Every rule the engine can check, in the order results are shown. */
const CHECKS = {
  consider_first: considerFirst,
  fair_criteria: fairCriteria,
  contract_value_cap: contractValueCap,
  initial_term_cap: initialTermCap,
  extension_cap: extensionCap,
  legacy_term_rule: legacyTermRule,
  review_before_extension: reviewBeforeExtension,
  cap_exemptions: capExemptions,
  certified_hosting: certifiedHosting,
  hosting_contracts: hostingContracts,
  irap_level: irapLevel,
  irap_currency: irapCurrency,
  essential_eight_target: essentialEightTarget,
  liability,
  reuse,
};

export type RuleKey = keyof typeof CHECKS;
export const RULE_KEYS = Object.keys(CHECKS) as RuleKey[];

function isRuleKey(key: string): key is RuleKey {
  return Object.hasOwn(CHECKS, key);
}

/** Whether a rule is judged on the purchase alone or also on the product; unknown keys count as purchase rules. */
export function ruleScope(key: string): RuleScope {
  return isRuleKey(key) ? CHECKS[key].scope : "purchase";
}

function versionRef(v: RuleVersion): VersionRef {
  const { version, effectiveFrom, effectiveTo, sourceTitle, sourceUrl, owner, summary } = v;
  return { version, effectiveFrom, effectiveTo, sourceTitle, sourceUrl, owner, summary };
}

function exemptionInForce(purchase: ProposedPurchase, groups: Map<string, RuleVersion[]>, date: IsoDate): CapExemption {
  const version = versionInForce(groups.get("cap_exemptions") ?? [], date);
  const params = version ? exemptionParams.safeParse(version.params) : null;
  return capExemption(purchase, params?.success ? params.data.exemptions : []);
}

/** A breached cap is settled by the exemption in force; see checks/exemptions.ts for why. */
function settleBreach(breach: string, exemption: CapExemption): { outcome: RuleResult["outcome"]; reason: string } {
  switch (exemption.status) {
    case "granted":
      return { outcome: "meets", reason: `${breach}; ${exemption.basis}` };
    case "pending":
      return { outcome: "needs_evidence", reason: `${breach}; ${exemption.basis}` };
    case "none":
      return { outcome: "does_not_meet", reason: breach };
  }
}

export interface EvaluateInput {
  purchase: ProposedPurchase;
  /** Null to judge the purchase alone: product rules then say they depend on the product. */
  product: ProductFacts | null;
  rules: RuleVersion[];
  /** Every current rule is judged on the signing date; today is passed to checks for rules that need it. */
  today: IsoDate;
}

type Base = Omit<CheckContext<unknown>, "params" | "capBreaches">;

function judgeRule(key: string, versions: RuleVersion[], base: Base, capBreaches: string[]): RuleResult {
  const version = versionInForce(versions, base.signingDate)!;
  const scope = ruleScope(key);
  const name = version.name;
  const ref = versionRef(version);
  if (!isRuleKey(key)) {
    const reason = "Cloud Exchange cannot check this rule automatically: check it against the source";
    return { key, name, scope, outcome: "needs_evidence", reason, version: ref };
  }
  const check = CHECKS[key] as Check<unknown>;
  const params = check.params.safeParse(version.params);
  if (!params.success) {
    const problem = params.error.issues.map((i) => `${i.path.join(".") || "params"}: ${i.message}`).join("; ");
    const reason = `version ${version.version} has invalid parameters (${problem}): check it against the source`;
    return { key, name, scope, outcome: "needs_evidence", reason, version: ref };
  }
  const verdict: Verdict = check.evaluate({ ...base, params: params.data, capBreaches: [...capBreaches] });
  if ("breach" in verdict) {
    capBreaches.push(verdict.breach);
    return { key, name, scope, ...settleBreach(verdict.breach, base.exemption), version: ref };
  }
  return { key, name, scope, ...verdict, version: ref };
}

export function evaluatePurchase({ purchase, product, rules, today }: EvaluateInput): RuleResult[] {
  const signingDate = purchase.signingDate;
  const groups = groupByKey(rules);
  // Only the rules in force on the signing date are judged, or listed: a rule repealed before it,
  // or not yet made, says nothing about this contract (rulesNotInForce names them for a page).
  const inForce = (k: string) => versionInForce(groups.get(k) ?? [], signingDate) !== null;
  const keys = [...RULE_KEYS.filter((k) => groups.has(k)), ...[...groups.keys()].filter((k) => !isRuleKey(k))].filter(inForce);
  const base: Base = { purchase, product, signingDate, today, exemption: exemptionInForce(purchase, groups, signingDate) };
  const capBreaches: string[] = [];
  const results = new Map<string, RuleResult>();
  // The exemptions rule sums up the caps, so it is judged after them.
  const readsBreaches = (k: string) => isRuleKey(k) && (CHECKS[k] as Check<unknown>).readsCapBreaches === true;
  for (const key of [...keys.filter((k) => !readsBreaches(k)), ...keys.filter(readsBreaches)]) {
    results.set(key, judgeRule(key, groups.get(key) ?? [], base, capBreaches));
  }
  return keys.map((k) => results.get(k)!);
}

/** The rules that are not in force on the signing date, with the windows they were, for a note under the results. */
export function rulesNotInForce({
  rules,
  signingDate,
}: {
  rules: RuleVersion[];
  signingDate: IsoDate;
}): { key: string; name: string; window: string }[] {
  return [...groupByKey(rules).entries()]
    .filter(([, versions]) => versionInForce(versions, signingDate) === null)
    .map(([key, versions]) => ({ key, name: versions[versions.length - 1].name, window: versions.map(describeWindow).join("; ") }));
}
