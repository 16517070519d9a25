import { describe, expect, it } from "vitest";
import { CLASSIFICATIONS, IRAP_LEVELS, type Classification } from "~/assurance/vocabulary";
import { allStrategies, badge, e8, judge, product, purchase } from "./fixtures";

function irapProduct(level: string, overrides = {}) {
  return product([badge("irap", level, { assessedOn: "2025-03-12", ...overrides })]);
}

describe("irap_level", () => {
  // Rows: intended classification; columns: the product's IRAP level (OFFICIAL: Sensitive, PROTECTED, SECRET).
  const table: Record<Classification, string[]> = {
    UNOFFICIAL: ["not_applicable", "not_applicable", "not_applicable"],
    OFFICIAL: ["not_applicable", "not_applicable", "not_applicable"],
    "OFFICIAL: Sensitive": ["meets", "meets", "meets"],
    PROTECTED: ["does_not_meet", "meets", "meets"],
    SECRET: ["does_not_meet", "does_not_meet", "meets"],
    "TOP SECRET": ["needs_evidence", "needs_evidence", "needs_evidence"],
  };

  for (const classification of CLASSIFICATIONS) {
    it(`judges ${classification} data against each IRAP level`, () => {
      const outcomes = IRAP_LEVELS.map((level) => judge("irap_level", purchase({ classification }), irapProduct(level)).outcome);
      expect(outcomes).toEqual(table[classification]);
    });
  }

  it("quotes the assessment and the intended classification", () => {
    expect(
      judge("irap_level", purchase({ classification: "PROTECTED" }), irapProduct("PROTECTED", { assessorName: "Example Assessors" })),
    ).toMatchObject({
      outcome: "meets",
      reason:
        "IRAP-assessed to PROTECTED on 12 Mar 2025 by Example Assessors (evidence: third-party report); intended classification PROTECTED",
      version: { owner: "Australian Signals Directorate" },
    });
    expect(judge("irap_level", purchase({ classification: "PROTECTED" }), irapProduct("OFFICIAL: Sensitive")).reason).toBe(
      "IRAP-assessed to OFFICIAL: Sensitive on 12 Mar 2025 (evidence: third-party report); intended classification PROTECTED is higher",
    );
  });

  it("names the evidence relied on, and needs more than a self-declaration", () => {
    const selfDeclared = irapProduct("PROTECTED", { evidenceLevel: "self_declared" });
    expect(judge("irap_level", purchase({ classification: "PROTECTED" }), selfDeclared)).toMatchObject({
      outcome: "needs_evidence",
      reason:
        "IRAP-assessed to PROTECTED on 12 Mar 2025 (evidence: self-declared): ask the provider for the assessment report; intended classification PROTECTED",
    });
    const documented = irapProduct("PROTECTED", { evidenceLevel: "document" });
    expect(judge("irap_level", purchase({ classification: "PROTECTED" }), documented)).toMatchObject({
      outcome: "meets",
      reason: expect.stringContaining("(evidence: evidence document supplied)"),
    });
    const verified = irapProduct("PROTECTED", { evidenceLevel: "verified" });
    expect(judge("irap_level", purchase({ classification: "PROTECTED" }), verified).reason).toContain(
      "(evidence: verified by Cloud Exchange)",
    );
  });

  it("never counts a FedRAMP authorisation mapped to an Australian level as an IRAP assessment", () => {
    const fedramp = irapProduct("PROTECTED", { mapped: true, evidenceLevel: "third_party", assessorName: "Coalfire Systems, Inc." });
    for (const classification of ["OFFICIAL: Sensitive", "PROTECTED"] as const) {
      const level = judge("irap_level", purchase({ classification }), fedramp);
      expect(level.outcome).toBe("needs_evidence");
      expect(level.reason).toBe(
        `FedRAMP High authorisation, shown as PROTECTED-equivalent is a US authorisation, not an IRAP assessment; intended classification ${classification} needs one`,
      );
      expect(judge("irap_currency", purchase({ classification }), fedramp).outcome).toBe("not_applicable");
    }
    // A real assessment beside it is the one relied on.
    const both = product([
      badge("irap", "PROTECTED", { mapped: true }),
      badge("irap", "OFFICIAL: Sensitive", { assessedOn: "2025-03-12" }),
    ]);
    expect(judge("irap_level", purchase({ classification: "PROTECTED" }), both)).toMatchObject({
      outcome: "does_not_meet",
      reason: expect.stringMatching(/^IRAP-assessed to OFFICIAL: Sensitive/),
    });
  });

  it("says ASD, not IRAP, assesses TOP SECRET", () => {
    expect(judge("irap_level", purchase({ classification: "TOP SECRET" }), irapProduct("SECRET")).reason).toBe(
      "intended classification TOP SECRET: ASD assesses TOP SECRET services itself, not IRAP; obtain ASD's assessment",
    );
  });

  it("needs evidence when the product has no IRAP assessment", () => {
    expect(judge("irap_level", purchase({ classification: "OFFICIAL: Sensitive" }), product([]))).toMatchObject({
      outcome: "needs_evidence",
      reason: "no IRAP assessment recorded; intended classification OFFICIAL: Sensitive",
    });
  });

  it("relies on the assessment that reaches the classification, even when a lower one is newer", () => {
    const both = product([
      badge("irap", "PROTECTED", { assessedOn: "2024-05-01" }),
      badge("irap", "OFFICIAL: Sensitive", { assessedOn: "2025-01-01" }),
    ]);
    expect(judge("irap_level", purchase({ classification: "PROTECTED" }), both).reason).toContain(
      "IRAP-assessed to PROTECTED on 1 May 2024",
    );
  });
});

