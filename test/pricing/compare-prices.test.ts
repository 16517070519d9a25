/**
 * Compare's "Prices" rows: each product's list in force, its lowest price per unit, and the
 * buyer's estimate re-priced on each product by unit, with the unit a product does not price
 * named, and "Price on request" for a product without prices.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { loader } from "~/routes/compare";
import { action as estimateAction } from "~/routes/purchase_.estimate";
import { action as purchaseAction } from "~/routes/purchase";
import { CompareTable } from "~/compare/compare-table";
import { quantitiesByUnit } from "~/pricing/compare-prices";
import { seedProcurementRules } from "../../seed/procurement-rules";
import { db } from "~db/client.server";
import { anonymous } from "../accounts/support";
import { call, get, post, PROTECTED_PURCHASE, remember } from "../procurement/route-helpers";
import { addPricedProduct, item } from "./price-fixtures";

seedProcurementRules(db());

const A = [
  item("small", "vcpu_hour", 0.05),
  item("large", "vcpu_hour", 0.08),
  item("disk", "gb_month", 0.12),
  item("egress", "gb_transferred", 0.02),
];
const B = [item("cpu", "vcpu_hour", 0.06), item("store", "gb_month", 0.1), item("out", "gb_transferred", 0.03)];
// Two compute items: the tiered one has the dearer first tier but costs less for 2,920 hours a month.
const C = [
  item("flat", "vcpu_hour", 0.07),
  item("tiered", "vcpu_hour", 0, {
    tiers: [
      [0, 0.09],
      [1000, 0.03],
    ],
  }),
  item("net", "gb_transferred", 0.01, { gst: "gst_free" }),
];

beforeAll(() => {
  addPricedProduct("cmp-a", [{ from: "2024-01-01", items: A, source: "sample" }]);
  addPricedProduct("cmp-b", [
    { from: "2023-01-01", items: B.map((i) => ({ ...i, tiers: [{ fromQuantity: 0, unitPriceMicros: 999_000 }] })) },
    { from: "2024-03-01", items: B },
    // Approved but not yet in force: compare prices today's list.
    { from: "2999-01-01", items: B.map((i) => ({ ...i, tiers: [{ fromQuantity: 0, unitPriceMicros: 1 }] })) },
  ]);
  addPricedProduct("cmp-c", [{ from: "2024-01-01", items: C }]);
  addPricedProduct("cmp-d", []);
});

type Row = { label: string; cells: { text: string }[] };
const rowsOf = (data: { prices: { rows: Row[] } }) => new Map(data.prices.rows.map((r) => [r.label, r.cells.map((c) => c.text)]));
const compare = async (cookie = "") => (await call(loader, get("/compare?products=cmp-a,cmp-b,cmp-c,cmp-d", cookie))).json();

describe("compare's prices", () => {
  it("shows each list in force, then one row per unit any product prices, worded", async () => {
    const data = await compare();
    const rows = rowsOf(data);
    expect(rows.get("Price list")).toEqual([
      "In force from 1 Jan 2024 (sample prices)",
      "In force from 1 Mar 2024",
      "In force from 1 Jan 2024",
      "Price on request",
    ]);
    expect([...rows.keys()]).toEqual([
      "Price list",
      "Lowest price per vCPU-hour",
      "Lowest price per GB per month",
      "Lowest price per GB transferred",
    ]);
    expect(rows.get("Lowest price per vCPU-hour")).toEqual([
      "$0.05 ex GST (small item)",
      "$0.06 ex GST (cpu item)",
      "$0.03 ex GST (tiered item)",
      "Price on request",
    ]);
    expect(rows.get("Lowest price per GB per month")).toEqual([
      "$0.12 ex GST (disk item)",
      "$0.10 ex GST (store item)",
      "not priced in this unit",
      "Price on request",
    ]);
    // No purchase, so no estimate row.
    expect(rows.has("Estimate for your purchase")).toBe(false);
    expect(data.prices.estimateNote).toBeNull();
  });

  it("re-prices the purchase's estimate on each product by unit, naming the unit a product does not price", async () => {
    const browser = anonymous();
    remember(browser, await call(purchaseAction, post("/purchase", PROTECTED_PURCHASE, browser)));
    // 2 small and 2 large vCPUs (4 by unit), 100 GB stored, 50 GB out, over 24 months and a 12-month option.
    const estimate = {
      product: "cmp-a",
      termMonths: "24",
      extensionMonths: "12",
      "q-small": "2",
      "q-large": "2",
      "q-disk": "100",
      "q-egress": "50",
    };
    const saved = await call(estimateAction, post("/purchase/estimate", estimate, browser));
    expect(saved.status).toBe(302);
    remember(browser, saved);

    const data = await compare(browser.cookie);
    const cells = rowsOf(data).get("Estimate for your purchase")!;
    // cmp-a keeps the buyer's own items: (1,460 h × $0.05 + 1,460 h × $0.08 + $12 + $1) × 36 = $7,300.80, GST $730.08.
    expect(cells[0]).toBe("$8,030.88 GST inclusive ($7,300.80 ex GST). Priced as: your estimate's own items.");
    // cmp-b: 2,920 h × $0.06 + 100 × $0.10 + 50 × $0.03 = $186.70 a month, × 36 = $6,721.20, GST $672.12.
    expect(cells[1]).toBe(
      "$7,393.32 GST inclusive ($6,721.20 ex GST). Priced as: per vCPU-hour at cpu item; per GB per month at store item; per GB transferred at out item.",
    );
    // cmp-c: the tiered item (1,000 × $0.09 + 1,920 × $0.03 = $147.60) beats the flat one ($204.40);
    // transfer 50 × $0.01 GST-free; no storage item, so storage is left out and said so.
    expect(cells[2]).toBe(
      "$5,862.96 GST inclusive ($5,331.60 ex GST). Priced as: per vCPU-hour at tiered item; per GB transferred at net item. Not priced here, so left out: per GB per month.",
    );
    expect(cells[3]).toBe("Price on request");
    expect(data.prices.estimateNote).toMatch(
      /^Estimates re-price your estimate on cmp-a name \(quantities 4 per vCPU-hour, 100 per GB per month, 50 per GB transferred\)/,
    );
    expect(data.prices.estimateNote).toContain("36 months (24 initial, 12 of extension options)");

    // The table shows the group, with the differing estimate row marked in words.
    const html = renderToStaticMarkup(
      CompareTable({ products: data.products, prices: data.prices.rows, removeHref: () => "/compare" }) as React.ReactElement,
    );
    expect(html).toContain("Prices (ex GST unless stated)");
    expect(html).toContain("Estimate for your purchase<p");
    expect(html).toMatch(/Estimate for your purchase<p[^>]*>Differs/);
  });

  it("adds quantities up by unit, to the thousandth", () => {
    expect([...quantitiesByUnit(A, { small: 0.1, large: 0.2, disk: 1.5 })]).toEqual([
      ["vcpu_hour", 0.3],
      ["gb_month", 1.5],
    ]);
  });
});
