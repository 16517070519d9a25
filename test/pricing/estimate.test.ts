import { describe, expect, it } from "vitest";
import { estimateCost, type CostEstimate, type EstimateInput } from "~/pricing/estimate";
import type { PriceItem } from "~/pricing/price-items";
import { judge, purchase } from "../procurement/fixtures";

/** Dollars to micros, exactly for the amounts these tests use. */
const micros = (dollars: number) => Math.round(dollars * 1_000_000);

function item(key: string, overrides: Partial<PriceItem> = {}): PriceItem {
  return {
    key,
    name: key,
    unit: "fixed_month",
    gst: "taxable",
    billingPeriod: "monthly",
    minimumTermMonths: null,
    minimumCommitmentMicros: null,
    tiers: [{ fromQuantity: 0, unitPriceMicros: micros(1) }],
    ...overrides,
  };
}

const price = (dollars: number) => [{ fromQuantity: 0, unitPriceMicros: micros(dollars) }];

function estimate(items: PriceItem[], quantities: Record<string, number>, termMonths = 12, extensionMonths = 0): CostEstimate {
  return estimateCost({ items, quantities, termMonths, extensionMonths });
}

const cents = (dollars: number) => Math.round(dollars * 100);

describe("graduated tiers", () => {
  const storage = item("storage", {
    unit: "gb_month",
    tiers: [
      { fromQuantity: 0, unitPriceMicros: micros(0.1) },
      { fromQuantity: 1000, unitPriceMicros: micros(0.08) },
      { fromQuantity: 5000, unitPriceMicros: micros(0.05) },
    ],
  });

  it("charges the units within each band at that band's price, across two boundaries", () => {
    const e = estimate([storage], { storage: 6000 });
    const [line] = e.lines;
    expect(line.tierBreakdown).toEqual([
      { from: 0, to: 1000, units: 1000, unitPriceMicros: micros(0.1), amountMicros: micros(100) },
      { from: 1000, to: 5000, units: 4000, unitPriceMicros: micros(0.08), amountMicros: micros(320) },
      { from: 5000, to: null, units: 1000, unitPriceMicros: micros(0.05), amountMicros: micros(50) },
    ]);
    expect(line.monthlyExGstMicros).toBe(micros(470));
    expect(line.totalExGstMicros).toBe(micros(470 * 12));
    expect(e).toMatchObject({ totalExGst: 5640, gst: 564, totalGstInc: 6204 });
    expect(e.assumptions.join(" ")).toMatch(/graduated/);
  });

  it("stops at a boundary: exactly 1,000 GB is all in the first band", () => {
    const [line] = estimate([storage], { storage: 1000 }).lines;
    expect(line.tierBreakdown).toEqual([{ from: 0, to: 1000, units: 1000, unitPriceMicros: micros(0.1), amountMicros: micros(100) }]);
  });

  it("prices hourly units as running all month (730 hours), with the tiers on the hours", () => {
    const compute = item("compute", {
      unit: "vcpu_hour",
      tiers: [
        { fromQuantity: 0, unitPriceMicros: micros(0.05) },
        { fromQuantity: 2000, unitPriceMicros: micros(0.04) },
      ],
    });
    const e = estimate([compute], { compute: 4 });
    expect(e.lines[0]).toMatchObject({ quantityPerMonth: 4, unitsPerPeriod: 2920, monthlyExGstMicros: micros(136.8) });
    expect(e.lines[0].tierBreakdown.map((b) => b.units)).toEqual([2000, 920]);
    expect(e.totalExGst).toBe(1641.6);
    expect(e.assumptions.join(" ")).toContain("A month is 730 hours");
  });

  it("keeps a price in fractions of a cent exact", () => {
    const compute = item("compute", { unit: "vcpu_hour", tiers: [{ fromQuantity: 0, unitPriceMicros: 41_500 }] });
    // 3 vCPUs × 730 h × $0.0415 = $90.885 a month; × 12 = $1,090.62.
    const e = estimate([compute], { compute: 3 });
    expect(e.lines[0].monthlyExGstMicros).toBe(90_885_000);
    expect(e.totalExGst).toBe(1090.62);
  });
});

