/** The approach forms' parsing (app/approaches/form.server.ts) with FormData as the browser sends it. */
import { describe, expect, it } from "vitest";
import {
  parseApproachForm,
  parseDecisionForm,
  parseDeclarationForm,
  parseExtendForm,
  parseResponseForm,
  parseScoresForm,
} from "~/approaches/form.server";
import type { ParsedForm } from "~/platform/forms.server";
import { replyErrors, replyValues } from "../support/form-reply";

function formData(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
  return form;
}

function value<T>(parsed: ParsedForm<T>): T {
  if (!parsed.ok) throw new Error(`Expected the form to parse, got ${JSON.stringify(replyErrors(parsed.reply))}`);
  return parsed.value;
}

function errors<T>(parsed: ParsedForm<T>): Record<string, string> {
  if (parsed.ok) throw new Error(`Expected the form to be refused, got ${JSON.stringify(parsed.value)}`);
  return replyErrors(parsed.reply);
}

const NOW = new Date("2026-06-01T00:00:00Z");

describe("parseApproachForm", () => {
  const fields = (overrides: Record<string, string | string[]> = {}) => ({
    title: "Case management",
    requirement: "A case management service for 200 staff.",
    pricingBasis: "200 users for 36 months",
    closeDate: "2026-07-15",
    closeTime: "14:00",
    "criteria[0].name": "Meets the requirement",
    "criteria[0].description": "How well",
    "criteria[0].weight": "60",
    "criteria[1].name": "Price",
    "criteria[1].description": "",
    "criteria[1].weight": "40",
    priceCriterion: "1",
    products: ["1", "2"],
    ...overrides,
  });
  const parse = (overrides: Record<string, string | string[]> = {}, allowedProductIds = [1, 2, 3]) =>
    parseApproachForm(formData(fields(overrides)), { allowedProductIds, now: NOW });

  it("reads a complete form: Canberra close to UTC, criteria with the price row marked, products", () => {
    expect(value(parse())).toEqual({
      title: "Case management",
      requirement: "A case management service for 200 staff.",
      pricingBasis: "200 users for 36 months",
      closesAt: "2026-07-15T04:00:00Z",
      criteria: [
        { name: "Meets the requirement", description: "How well", weight: 60, isPrice: false },
        { name: "Price", description: "", weight: 40, isPrice: true },
      ],
      productIds: [1, 2],
    });
  });

  it("refuses weights that do not add up to 100 under 'weights', keeping what was typed", () => {
    const parsed = parse({ "criteria[0].weight": "50" });
    expect(errors(parsed)).toEqual({ weights: "The weights add up to 90; they must add up to 100." });
    if (parsed.ok) return;
    expect(replyValues(parsed.reply)).toMatchObject({ title: "Case management", closeTime: "14:00", priceCriterion: "1" });
    expect(parsed.reply.initialValue).toMatchObject({
      title: "Case management",
      closeDate: "2026-07-15",
      criteria: [
        { name: "Meets the requirement", weight: "50" },
        { name: "Price", weight: "40" },
      ],
      priceCriterion: "1",
      products: ["1", "2"],
    });
  });

  it("refuses a closing time in the past, and one more than a year away", () => {
    expect(errors(parse({ closeDate: "2026-05-31" }))).toEqual({ closeDate: "The closing time must be in the future" });
    // 10 am on 1 June 2026 in Canberra is midnight UTC: the very moment of NOW, which has already come.
    expect(errors(parse({ closeDate: "2026-06-01", closeTime: "10:00" }))).toEqual({ closeDate: "The closing time must be in the future" });
    expect(errors(parse({ closeDate: "2027-07-01" }))).toEqual({ closeDate: "Choose a closing date within a year" });
  });

  it("refuses a time the clocks skip when daylight saving starts", () => {
    expect(errors(parse({ closeDate: "2026-10-04", closeTime: "02:30" })).closeTime).toMatch(/does not exist in Canberra/);
  });

  it("refuses an impossible date and a badly written time next to their fields", () => {
    expect(Object.keys(errors(parse({ closeDate: "2026-02-30" })))).toEqual(["closeDate"]);
    expect(Object.keys(errors(parse({ closeTime: "9:5" })))).toEqual(["closeTime"]);
    expect(errors(parse({ closeDate: "" })).closeDate).toMatch(/Enter the closing date/);
  });

  it("refuses a product that is neither shortlisted nor fitting, and an empty invitation list", () => {
    expect(errors(parse({ products: ["1", "99"] }))).toEqual({
      products: "Invite only products from your shortlist or that fit your purchase",
    });
    expect(errors(parse({ products: [] }))).toEqual({ products: "Invite at least one product's provider" });
  });

  it("ignores empty criterion rows, whatever their position", () => {
    const parsed = value(
      parse({
        "criteria[2].name": "",
        "criteria[2].description": "",
        "criteria[2].weight": "",
        "criteria[3].name": "Support",
        "criteria[3].weight": "10",
        "criteria[0].weight": "50",
      }),
    );
    expect(parsed.criteria.map((c) => [c.name, c.weight, c.isPrice])).toEqual([
      ["Meets the requirement", 50, false],
      ["Price", 40, true],
      ["Support", 10, false],
    ]);
  });

  it("refuses a weight that is not a whole number from 1 to 100, and a weighted row with no name", () => {
    expect(errors(parse({ "criteria[0].weight": "60.5" }))["criteria[0].weight"]).toMatch(/whole number from 1 to 100/);
    expect(errors(parse({ "criteria[2].weight": "10", "criteria[0].weight": "50" }))["criteria[2].name"]).toMatch(/Name this criterion/);
  });

  it("asks for a price criterion when none is marked", () => {
    expect(errors(parse({ priceCriterion: "" })).weights).toMatch(/Mark one criterion as price/);
  });
});

