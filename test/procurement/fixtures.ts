/** Builders for purchases, products and results, so each test states only what it is about. */
import { defaultRuleVersions } from "~/procurement/default-rules";
import type { BadgeFacts, ProductFacts } from "~/procurement/product-facts";
import type { ProposedPurchase } from "~/procurement/purchase";
import { expect } from "vitest";
import { evaluatePurchase, rulesNotInForce, type RuleResult, type RuleVersion } from "~/procurement/rules";

export const TODAY = "2025-06-01";

/** A small OFFICIAL purchase that triggers nothing, signed on 12 Mar 2025. */
export function purchase(overrides: Partial<ProposedPurchase> = {}): ProposedPurchase {
  return {
    classification: "OFFICIAL",
    sensitive: false,
    wholeOfGovernment: false,
    costGstInc: 50_000,
    costExGst: 45_454.55,
    initialTermMonths: 24,
    extensionMonths: [],
    extensionExercised: false,
    reviewRecorded: false,
    signingDate: "2025-03-12",
    hostingContract: false,
    hostingContractKind: null,
    panel: "none",
    dtaNotified: false,
    ministerialExemption: false,
    hcfExemption: false,
    liability: "capped",
    liabilityJustification: "",
    targetE8: "none",
    considerFirstDone: false,
    fairCriteriaDone: false,
    reuseConsidered: false,
    nonCorporateEntity: true,
    establishingPanel: false,
    ...overrides,
  };
}

export function badge(kind: string, level: string, overrides: Partial<BadgeFacts> = {}): BadgeFacts {
  return {
    kind,
    level,
    assessedOn: "2024-01-15",
    expiresOn: null,
    periodEnd: null,
    e8Levels: null,
    evidenceLevel: "third_party",
    assessorName: null,
    mapped: false,
    ...overrides,
  };
}

export function product(badges: BadgeFacts[], overrides: Partial<ProductFacts> = {}): ProductFacts {
  return { name: "Example Cloud", badges, awaitingHcfCertification: false, ...overrides };
}

export function e8(levels: Record<string, number>, overrides: Partial<BadgeFacts> = {}): BadgeFacts {
  return badge("e8", "ML" + Math.min(...Object.values(levels)), { e8Levels: levels, ...overrides });
}

export function allStrategies(level: number): Record<string, number> {
  return {
    application_control: level,
    patch_applications: level,
    office_macros: level,
    user_application_hardening: level,
    restrict_admin_privileges: level,
    patch_operating_systems: level,
    mfa: level,
    regular_backups: level,
  };
}

export function evaluate(
  p: ProposedPurchase,
  prod: ProductFacts | null = null,
  rules: RuleVersion[] = defaultRuleVersions(),
): RuleResult[] {
  return evaluatePurchase({ purchase: p, product: prod, rules, today: TODAY });
}

/** The result for one rule key; throws if the engine left it out, so a missing rule fails loudly. */
export function judge(key: string, p: ProposedPurchase, prod: ProductFacts | null = null, rules?: RuleVersion[]): RuleResult {
  const found = evaluate(p, prod, rules).find((r) => r.key === key);
  if (!found) throw new Error(`no result for ${key}`);
  return found;
}

/** A rule the engine leaves out because no version was in force on the signing date, with the windows it names. */
export function notInForce(key: string, p: ProposedPurchase, rules: RuleVersion[] = defaultRuleVersions()) {
  expect(evaluate(p, null, rules).map((r) => r.key)).not.toContain(key);
  const found = rulesNotInForce({ rules, signingDate: p.signingDate }).find((r) => r.key === key);
  if (!found) throw new Error(`${key} is in force on ${p.signingDate}`);
  return found;
}