describe("GST", () => {
  it("adds 10% on taxable lines only", () => {
    const e = estimate([item("platform", { tiers: price(100) }), item("support", { gst: "gst_free", tiers: price(50) })], {
      platform: 1,
      support: 1,
    });
    expect(e.lines.map((l) => [l.key, l.totalExGstMicros, l.gstMicros])).toEqual([
      ["platform", micros(1200), micros(120)],
      ["support", micros(600), 0],
    ]);
    expect(e).toMatchObject({ totalExGst: 1800, gst: 120, totalGstInc: 1920 });
    expect(e.assumptions).toContain("GST at 10% on taxable items; GST-free items carry none (support).");
  });

  it("keeps GST inclusive exactly ex GST plus GST, in cents, whatever the amounts", () => {
    for (let i = 1; i <= 200; i++) {
      const e = estimate(
        [
          item("a", { unit: "gb_month", tiers: price(0.0137 * i) }),
          item("b", { gst: "gst_free", unit: "vcpu_hour", tiers: [{ fromQuantity: 0, unitPriceMicros: 333 * i }] }),
        ],
        { a: 7.125 * i, b: 1.5 },
        i % 37 || 1,
        i % 5,
      );
      expect(cents(e.totalGstInc) - cents(e.totalExGst)).toBe(cents(e.gst));
      expect(cents(e.gst)).toBeLessThanOrEqual(Math.round(cents(e.totalExGst) / 10) + 1);
    }
  });
});

describe("terms and extension options", () => {
  it("charges the initial term plus every extension option", () => {
    const e = estimate([item("platform", { tiers: price(1000) })], { platform: 1 }, 24, 12);
    expect(e.lines[0].months).toBe(36);
    expect(e.totalExGst).toBe(36_000);
    expect(e.assumptions[0]).toBe(
      "The estimate covers the initial term of 24 months plus 12 months of extension options: 36 months in all, as the whole-of-life cost must.",
    );
  });

  it("says when there are no extension options", () => {
    const e = estimate([item("platform", { tiers: price(1000) })], { platform: 1 }, 24, 0);
    expect(e.totalExGst).toBe(24_000);
    expect(e.assumptions[0]).toBe("The estimate covers the initial term of 24 months, with no extension options.");
  });

  it("refuses a term of 0, negative extensions, an unknown item and a negative quantity", () => {
    const items = [item("platform")];
    const bad: Partial<EstimateInput>[] = [
      { termMonths: 0 },
      { extensionMonths: -1 },
      { quantities: { nope: 1 } },
      { quantities: { platform: -1 } },
    ];
    for (const b of bad) {
      expect(() => estimateCost({ items, quantities: { platform: 1 }, termMonths: 12, extensionMonths: 0, ...b })).toThrow(RangeError);
    }
  });

  it("leaves out items with no quantity, and says so", () => {
    const e = estimate([item("platform"), item("extra", { name: "Extra storage" })], { platform: 1 });
    expect(e.lines.map((l) => l.key)).toEqual(["platform"]);
    expect(e.assumptions).toContain("Items with no quantity are left out: Extra storage.");
  });
});

describe("one-off and yearly units", () => {
  it("charges a one-off once, whatever the term", () => {
    const setup = item("setup", { unit: "one_off", tiers: price(5000) });
    for (const term of [1, 12, 60]) {
      const e = estimate([setup], { setup: 2 }, term, 12);
      expect(e.totalExGst).toBe(10_000);
      expect(e.lines[0]).toMatchObject({ basis: "once", months: null, monthlyExGstMicros: null });
    }
  });

  it("charges a yearly price for each year, pro rata for part of one", () => {
    const licences = item("licences", { unit: "user_year", tiers: price(120) });
    const e = estimate([licences], { licences: 50 }, 24, 6);
    expect(e.lines[0]).toMatchObject({ basis: "yearly", months: 30, monthlyExGstMicros: micros(500), totalExGstMicros: micros(15_000) });
    expect(e.totalExGst).toBe(15_000);
    expect(e.assumptions.join(" ")).toContain("pro rata");
  });
});