describe("parseResponseForm", () => {
  const parse = (overrides: Record<string, string> = {}) =>
    parseResponseForm(formData({ productId: "4", price: "125000", body: "We do this.", ...overrides }));

  it("refuses a price that is not an amount of dollars above zero", () => {
    for (const price of ["abc", "-5", "12.345", ""]) expect(Object.keys(errors(parse({ price }))), price).toEqual(["price"]);
    expect(errors(parse({ price: "0" }))).toEqual({ price: "Enter a price above $0" });
  });

  it("reads '$125,000.50' as 12,500,050 cents", () => {
    expect(value(parse({ price: "$125,000.50" })).priceCents).toBe(12_500_050);
  });

  it("accepts web links as attachments and refuses any other kind of address", () => {
    const ok = value(parse({ "attachments[0].label": "Security pack", "attachments[0].url": "https://example.org/pack.pdf" }));
    expect(ok.attachments).toEqual([{ label: "Security pack", url: "https://example.org/pack.pdf" }]);
    expect(errors(parse({ "attachments[0].label": "Click", "attachments[0].url": "javascript:alert(1)" }))).toEqual({
      "attachments[0].url": "Enter the link as a web address starting https://",
    });
    expect(Object.keys(errors(parse({ "attachments[0].url": "not a link" })))).toEqual(["attachments[0].url"]);
  });

  it("drops empty attachment rows and labels an unlabelled link with its address", () => {
    const parsed = value(
      parse({
        "attachments[0].label": "",
        "attachments[0].url": "",
        "attachments[1].label": "",
        "attachments[1].url": "https://example.org/a",
      }),
    );
    expect(parsed.attachments).toEqual([{ label: "https://example.org/a", url: "https://example.org/a" }]);
  });

  it("needs the response text", () => {
    expect(Object.keys(errors(parse({ body: "  " })))).toEqual(["body"]);
  });
});

describe("parseScoresForm", () => {
  const parse = (fields: Record<string, string>) => parseScoresForm(formData({ responseId: "9", ...fields }), [1, 2, 3]);

  it("reads scores and comments by criterion, ignoring blank scores and criteria not in the approach", () => {
    expect(
      value(parse({ "score.1": "7", "comment.1": "Good", "score.2": "", "comment.2": "later", "score.3": "0", "score.99": "5" })),
    ).toEqual({
      responseId: 9,
      scores: [
        { criterionId: 1, score: 7, comment: "Good" },
        { criterionId: 3, score: 0, comment: "" },
      ],
    });
  });

  it("refuses 11 and 'abc' next to their criterion", () => {
    expect(errors(parse({ "score.1": "11", "score.2": "abc", "score.3": "10" }))).toEqual({
      "score.1": "Enter a whole number from 0 to 10, or leave it blank",
      "score.2": "Enter a whole number from 0 to 10, or leave it blank",
    });
    expect(Object.keys(errors(parse({ "score.1": "7.5" })))).toEqual(["score.1"]);
    expect(Object.keys(errors(parse({ "score.1": "-1" })))).toEqual(["score.1"]);
  });
});

