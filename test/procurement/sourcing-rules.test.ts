import { describe, expect, it } from "vitest";
import { judge, purchase, notInForce } from "./fixtures";

describe("consider_first", () => {
  it("applies at exactly $80,000 GST incl.", () => {
    expect(judge("consider_first", purchase({ costGstInc: 80_000, costExGst: 72_727.27, considerFirstDone: true }))).toMatchObject({
      outcome: "meets",
      reason: "whole-of-life cost $80,000 GST incl. is at or above the $80,000 threshold: Consider First self-assessment recorded",
    });
    expect(judge("consider_first", purchase({ costGstInc: 80_000, costExGst: 72_727.27 }))).toMatchObject({
      outcome: "needs_evidence",
      reason:
        "whole-of-life cost $80,000 GST incl. is at or above the $80,000 threshold: record the Consider First self-assessment before the investment decision",
    });
  });

  it("does not apply at $79,999.99", () => {
    expect(judge("consider_first", purchase({ costGstInc: 79_999.99, costExGst: 72_727.26 }))).toMatchObject({
      outcome: "not_applicable",
      reason: "whole-of-life cost $79,999.99 GST incl. is below the $80,000 threshold",
    });
  });

  it("does not bind a corporate Commonwealth entity", () => {
    expect(judge("consider_first", purchase({ costGstInc: 500_000, nonCorporateEntity: false })).outcome).toBe("not_applicable");
  });

  it("cites the policy and the version applied", () => {
    const r = judge("consider_first", purchase({ costGstInc: 80_000 }));
    expect(r.version).toMatchObject({
      version: 1,
      effectiveFrom: "2019-07-01",
      effectiveTo: null,
      owner: "Digital Transformation Agency",
      sourceTitle: "Digital Sourcing Consider First Policy",
    });
  });

  it("does not apply to a purchase signed before 1 Jul 2019", () => {
    expect(notInForce("consider_first", purchase({ costGstInc: 500_000, signingDate: "2019-06-30" })).window).toBe("from 1 Jul 2019");
  });
});

describe("fair_criteria", () => {
  const big = { costGstInc: 80_000, costExGst: 72_727.27 };

  it("asks for the checklist from $80,000 and not below", () => {
    expect(judge("fair_criteria", purchase(big)).outcome).toBe("needs_evidence");
    expect(judge("fair_criteria", purchase({ ...big, fairCriteriaDone: true }))).toMatchObject({
      outcome: "meets",
      reason: "whole-of-life cost $80,000 GST incl. is at or above the $80,000 threshold: Fair Criteria Checklist recorded",
    });
    expect(judge("fair_criteria", purchase({ costGstInc: 79_999.99, costExGst: 70_000 })).outcome).toBe("not_applicable");
  });

  it("does not apply when establishing a panel, buying from a mandatory panel category or under CPR 2.6", () => {
    expect(judge("fair_criteria", purchase({ ...big, establishingPanel: true })).reason).toBe(
      "establishing a panel: the Fair Criteria Policy does not apply",
    );
    expect(judge("fair_criteria", purchase({ ...big, panel: "mandatory_wofg_panel" })).outcome).toBe("not_applicable");
    expect(judge("fair_criteria", purchase({ ...big, panel: "cpr_2_6" })).reason).toBe(
      "buying under CPR paragraph 2.6: the Fair Criteria Policy does not apply",
    );
  });
});

describe("reuse", () => {
  it("applies from $10m GST incl.", () => {
    expect(judge("reuse", purchase({ costGstInc: 10_000_000, costExGst: 9_090_909.09 }))).toMatchObject({
      outcome: "needs_evidence",
      reason: "whole-of-life cost $10,000,000 GST incl. is at or above the $10m threshold: record the reuse options considered",
    });
    expect(judge("reuse", purchase({ costGstInc: 10_000_000, costExGst: 9_090_909.09, reuseConsidered: true })).outcome).toBe("meets");
    expect(judge("reuse", purchase({ costGstInc: 9_999_999.99, costExGst: 9_090_909.08 }))).toMatchObject({
      outcome: "not_applicable",
      reason: "whole-of-life cost $9,999,999.99 GST incl. is below the $10m threshold",
    });
  });
});

describe("liability", () => {
  it("does not apply to capped liability", () => {
    expect(judge("liability", purchase({ liability: "capped" }))).toMatchObject({
      outcome: "not_applicable",
      reason: "supplier liability is capped",
    });
  });

  it("needs a recorded justification for unlimited liability", () => {
    expect(judge("liability", purchase({ liability: "unlimited", liabilityJustification: "   " })).outcome).toBe("needs_evidence");
    expect(judge("liability", purchase({ liability: "unlimited", liabilityJustification: "RA-12: losses exceed any cap" }))).toMatchObject({
      outcome: "meets",
      reason: 'supplier liability is unlimited, justified by a recorded risk assessment: "RA-12: losses exceed any cap"',
    });
  });

  it("keeps the reason to one line however long the justification", () => {
    const long = "word ".repeat(60) + "\nsecond line";
    const { reason } = judge("liability", purchase({ liability: "unlimited", liabilityJustification: long }));
    expect(reason).not.toContain("\n");
    expect(reason.length).toBeLessThan(160);
    expect(reason.endsWith('…"')).toBe(true);
  });
});