describe("irap_currency", () => {
  const relied = irapProduct("PROTECTED", { assessedOn: "2023-03-12" });
  const protectedOn = (signingDate: string) => purchase({ classification: "PROTECTED", signingDate });

  it("counts an assessment for 24 months to the day", () => {
    expect(judge("irap_currency", protectedOn("2025-03-12"), relied)).toMatchObject({
      outcome: "meets",
      reason:
        "IRAP-assessed to PROTECTED on 12 Mar 2023 (evidence: third-party report); signing on 12 Mar 2025 is within 24 months (current to 12 Mar 2025)",
    });
  });

  it("fails it the day after", () => {
    expect(judge("irap_currency", protectedOn("2025-03-13"), relied)).toMatchObject({
      outcome: "does_not_meet",
      reason:
        "IRAP-assessed to PROTECTED on 12 Mar 2023 (evidence: third-party report); signing on 13 Mar 2025 is more than 24 months later (reassessment was due by 12 Mar 2025)",
    });
  });

  it("clamps a 29 Feb assessment to 28 Feb two years on", () => {
    const leap = irapProduct("PROTECTED", { assessedOn: "2024-02-29" });
    expect(judge("irap_currency", protectedOn("2026-02-28"), leap).outcome).toBe("meets");
    expect(judge("irap_currency", protectedOn("2026-03-01"), leap).outcome).toBe("does_not_meet");
  });

  it("does not apply below OFFICIAL: Sensitive, to TOP SECRET, or without an assessment", () => {
    expect(judge("irap_currency", purchase({ classification: "OFFICIAL" }), relied).outcome).toBe("not_applicable");
    expect(judge("irap_currency", purchase({ classification: "TOP SECRET" }), relied).outcome).toBe("not_applicable");
    expect(judge("irap_currency", protectedOn("2025-03-12"), product([])).outcome).toBe("not_applicable");
  });

  it("needs evidence when the assessment date is missing", () => {
    const undated = irapProduct("PROTECTED", { assessedOn: null });
    expect(judge("irap_currency", protectedOn("2025-03-12"), undated)).toMatchObject({
      outcome: "needs_evidence",
      reason: "IRAP-assessed to PROTECTED (no assessment date recorded) (evidence: third-party report): record the assessment date",
    });
  });
});

describe("essential_eight_target", () => {
  const ml2 = product([e8(allStrategies(2), { assessedOn: "2025-02-01" })]);
  const weakMfa = product([e8({ ...allStrategies(3), mfa: 1 }, { assessedOn: "2025-02-01", evidenceLevel: "self_declared" })]);

  it("does not apply without a target", () => {
    expect(judge("essential_eight_target", purchase({ targetE8: "none" }), ml2).reason).toBe("no Essential Eight target set");
  });

  it("compares the lowest of the eight strategies with the target", () => {
    expect(judge("essential_eight_target", purchase({ targetE8: "ML2" }), ml2)).toMatchObject({
      outcome: "meets",
      reason: "lowest strategy level ML2 (all eight strategies) meets the ML2 target; assessed 1 Feb 2025 (evidence: third-party report)",
    });
    expect(judge("essential_eight_target", purchase({ targetE8: "ML3" }), ml2).outcome).toBe("does_not_meet");
    // Self-declared: a level that would meet the target still needs an assessment by a third party.
    expect(judge("essential_eight_target", purchase({ targetE8: "ML1" }), weakMfa)).toMatchObject({
      outcome: "needs_evidence",
      reason: expect.stringContaining("ask for an assessment by a third party"),
    });
    expect(judge("essential_eight_target", purchase({ targetE8: "ML2" }), weakMfa)).toMatchObject({
      outcome: "does_not_meet",
      reason:
        "lowest strategy level ML1 (Multi-factor authentication) is below the ML2 target; assessed 1 Feb 2025 (evidence: self-declared)",
    });
  });

  it("needs evidence when there is no assessment or a strategy is missing", () => {
    expect(judge("essential_eight_target", purchase({ targetE8: "ML1" }), product([])).outcome).toBe("needs_evidence");
    const { regular_backups: _omitted, ...seven } = allStrategies(3);
    expect(judge("essential_eight_target", purchase({ targetE8: "ML1" }), product([e8(seven)]))).toMatchObject({
      outcome: "needs_evidence",
      reason: "ML1 target: no maturity level recorded for Regular backups",
    });
  });

  it("uses the most recent assessment", () => {
    const improved = product([e8(allStrategies(1), { assessedOn: "2023-01-01" }), e8(allStrategies(3), { assessedOn: "2025-01-01" })]);
    expect(judge("essential_eight_target", purchase({ targetE8: "ML3" }), improved).outcome).toBe("meets");
  });
});