describe("minimum commitment and minimum term", () => {
  const storage = (commitment: number | null, minimumTermMonths: number | null = null) =>
    item("storage", {
      unit: "gb_month",
      tiers: price(0.1),
      minimumCommitmentMicros: commitment === null ? null : micros(commitment),
      minimumTermMonths,
    });

  it("charges the commitment when the usage over the term costs less", () => {
    const e = estimate([storage(1000)], { storage: 100 }, 12);
    expect(e.lines[0]).toMatchObject({ minimumCommitmentApplied: true, totalExGstMicros: micros(1000) });
    expect(e.totalExGst).toBe(1000);
    expect(e.assumptions).toContain(
      "A minimum commitment of $1,000 ex GST applies to storage: the usage would cost less, so the commitment is charged.",
    );
  });

  it("charges the usage when it is above the commitment", () => {
    const e = estimate([storage(1000)], { storage: 1000 }, 12);
    expect(e.lines[0].minimumCommitmentApplied).toBe(false);
    expect(e.totalExGst).toBe(1200);
  });

  it("charges a minimum term longer than the purchase, and notes it", () => {
    const e = estimate([storage(null, 36)], { storage: 1000 }, 12, 12);
    const note = "storage has a minimum term of 36 months, longer than the purchase's 24 months: the estimate charges 36 months.";
    expect(e.lines[0]).toMatchObject({ months: 36, minimumTermNote: note });
    expect(e.totalExGst).toBe(3600);
    expect(e.assumptions).toContain(note);
  });

  it("says nothing of a minimum term the purchase already covers", () => {
    const e = estimate([storage(null, 12)], { storage: 1000 }, 24);
    expect(e.lines[0].minimumTermNote).toBeUndefined();
    expect(e.lines[0].months).toBe(24);
  });
});

describe("rounding to cents", () => {
  it("rounds the totals, not each line, so half-cents do not pile up", () => {
    // Two GST-free one-off lines of half a cent: per line each would be $0.01 ($0.02 in all).
    const half = [
      item("a", { unit: "one_off", gst: "gst_free", tiers: [{ fromQuantity: 0, unitPriceMicros: 5000 }] }),
      item("b", { unit: "one_off", gst: "gst_free", tiers: [{ fromQuantity: 0, unitPriceMicros: 5000 }] }),
    ];
    expect(estimate(half, { a: 1, b: 1 })).toMatchObject({ totalExGst: 0.01, gst: 0, totalGstInc: 0.01 });
  });

  it("takes GST on the taxable total, not per line", () => {
    // Three taxable lines of 5 cents: GST of half a cent each would round to 3 cents; on 15 cents it is 2.
    const items = ["a", "b", "c"].map((k) => item(k, { unit: "one_off", tiers: price(0.05) }));
    expect(estimate(items, { a: 1, b: 1, c: 1 })).toMatchObject({ totalExGst: 0.15, gst: 0.02, totalGstInc: 0.17 });
  });

  it("rounds half a cent away from zero", () => {
    const e = estimate([item("a", { unit: "one_off", gst: "gst_free", tiers: [{ fromQuantity: 0, unitPriceMicros: 1_234_565_000 }] })], {
      a: 1,
    });
    expect(e.totalExGst).toBe(1234.57);
    expect(e.assumptions.at(-1)).toMatch(/^Rounded to the cent at the end, not per line/);
  });
});

/**
 * The rules judge the figures an estimate makes. Consider First, Fair Criteria and Reuse read the
 * GST inclusive cost and apply at or above their thresholds ($80,000; Reuse $10m, read as GST
 * inclusive: see default-rules.ts); the contract value cap reads the ex GST cost and is met at or
 * below $100m.
 */
