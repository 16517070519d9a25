import { describe, expect, it } from "vitest";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import { badge, judge, product, purchase, notInForce } from "./fixtures";

const strategic = product([badge("hcf", "strategic", { assessedOn: "2022-07-01" })]);
const assured = product([badge("hcf", "assured")]);
const uncertified = product([badge("hcf", "uncertified")]);
const unknown = product([]);
const awaiting = product([], { awaitingHcfCertification: true });

describe("certified_hosting", () => {
  it("applies to PROTECTED and above, OFFICIAL: Sensitive, sensitive data and whole-of-government systems", () => {
    const expected: Record<string, string> = {
      UNOFFICIAL: "not_applicable",
      OFFICIAL: "not_applicable",
      "OFFICIAL: Sensitive": "does_not_meet",
      PROTECTED: "does_not_meet",
      SECRET: "does_not_meet",
      "TOP SECRET": "does_not_meet",
    };
    for (const classification of CLASSIFICATIONS) {
      expect([classification, judge("certified_hosting", purchase({ classification }), uncertified).outcome]).toEqual([
        classification,
        expected[classification],
      ]);
    }
    expect(judge("certified_hosting", purchase({ sensitive: true }), uncertified).reason).toBe(
      "data is sensitive: provider is Uncertified (certificate dated 15 Jan 2024) (evidence: third-party report); it must be Certified Strategic or Certified Assured",
    );
    expect(judge("certified_hosting", purchase({ wholeOfGovernment: true }), uncertified).outcome).toBe("does_not_meet");
    expect(judge("certified_hosting", purchase(), uncertified).reason).toBe(
      "OFFICIAL data, not sensitive, not a whole-of-government system",
    );
  });

  it("meets with a Strategic or Assured provider", () => {
    expect(judge("certified_hosting", purchase({ classification: "PROTECTED" }), strategic)).toMatchObject({
      outcome: "meets",
      reason: "data is PROTECTED: provider is Certified Strategic (certificate dated 1 Jul 2022) (evidence: third-party report)",
    });
    expect(judge("certified_hosting", purchase({ wholeOfGovernment: true }), assured).outcome).toBe("meets");
  });

  it("needs evidence when no HCF status is recorded or certification is pending", () => {
    expect(judge("certified_hosting", purchase({ classification: "PROTECTED" }), unknown)).toMatchObject({
      outcome: "needs_evidence",
      reason: "data is PROTECTED: no HCF certification recorded for the provider",
    });
    expect(judge("certified_hosting", purchase({ classification: "PROTECTED" }), awaiting).reason).toBe(
      "data is PROTECTED: provider is awaiting certification",
    );
  });

  it("uses the most recent HCF certificate", () => {
    const downgraded = product([
      badge("hcf", "strategic", { assessedOn: "2021-09-01" }),
      badge("hcf", "uncertified", { assessedOn: "2024-02-01" }),
    ]);
    expect(judge("certified_hosting", purchase({ sensitive: true }), downgraded).outcome).toBe("does_not_meet");
  });

  it("says what every product must meet when no product is chosen", () => {
    expect(judge("certified_hosting", purchase({ sensitive: true }), null)).toMatchObject({
      outcome: "for_each_product",
      scope: "product",
      reason: "data is sensitive: the provider must be Certified Strategic or Certified Assured under the Hosting Certification Framework",
    });
  });

  it("needs the certificate when the provider only declares its certification", () => {
    const declared = product([badge("hcf", "strategic", { assessedOn: "2022-07-01", evidenceLevel: "self_declared" })]);
    expect(judge("certified_hosting", purchase({ classification: "PROTECTED" }), declared)).toMatchObject({
      outcome: "needs_evidence",
      reason:
        "data is PROTECTED: provider is Certified Strategic (certificate dated 1 Jul 2022) (evidence: self-declared); ask for the certificate",
    });
  });
});

describe("hosting_contracts", () => {
  const hosting = { hostingContract: true, hostingContractKind: "new" as const };

  it("applies to hosting contracts made on or after 30 Jun 2022, not the day before", () => {
    expect(judge("hosting_contracts", purchase({ ...hosting, signingDate: "2022-06-30" }), uncertified)).toMatchObject({
      outcome: "does_not_meet",
      reason:
        "new hosting contract: provider is Uncertified (certificate dated 15 Jan 2024) (evidence: third-party report); hosting contracts need a certified provider or an exemption",
    });
    expect(notInForce("hosting_contracts", purchase({ ...hosting, signingDate: "2022-06-29" })).window).toBe("from 30 Jun 2022");
  });

  it("does not apply to other contracts", () => {
    expect(judge("hosting_contracts", purchase(), uncertified).reason).toBe("not a hosting contract");
  });

  it("meets with a certified provider", () => {
    expect(judge("hosting_contracts", purchase(hosting), strategic).outcome).toBe("meets");
    expect(judge("hosting_contracts", purchase({ ...hosting, hostingContractKind: "extension" }), assured).reason).toBe(
      "hosting contract extension of 24 months: provider is Certified Assured (certificate dated 15 Jan 2024) (evidence: third-party report)",
    );
  });

  it("allows a provider awaiting certification an extension of 1 year plus a 1-year option", () => {
    const extension = { hostingContract: true, hostingContractKind: "extension" as const, initialTermMonths: 12, extensionMonths: [12] };
    expect(judge("hosting_contracts", purchase(extension), awaiting)).toMatchObject({
      outcome: "meets",
      reason:
        "hosting contract extension of 12 months with an option of 12 months, provider awaiting certification: within the allowance of at most 12 months plus 1 option of 12 months",
    });
    expect(judge("hosting_contracts", purchase({ ...extension, initialTermMonths: 13 }), awaiting).outcome).toBe("needs_evidence");
    expect(judge("hosting_contracts", purchase({ ...extension, extensionMonths: [13] }), awaiting).outcome).toBe("needs_evidence");
    expect(judge("hosting_contracts", purchase({ ...extension, extensionMonths: [6, 6] }), awaiting).outcome).toBe("needs_evidence");
    expect(judge("hosting_contracts", purchase({ ...extension, extensionMonths: [] }), awaiting).outcome).toBe("meets");
  });

  it("asks for an exemption for a new contract with a provider awaiting certification", () => {
    expect(judge("hosting_contracts", purchase({ ...hosting, initialTermMonths: 12 }), awaiting)).toMatchObject({
      outcome: "needs_evidence",
      reason:
        "new hosting contract with no further option, provider awaiting certification: only extensions are allowed; apply to Home Affairs for an exemption",
    });
    expect(judge("hosting_contracts", purchase({ ...hosting, hcfExemption: true }), awaiting).outcome).toBe("meets");
  });

  it("accepts a recorded exemption for an uncertified provider and asks about an unknown one", () => {
    expect(judge("hosting_contracts", purchase({ ...hosting, hcfExemption: true }), uncertified).outcome).toBe("meets");
    expect(judge("hosting_contracts", purchase(hosting), unknown)).toMatchObject({
      outcome: "needs_evidence",
      reason: "new hosting contract with Example Cloud: no HCF certification recorded for the provider",
    });
  });
});
