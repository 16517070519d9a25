import { describe, expect, it } from "vitest";
import { reviewToFormValues } from "~/reviews/form";
import { parseReviewForm } from "~/reviews/form.server";
import { replyErrors, replyValues } from "../support/form-reply";

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const valid = {
  overall: "4",
  ratingSecurity: "5",
  ratingSupport: "",
  title: "Solid platform",
  pros: "Fast provisioning and clear IRAP documentation.",
  cons: "Support queue is slow on weekends.",
  useCase: "Hosting our grants portal at PROTECTED.",
  dataClassification: "PROTECTED",
  deploymentSize: "50-500 users",
  monthsInUse: "18",
  conflict: "none",
  conflictDetails: "",
};

describe("review form", () => {
  it("accepts a complete review and stores the conflict declaration as text", () => {
    const result = parseReviewForm(form({ ...valid, showName: "on" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.overall).toBe(4);
    expect(result.value.ratingSupport).toBeNull();
    expect(result.value.conflictOfInterest).toBe("none");
    expect(result.value.showName).toBe(true);
    expect(reviewToFormValues({ ...result.value, dataClassification: result.value.dataClassification }).conflict).toBe("none");
  });

  it("requires a description when a conflict is declared", () => {
    const result = parseReviewForm(form({ ...valid, conflict: "declared", conflictDetails: "" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(replyErrors(result.reply).conflictDetails).toBe("Describe your conflict of interest");
    const declared = parseReviewForm(form({ ...valid, conflict: "declared", conflictDetails: "My former employer resells it." }));
    expect(declared.ok && declared.value.conflictOfInterest).toBe("My former employer resells it.");
  });

  it("puts errors next to fields and keeps what was typed", () => {
    const result = parseReviewForm(form({ ...valid, overall: "7", pros: "ok", dataClassification: "CONFIDENTIAL", monthsInUse: "abc" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(replyErrors(result.reply)).sort()).toEqual(["dataClassification", "monthsInUse", "overall", "pros"]);
    expect(replyValues(result.reply).pros).toBe("ok");
    expect(replyValues(result.reply).useCase).toBe(valid.useCase);
  });

  it("refuses a missing conflict-of-interest answer", () => {
    const { conflict: _omit, ...rest } = valid;
    const result = parseReviewForm(form(rest));
    expect(!result.ok && replyErrors(result.reply).conflict).toMatch(/conflict of interest/);
  });
});
