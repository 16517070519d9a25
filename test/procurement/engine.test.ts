import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, defaultRuleVersions } from "~/procurement/default-rules";
import { isInForce, versionInForce } from "~/procurement/rule-version";
import {
  evaluatePurchase,
  fitsPurchase,
  meetsEveryRule,
  RULE_KEYS,
  ruleScope,
  summarise,
  type RuleResult,
  type RuleVersion,
} from "~/procurement/rules";
import { allStrategies, badge, e8, evaluate, judge, product, purchase, TODAY } from "./fixtures";

const considerFirst = defaultRuleVersions().filter((v) => v.key === "consider_first");

/** An editor's new version: the threshold rises to $100,000 from 1 Jan 2026. */
const raised: RuleVersion[] = [
  { ...considerFirst[0], effectiveTo: "2025-12-31" },
  { ...considerFirst[0], version: 2, effectiveFrom: "2026-01-01", params: { thresholdGstInc: 100_000 } },
];

describe("choosing the version in force", () => {
  const p = (signingDate: string) => purchase({ costGstInc: 90_000, costExGst: 81_818.18, signingDate });

  it("uses the version in force on the signing date, boundaries inclusive", () => {
    expect(judge("consider_first", p("2025-12-31"), null, raised)).toMatchObject({ outcome: "needs_evidence", version: { version: 1 } });
    expect(judge("consider_first", p("2026-01-01"), null, raised)).toMatchObject({
      outcome: "not_applicable",
      reason: "whole-of-life cost $90,000 GST incl. is below the $100,000 threshold",
      version: { version: 2, effectiveFrom: "2026-01-01" },
    });
  });

  it("prefers the higher version when an editor leaves two overlapping", () => {
    const overlapping = [considerFirst[0], { ...raised[1], effectiveFrom: "2019-07-01" }];
    expect(versionInForce(overlapping, "2025-01-01")?.version).toBe(2);
  });

  it("treats effectiveTo as the last day in force", () => {
    const v = { effectiveFrom: "2017-08-23", effectiveTo: "2020-01-31" };
    expect([isInForce(v, "2017-08-22"), isInForce(v, "2017-08-23"), isInForce(v, "2020-01-31"), isInForce(v, "2020-02-01")]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe("rules as data", () => {
  it("asks for a manual check when a version's parameters are invalid", () => {
    const broken = [{ ...considerFirst[0], params: { thresholdGstInc: "eighty thousand" } }];
    expect(judge("consider_first", purchase(), null, broken)).toMatchObject({
      outcome: "needs_evidence",
      reason: "version 1 has invalid parameters (thresholdGstInc: Expected number, received string): check it against the source",
    });
  });

  it("shows a rule it cannot check, after the ones it can", () => {
    const extra: RuleVersion = { ...considerFirst[0], key: "new_policy", name: "A new policy" };
    const results = evaluate(purchase(), null, [extra, ...considerFirst]);
    expect(results.map((r) => [r.key, r.outcome])).toEqual([
      ["consider_first", "not_applicable"],
      ["new_policy", "needs_evidence"],
    ]);
  });

  it("judges only the rules it is given", () => {
    expect(evaluate(purchase(), null, [])).toEqual([]);
  });
});

describe("the default rule set", () => {
  it("has a check for every key and a version for every check", () => {
    expect(DEFAULT_RULES.map((r) => r.key).sort()).toEqual([...RULE_KEYS].sort());
  });

  it("never has two versions of a rule in force on the same day, and cites https sources", () => {
    for (const rule of DEFAULT_RULES) {
      const versions = rule.versions;
      expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
      for (const v of versions) {
        expect(v.sourceUrl).toMatch(/^https:\/\//);
        if (v.effectiveTo) expect(v.effectiveTo >= v.effectiveFrom).toBe(true);
        for (const other of versions.filter((o) => o !== v)) expect(isInForce(other, v.effectiveFrom)).toBe(false);
      }
    }
  });

  it("gives each rule the parameters its check accepts", () => {
    const results = evaluate(purchase({ signingDate: "2025-03-12" }), product([]));
    expect(results.filter((r) => r.reason.includes("invalid parameters"))).toEqual([]);
    const legacy = evaluate(purchase({ signingDate: "2019-03-12" }), product([]));
    expect(legacy.filter((r) => r.reason.includes("invalid parameters"))).toEqual([]);
  });

  it("returns one result per rule in force, in a stable order, each with a one-line reason", () => {
    const results = evaluate(purchase(), product([]));
    // The 2017 capped-term policy ended on 31 Jan 2020: a purchase signed now is not judged by it, nor shown it.
    expect(results.map((r) => r.key)).toEqual(RULE_KEYS.filter((k) => k !== "legacy_term_rule"));
    for (const r of results) expect(r.reason).toMatch(/^[^\n]+$/);
  });
});

describe("judging a purchase with and without a product", () => {
  const big = purchase({
    classification: "PROTECTED",
    costGstInc: 2_200_000,
    costExGst: 2_000_000,
    initialTermMonths: 36,
    extensionMonths: [12, 12],
    signingDate: "2025-07-01",
    hostingContract: true,
    hostingContractKind: "new",
    targetE8: "ML2",
    considerFirstDone: true,
    fairCriteriaDone: true,
  });
  const good = product([badge("hcf", "strategic"), badge("irap", "PROTECTED", { assessedOn: "2024-11-20" }), e8(allStrategies(2))]);

  it("meets every rule with a certified, assessed product", () => {
    const results = evaluate(big, good);
    expect(results.filter((r) => r.outcome !== "meets" && r.outcome !== "not_applicable")).toEqual([]);
    expect(meetsEveryRule(results)).toBe(true);
    expect(summarise(results).label).toBe("10 met, 4 do not apply");
    expect(fitsPurchase(results)).toBe(true);
  });

  it("says what each product must meet when no product is chosen", () => {
    const results = evaluatePurchase({ purchase: big, product: null, rules: defaultRuleVersions(), today: TODAY });
    const productRules = results.filter((r) => r.scope === "product");
    expect(productRules.map((r) => r.key)).toEqual([
      "certified_hosting",
      "hosting_contracts",
      "irap_level",
      "irap_currency",
      "essential_eight_target",
    ]);
    expect(productRules.map((r) => r.outcome)).toEqual(Array(5).fill("for_each_product"));
    expect(productRules.find((r) => r.key === "irap_level")?.reason).toBe(
      "an IRAP assessment at PROTECTED or above, backed by more than a self-declaration",
    );
    expect(ruleScope("irap_level")).toBe("product");
    expect(ruleScope("consider_first")).toBe("purchase");
  });
});

describe("summarise and meetsEveryRule", () => {
  const r = (outcome: RuleResult["outcome"]): RuleResult => ({
    key: "k",
    name: "n",
    scope: "purchase",
    outcome,
    reason: "",
    version: null,
  });

  it("counts each outcome and leaves empty ones out of the label", () => {
    const results = [...Array(9).fill(r("meets")), r("needs_evidence")];
    expect(summarise(results)).toEqual({
      counts: { meets: 9, does_not_meet: 0, needs_evidence: 1, not_applicable: 0, for_each_product: 0 },
      label: "9 met, 1 needs evidence",
    });
    expect(summarise([r("does_not_meet"), r("needs_evidence"), r("needs_evidence"), r("not_applicable")]).label).toBe(
      "1 not met, 2 need evidence, 1 does not apply",
    );
    expect(summarise([]).label).toBe("No rules checked");
  });

  it("lets a product fit when only the purchase's own duties are open", () => {
    const duty = { ...r("needs_evidence"), scope: "purchase" as const };
    const productRule = { ...r("meets"), scope: "product" as const };
    expect(meetsEveryRule([duty, productRule])).toBe(false);
    expect(fitsPurchase([duty, productRule])).toBe(true);
    expect(fitsPurchase([duty, { ...productRule, outcome: "needs_evidence" }])).toBe(false);
  });

  it("accepts rules that do not apply, but nothing that fails or waits on evidence", () => {
    expect(meetsEveryRule([r("meets"), r("not_applicable")])).toBe(true);
    expect(meetsEveryRule([r("meets"), r("needs_evidence")])).toBe(false);
    expect(meetsEveryRule([r("does_not_meet")])).toBe(false);
    expect(meetsEveryRule([])).toBe(true);
  });
});
