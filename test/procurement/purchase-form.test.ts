import { describe, expect, it } from "vitest";
import { purchaseFormValues } from "~/procurement/purchase";
import { parsePurchaseForm, proposedPurchaseSchema } from "~/procurement/purchase-form.server";
import { replyErrors, replyValues } from "../support/form-reply";

const valid = {
  classification: "PROTECTED",
  sensitive: "on",
  costGstInc: "$1,100,000",
  costExGst: "1,000,000",
  initialTermMonths: "36",
  extensionMonths: "12, 12",
  signingDate: "2025-07-01",
  liability: "unlimited",
  liabilityJustification: "  Risk assessment RA-12 found losses could exceed any cap  ",
  targetE8: "ML2",
  panel: "cpr_2_6",
  dtaNotified: "true",
  hostingContract: "on",
  hostingContractKind: "extension",
};

describe("parsePurchaseForm", () => {
  it("turns form strings into a purchase", () => {
    const parsed = parsePurchaseForm(valid);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value).toEqual({
      classification: "PROTECTED",
      sensitive: true,
      wholeOfGovernment: false,
      costGstInc: 1_100_000,
      costExGst: 1_000_000,
      initialTermMonths: 36,
      extensionMonths: [12, 12],
      extensionExercised: false,
      reviewRecorded: false,
      signingDate: "2025-07-01",
      hostingContract: true,
      hostingContractKind: "extension",
      panel: "cpr_2_6",
      dtaNotified: true,
      ministerialExemption: false,
      hcfExemption: false,
      liability: "unlimited",
      liabilityJustification: "Risk assessment RA-12 found losses could exceed any cap",
      targetE8: "ML2",
      considerFirstDone: false,
      fairCriteriaDone: false,
      reuseConsidered: false,
      nonCorporateEntity: true,
      establishingPanel: false,
    });
  });

  it("answers every bad field with a plain message and keeps what was typed", () => {
    const form = {
      classification: "CONFIDENTIAL",
      costGstInc: "lots",
      costExGst: "",
      initialTermMonths: "3 years",
      extensionMonths: "12, twelve",
      signingDate: "2025-02-30",
      liability: "",
      sensitive: "maybe",
    };
    const parsed = parsePurchaseForm(form);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(replyErrors(parsed.reply)).toEqual({
      classification: "Choose the classification of the data",
      costGstInc: "Enter the whole-of-life cost in dollars, GST inclusive, for example 250,000",
      costExGst: "Enter the whole-of-life cost in dollars, excluding GST, for example 227,273",
      initialTermMonths: "Enter the initial term in whole months, for example 36",
      extensionMonths:
        "Enter each extension option in whole months, separated by commas, for example 12, 12 (leave blank if there are none)",
      signingDate: "Enter the signing date as year-month-day, for example 2025-07-01",
      liability: "Choose whether the supplier's liability is capped or unlimited",
      sensitive: "Choose yes or no",
    });
    // What was typed comes back (conform leaves out the fields left empty).
    expect(replyValues(parsed.reply)).toEqual(Object.fromEntries(Object.entries(form).filter(([, v]) => v !== "")));
  });

  it("refuses a cost ex GST above the cost incl. GST", () => {
    const parsed = parsePurchaseForm({ ...valid, costGstInc: "100", costExGst: "100.01" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(replyErrors(parsed.reply)).toEqual({ costExGst: "The cost excluding GST cannot be more than the cost including GST" });
    expect(replyValues(parsed.reply).costExGst).toBe("100.01");
  });

  it("refuses a cost too long to hold, or beyond any real contract, instead of storing no cost", () => {
    const huge = `1${"0".repeat(308)}`;
    for (const costGstInc of [huge, "12345678901234567890", "100,000,000,001"]) {
      const parsed = parsePurchaseForm({ ...valid, costGstInc, costExGst: "1" });
      expect(parsed.ok, costGstInc).toBe(false);
      if (parsed.ok) return;
      expect(replyErrors(parsed.reply)).toEqual({ costGstInc: "Enter a cost of $100,000,000,000 or less" });
      expect(replyValues(parsed.reply).costGstInc).toBe(costGstInc);
    }
    expect(parsePurchaseForm({ ...valid, costGstInc: "100,000,000,000", costExGst: "90,000,000,000" }).ok).toBe(true);
  });

  it("limits the liability justification to 4,000 characters and says how long it was", () => {
    const long = "x".repeat(4_001);
    const parsed = parsePurchaseForm({ ...valid, liabilityJustification: long });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(replyErrors(parsed.reply)).toEqual({
      liabilityJustification: "Keep the justification to 4,000 characters or fewer (this one has 4,001)",
    });
    expect(replyValues(parsed.reply).liabilityJustification).toBe(long);
    expect(parsePurchaseForm({ ...valid, liabilityJustification: "y".repeat(4_000) }).ok).toBe(true);
  });

  it("accepts equal costs (GST-free supply)", () => {
    expect(parsePurchaseForm({ ...valid, costGstInc: "100", costExGst: "100" }).ok).toBe(true);
  });

  it("needs the kind of hosting contract only for a hosting contract", () => {
    const missing = parsePurchaseForm({ ...valid, hostingContractKind: "" });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(replyErrors(missing.reply).hostingContractKind).toBe("Choose whether this is a new hosting contract or an extension of one");
    }
    const notHosting = parsePurchaseForm({ ...valid, hostingContract: "false", hostingContractKind: "extension" });
    expect(notHosting.ok && notHosting.value.hostingContractKind).toBeNull();
  });

  it("reads a blank signing date as today when today is given", () => {
    const blank = { ...valid, signingDate: "" };
    expect(parsePurchaseForm(blank).ok).toBe(false);
    const parsed = parsePurchaseForm(blank, { today: "2025-06-01" });
    expect(parsed.ok && parsed.value.signingDate).toBe("2025-06-01");
  });

  it("accepts extension options as repeated fields or none at all, and rejects zero months", () => {
    const repeated = parsePurchaseForm({ ...valid, extensionMonths: ["12", "", "24"] });
    expect(repeated.ok && repeated.value.extensionMonths).toEqual([12, 24]);
    const none = parsePurchaseForm({ ...valid, extensionMonths: " " });
    expect(none.ok && none.value.extensionMonths).toEqual([]);
    expect(parsePurchaseForm({ ...valid, extensionMonths: "0" }).ok).toBe(false);
    expect(parsePurchaseForm({ ...valid, initialTermMonths: "0" }).ok).toBe(false);
  });

  it("lets the last of repeated checkbox values win and defaults nonCorporateEntity to true", () => {
    const parsed = parsePurchaseForm({ ...valid, considerFirstDone: ["false", "on"] });
    expect(parsed.ok && parsed.value.considerFirstDone).toBe(true);
    expect(parsed.ok && parsed.value.nonCorporateEntity).toBe(true);
    const corporate = parsePurchaseForm({ ...valid, nonCorporateEntity: "false" });
    expect(corporate.ok && corporate.value.nonCorporateEntity).toBe(false);
  });

  it("defaults the panel and the Essential Eight target, but rejects unknown values", () => {
    const parsed = parsePurchaseForm({ ...valid, panel: "", targetE8: "" });
    expect(parsed.ok && [parsed.value.panel, parsed.value.targetE8]).toEqual(["none", "none"]);
    const bad = parsePurchaseForm({ ...valid, panel: "any", targetE8: "ML4" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(replyErrors(bad.reply)).sort()).toEqual(["panel", "targetE8"]);
  });

  it("round-trips a purchase through its form values and the stored schema", () => {
    const parsed = parsePurchaseForm(valid);
    if (!parsed.ok) throw new Error("expected a valid form");
    const again = parsePurchaseForm(purchaseFormValues(parsed.value));
    expect(again.ok && again.value).toEqual(parsed.value);
    expect(proposedPurchaseSchema.parse(JSON.parse(JSON.stringify(parsed.value)))).toEqual(parsed.value);
  });
});