describe("rule outcomes when the cost comes from an estimate", () => {
  /** A taxable one-off item at `exGst` dollars: the estimate derives the GST inclusive figure. */
  const oneOff = (exGst: number, gst: PriceItem["gst"] = "taxable") =>
    estimate([item("build", { unit: "one_off", gst, tiers: price(exGst) })], { build: 1 });
  const judged = (key: string, e: CostEstimate) => judge(key, purchase({ costExGst: e.totalExGst, costGstInc: e.totalGstInc }));

  it("applies Consider First and Fair Criteria from exactly $80,000 GST inclusive", () => {
    const below = oneOff(72_727.26);
    const at = oneOff(72_727.27);
    const above = oneOff(72_727.28);
    expect([below.totalGstInc, at.totalGstInc, above.totalGstInc]).toEqual([79_999.99, 80_000, 80_000.01]);
    for (const key of ["consider_first", "fair_criteria"]) {
      expect(judged(key, below)).toMatchObject({
        outcome: "not_applicable",
        reason: "whole-of-life cost $79,999.99 GST incl. is below the $80,000 threshold",
      });
      expect(judged(key, at)).toMatchObject({ outcome: "needs_evidence" });
      expect(judged(key, at).reason).toMatch(/^whole-of-life cost \$80,000 GST incl\. is at or above/);
      expect(judged(key, above).outcome).toBe("needs_evidence");
    }
  });

  it("reads $80,000 GST inclusive, not ex GST: $80,000 ex GST of taxable items is well over", () => {
    expect(judged("consider_first", oneOff(79_999.99)).outcome).toBe("needs_evidence");
    expect(judged("consider_first", oneOff(79_999.99, "gst_free")).outcome).toBe("not_applicable");
  });

  it("applies Reuse from exactly $10m GST inclusive", () => {
    const below = oneOff(9_090_909.08);
    const at = oneOff(9_090_909.09);
    const above = oneOff(9_090_909.1);
    expect([below.totalGstInc, at.totalGstInc, above.totalGstInc]).toEqual([9_999_999.99, 10_000_000, 10_000_000.01]);
    expect(judged("reuse", below)).toMatchObject({
      outcome: "not_applicable",
      reason: "whole-of-life cost $9,999,999.99 GST incl. is below the $10m threshold",
    });
    expect(judged("reuse", at)).toMatchObject({ outcome: "needs_evidence" });
    expect(judged("reuse", above)).toMatchObject({ outcome: "needs_evidence" });
    // So $10m ex GST either side of a cent is over the (GST inclusive) threshold both ways.
    expect(judged("reuse", oneOff(9_999_999.99)).outcome).toBe("needs_evidence");
    expect(judged("reuse", oneOff(9_999_999.99, "gst_free")).outcome).toBe("not_applicable");
    expect(judged("reuse", oneOff(10_000_000, "gst_free")).outcome).toBe("needs_evidence");
  });

  it("meets the contract value cap up to exactly $100m ex GST, whatever the GST", () => {
    const below = oneOff(99_999_999.99);
    const at = oneOff(100_000_000);
    const above = oneOff(100_000_000.01);
    expect(at).toMatchObject({ totalExGst: 100_000_000, totalGstInc: 110_000_000 });
    expect(judged("contract_value_cap", below).outcome).toBe("meets");
    expect(judged("contract_value_cap", at)).toMatchObject({
      outcome: "meets",
      reason: "whole-of-life cost $100,000,000 ex GST (with extensions) is within the $100m cap",
    });
    expect(judged("contract_value_cap", above)).toMatchObject({
      outcome: "does_not_meet",
      reason: "whole-of-life cost $100,000,000.01 ex GST (with extensions) exceeds the $100m cap",
    });
    expect(judged("cap_exemptions", above).outcome).toBe("needs_evidence");
    expect(judged("cap_exemptions", at).outcome).toBe("not_applicable");
  });

  it("counts the extension options towards the $100m cap", () => {
    const platform = [item("platform", { tiers: price(2_500_000) })];
    const within = estimate(platform, { platform: 1 }, 36, 4);
    const over = estimate(platform, { platform: 1 }, 36, 5);
    expect(within.totalExGst).toBe(100_000_000);
    expect(judged("contract_value_cap", within).outcome).toBe("meets");
    expect(judged("contract_value_cap", over).outcome).toBe("does_not_meet");
  });
});