describe("parseDecisionForm", () => {
  it("refuses no award without a reason", () => {
    expect(errors(parseDecisionForm(formData({ outcome: "no_award", reason: "  " })))).toEqual({
      reason: "Say why no contract is awarded: the record and every seller need the reason",
    });
  });

  it("reads no award with its reason and the reasons for each response", () => {
    expect(value(parseDecisionForm(formData({ outcome: "no_award", reason: "Over budget", "notChosen.4": "Too dear" })))).toEqual({
      outcome: "no_award",
      reason: "Over budget",
      notChosen: { 4: "Too dear" },
    });
  });

  const award = (overrides: Record<string, string> = {}) =>
    parseDecisionForm(
      formData({
        outcome: "awarded",
        responseId: "4",
        contractValue: "480000",
        austenderId: "",
        reason: "Best value",
        "notChosen.5": "Dearer",
        ...overrides,
      }),
    );

  it("refuses an award without a contract value", () => {
    expect(Object.keys(errors(award({ contractValue: "" })))).toEqual(["contractValue"]);
    expect(Object.keys(errors(award({ contractValue: "0" })))).toEqual(["contractValue"]);
    expect(Object.keys(errors(award({ contractValue: "lots" })))).toEqual(["contractValue"]);
  });

  it("refuses an AusTender ID that is not CN and digits, and upper-cases one that is", () => {
    expect(errors(award({ austenderId: "XYZ" })).austenderId).toMatch(/CN followed by its digits/);
    expect(value(award({ austenderId: "cn3912345" }))).toMatchObject({ austenderId: "CN3912345" });
    expect(value(award({ austenderId: "CN3912345-A1" }))).toMatchObject({ austenderId: "CN3912345-A1" });
    expect(value(award())).toMatchObject({ austenderId: null });
  });

  it("reads an award in cents, with the chosen response and the other responses' reasons", () => {
    expect(value(award({ contractValue: "$480,000.25" }))).toEqual({
      outcome: "awarded",
      responseId: 4,
      contractValueCents: 48_000_025,
      austenderId: null,
      reason: "Best value",
      notChosen: { 5: "Dearer" },
    });
  });

  it("needs a chosen response, a reason for the award, and an outcome", () => {
    expect(Object.keys(errors(award({ responseId: "" })))).toEqual(["responseId"]);
    expect(Object.keys(errors(award({ reason: "" })))).toEqual(["reason"]);
    expect(Object.keys(errors(parseDecisionForm(formData({ outcome: "maybe" }))))).toEqual(["outcome"]);
  });
});

describe("parseExtendForm", () => {
  it("reads the new Canberra close and the reason", () => {
    expect(value(parseExtendForm(formData({ closeDate: "2026-12-10", closeTime: "14:00", reason: "An addendum" }), NOW))).toEqual({
      closesAt: "2026-12-10T03:00:00Z",
      reason: "An addendum",
    });
  });

  it("needs a reason, and a future close that exists", () => {
    expect(errors(parseExtendForm(formData({ closeDate: "2026-12-10", closeTime: "14:00", reason: "" }), NOW))).toEqual({
      reason: "Say why the close is extended: every seller is told",
    });
    expect(Object.keys(errors(parseExtendForm(formData({ closeDate: "2026-05-01", closeTime: "14:00", reason: "x" }), NOW)))).toEqual([
      "closeDate",
    ]);
    expect(Object.keys(errors(parseExtendForm(formData({ closeDate: "2026-10-04", closeTime: "02:15", reason: "x" }), NOW)))).toEqual([
      "closeTime",
    ]);
  });
});

describe("parseDeclarationForm", () => {
  it("accepts no conflict without a description", () => {
    expect(value(parseDeclarationForm(formData({ conflict: "no", declaration: "" })))).toEqual({ conflict: false, declaration: "" });
  });

  it("refuses a conflict without a description, and accepts one described", () => {
    expect(errors(parseDeclarationForm(formData({ conflict: "yes", declaration: "" })))).toEqual({
      declaration: "Describe the conflict, in at least 10 characters",
    });
    expect(value(parseDeclarationForm(formData({ conflict: "yes", declaration: "My brother works for one seller." })))).toEqual({
      conflict: true,
      declaration: "My brother works for one seller.",
    });
  });

  it("refuses a declaration that says neither yes nor no", () => {
    expect(Object.keys(errors(parseDeclarationForm(formData({ declaration: "" }))))).toEqual(["conflict"]);
  });
});
