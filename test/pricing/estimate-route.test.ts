import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { PriceItem } from "~/pricing/price-items";
import { action, loader } from "~/routes/purchase_.estimate";
import { action as purchaseAction, loader as purchaseLoader } from "~/routes/purchase";
import { db } from "~db/client.server";
import { priceLists, products, providers, purchases } from "~db/schema";
import { seedProcurementRules } from "../../seed/procurement-rules";
import { anonymous, makeUser, signIn } from "../accounts/support";
import { call, get, post, PROTECTED_PURCHASE, remember } from "../procurement/route-helpers";
import { replyErrors, replyValues } from "../support/form-reply";

seedProcurementRules(db());

const ITEMS: PriceItem[] = [
  {
    key: "compute",
    name: "Compute",
    unit: "vcpu_hour",
    gst: "taxable",
    billingPeriod: "monthly",
    minimumTermMonths: null,
    minimumCommitmentMicros: null,
    tiers: [
      { fromQuantity: 0, unitPriceMicros: 50_000 },
      { fromQuantity: 2000, unitPriceMicros: 40_000 },
    ],
  },
  {
    key: "support",
    name: "Support",
    unit: "fixed_month",
    gst: "gst_free",
    billingPeriod: "monthly",
    minimumTermMonths: null,
    minimumCommitmentMicros: null,
    tiers: [{ fromQuantity: 0, unitPriceMicros: 1_000_000_000 }],
  },
  {
    key: "setup",
    name: "Set-up",
    unit: "one_off",
    gst: "taxable",
    billingPeriod: "upfront",
    minimumTermMonths: null,
    minimumCommitmentMicros: null,
    tiers: [{ fromQuantity: 0, unitPriceMicros: 5_000_000_000 }],
  },
];

function addProduct(slug: string, providerId: number, lists: { from: string; items: PriceItem[] }[]) {
  const id = db()
    .insert(products)
    .values({ slug, providerId, name: `${slug} name`, serviceModel: "IaaS", listedOn: "2024-01-01" })
    .returning({ id: products.id })
    .get().id;
  for (const list of lists) {
    db()
      .insert(priceLists)
      .values({
        productId: id,
        effectiveFrom: list.from,
        items: list.items as unknown as Record<string, unknown>[],
        approvedAt: "2024-01-01",
      })
      .run();
  }
}

beforeAll(() => {
  const providerId = db()
    .insert(providers)
    .values({ slug: "est-prov", name: "Estimate Provider" })
    .returning({ id: providers.id })
    .get().id;
  // An older list, replaced by the one in force: the estimate must use the newer prices.
  const older = ITEMS.map((i) => ({ ...i, tiers: i.tiers.map((t) => ({ ...t, unitPriceMicros: t.unitPriceMicros * 2 })) }));
  addProduct("est-priced", providerId, [
    { from: "2023-01-01", items: older },
    { from: "2024-06-01", items: ITEMS },
  ]);
  addProduct("est-unpriced", providerId, []);
  addProduct("est-future", providerId, [{ from: "2999-01-01", items: ITEMS }]);
});

/** 4 vCPUs (2,920 h: $136.80 a month), 2 support ($2,000, GST-free) for 36 months, and the $5,000 set-up. */
const ESTIMATE = { product: "est-priced", termMonths: "24", extensionMonths: "12", "q-compute": "4", "q-support": "2", "q-setup": "1" };
const EX_GST = 136.8 * 36 + 2000 * 36 + 5000; // 81,924.80
const GST = 13.68 * 36 + 500; // 992.48
const query = (fields: Record<string, string>) => `/purchase/estimate?${new URLSearchParams({ ...fields, show: "1" })}`;

async function startPurchase(browser: { cookie: string; csrf: string }) {
  const saved = await call(purchaseAction, post("/purchase", PROTECTED_PURCHASE, browser));
  expect(saved.status).toBe(302);
  remember(browser, saved);
}

const purchaseData = async (cookie: string) => (await call(purchaseLoader, get("/purchase?done=estimate", cookie))).json();
const rule = (data: { results: { key: string; outcome: string }[] }, key: string) => data.results.find((r) => r.key === key)?.outcome;

describe("GET /purchase/estimate", () => {
  it("lists only products with a price list in force today", async () => {
    const data = await (await call(loader, get("/purchase/estimate"))).json();
    const slugs = data.products.map((p: { slug: string }) => p.slug);
    expect(slugs).toContain("est-priced");
    expect(slugs).not.toContain("est-unpriced");
    expect(slugs).not.toContain("est-future");
    expect(data.product).toBeNull();
    expect(data.result).toBeNull();
  });

  it("shows the items of the list in force, then the estimate for the quantities given", async () => {
    const chosen = await (await call(loader, get("/purchase/estimate?product=est-priced"))).json();
    expect(chosen.product).toMatchObject({ slug: "est-priced", from: "2024-06-01" });
    expect(chosen.product.items.map((i: PriceItem) => i.key)).toEqual(["compute", "support", "setup"]);
    expect(chosen.result).toBeNull();

    const res = await call(loader, get(query(ESTIMATE)));
    expect(res.status).toBe(200);
    const { result } = await res.json();
    expect(result.estimate).toMatchObject({ totalExGst: EX_GST, gst: GST, totalGstInc: EX_GST + GST });
    expect(result.estimate.lines[0].tierBreakdown.map((b: { units: number }) => b.units)).toEqual([2000, 920]);
    expect(result.estimate.assumptions).toContain(
      "The estimate covers the initial term of 24 months plus 12 months of extension options: 36 months in all, as the whole-of-life cost must.",
    );
    expect(result.request).toEqual({
      productSlug: "est-priced",
      termMonths: 24,
      extensionOptions: [12],
      quantities: { compute: 4, support: 2, setup: 1 },
    });
  });

  it("defaults the term and extension options from the visitor's purchase", async () => {
    const browser = anonymous();
    await startPurchase(browser);
    const data = await (await call(loader, get("/purchase/estimate?product=est-priced", browser.cookie))).json();
    expect(data.defaults).toEqual({ termMonths: "12", extensionMonths: "", quantities: {} });
    expect(data.hasPurchase).toBe(true);
  });

  it("answers bad input with a message per field and what was typed", async () => {
    const res = await call(
      loader,
      get(query({ ...ESTIMATE, "q-compute": "-1", "q-support": "lots", termMonths: "0", extensionMonths: "twelve" })),
    );
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(replyErrors(data.reply)).toEqual({
      "q-compute": "A quantity cannot be negative",
      "q-support": "Enter a number, like 4 or 1.5 (up to 3 decimal places), or leave it blank",
      termMonths: "Enter the initial term in whole months, from 1 to 600, for example 24",
      extensionMonths:
        "Enter each extension option in whole months, separated by commas, for example 12, 12 (leave blank if there are none)",
    });
    expect(replyValues(data.reply)).toMatchObject({ "q-compute": "-1", "q-support": "lots", termMonths: "0", extensionMonths: "twelve" });
    expect(data.result).toBeNull();
  });

  it("says so for an item the list does not have, a product without prices, and no quantities", async () => {
    const unknown = await (await call(loader, get(query({ ...ESTIMATE, "q-gpu": "2" })))).json();
    expect(replyErrors(unknown.reply).form).toMatch(/has no item "gpu"/);
    expect(unknown.result).toBeNull();

    for (const slug of ["est-unpriced", "est-future"]) {
      const res = await call(loader, get(`/purchase/estimate?product=${slug}`));
      expect(res.status).toBe(400);
      const data = await res.json();
      expect(replyErrors(data.reply)).toEqual({ product: `${slug} name has no approved prices in force: choose a product from the list` });
      expect(data.product).toBeNull();
    }
    const missing = await (await call(loader, get("/purchase/estimate?product=no-such-product"))).json();
    expect(replyErrors(missing.reply)).toEqual({ product: "Choose a product from the list" });

    const none = await (await call(loader, get(query({ product: "est-priced", termMonths: "12" })))).json();
    expect(replyErrors(none.reply)).toEqual({ "q-compute": "Enter a quantity for at least one item" });
  });
});

describe("POST /purchase/estimate", () => {
  it("stores an anonymous visitor's estimate in the session purchase, and the rules judge it", async () => {
    const browser = anonymous();
    await startPurchase(browser);
    expect(rule(await purchaseData(browser.cookie), "consider_first")).toBe("not_applicable");

    const res = await call(action, post("/purchase/estimate", ESTIMATE, browser));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/purchase?done=estimate");
    remember(browser, res);

    const data = await purchaseData(browser.cookie);
    expect(data.purchase).toMatchObject({
      costExGst: EX_GST,
      costGstInc: EX_GST + GST,
      initialTermMonths: 24,
      extensionMonths: [12],
      classification: "PROTECTED",
      costEstimate: {
        productSlug: "est-priced",
        productName: "est-priced name",
        priceListFrom: "2024-06-01",
        quantities: { compute: 4, support: 2, setup: 1 },
      },
    });
    expect(data.done).toBe("estimate");
    expect(data.estimate.productName).toBe("est-priced name");
    expect(data.estimate.href).toContain("q-compute=4");
    // $82,917.28 GST inclusive: over the $80,000 threshold now.
    expect(rule(data, "consider_first")).toBe("needs_evidence");
    expect(rule(data, "fair_criteria")).toBe("needs_evidence");

    // The estimate page shows the stored quantities again.
    const again = await (await call(loader, get("/purchase/estimate?product=est-priced", browser.cookie))).json();
    expect(again.defaults).toEqual({ termMonths: "24", extensionMonths: "12", quantities: { compute: 4, support: 2, setup: 1 } });
  });

  it("stores a signed-in buyer's estimate on the account; typing a cost replaces it", async () => {
    const userId = await makeUser({ email: "estimate-buyer@example.com" });
    const browser = signIn(userId);
    await startPurchase(browser);
    expect((await call(action, post("/purchase/estimate", ESTIMATE, browser))).status).toBe(302);
    const stored = () => db().select({ inputs: purchases.inputs }).from(purchases).where(eq(purchases.userId, userId)).get()?.inputs;
    expect(stored()).toMatchObject({ costGstInc: EX_GST + GST, costEstimate: { productSlug: "est-priced" } });

    // Saving the purchase form with the estimate's own figures keeps the estimate...
    const same = {
      ...PROTECTED_PURCHASE,
      costGstInc: String(EX_GST + GST),
      costExGst: String(EX_GST),
      initialTermMonths: "24",
      extensionMonths: "12",
    };
    expect((await call(purchaseAction, post("/purchase", same, browser))).status).toBe(302);
    expect(stored()).toHaveProperty("costEstimate.productSlug", "est-priced");
    // ...and a typed cost replaces it.
    expect((await call(purchaseAction, post("/purchase", { ...same, costGstInc: "90,000" }, browser))).status).toBe(302);
    expect(stored()).toMatchObject({ costGstInc: 90_000 });
    expect(stored()).not.toHaveProperty("costEstimate");
  });

  it("refuses bad input with 400, the message and what was typed, and changes nothing", async () => {
    const browser = anonymous();
    await startPurchase(browser);
    const attempts: [Record<string, string>, Record<string, string>][] = [
      [{ ...ESTIMATE, "q-compute": "-4" }, { "q-compute": "A quantity cannot be negative" }],
      [{ ...ESTIMATE, "q-compute": "four" }, { "q-compute": "Enter a number, like 4 or 1.5 (up to 3 decimal places), or leave it blank" }],
      [{ ...ESTIMATE, termMonths: "0" }, { termMonths: "Enter the initial term in whole months, from 1 to 600, for example 24" }],
      [
        { ...ESTIMATE, product: "est-unpriced" },
        { product: "est-unpriced name has no approved prices in force: choose a product from the list" },
      ],
    ];
    for (const [fields, errors] of attempts) {
      const res = await call(action, post("/purchase/estimate", fields, browser));
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(replyErrors(body)).toEqual(errors);
      expect(replyValues(body)).toMatchObject(Object.fromEntries(Object.keys(errors).map((k) => [k, fields[k]])));
    }
    const unknown = await (await call(action, post("/purchase/estimate", { ...ESTIMATE, "q-gpu": "1" }, browser))).json();
    expect(replyErrors(unknown).form).toMatch(/has no item "gpu"/);
    const tooBig = await call(action, post("/purchase/estimate", { ...ESTIMATE, "q-setup": "100000000" }, browser));
    expect(tooBig.status).toBe(400);
    expect(replyErrors(await tooBig.json()).form).toMatch(/more than a purchase can hold/);

    const data = await purchaseData(browser.cookie);
    expect(data.purchase).toMatchObject({ costGstInc: 50_000, initialTermMonths: 12 });
    expect(data.purchase.costEstimate).toBeUndefined();
  });

  it("asks for a purchase first when the visitor has none", async () => {
    const browser = anonymous();
    const res = await call(action, post("/purchase/estimate", ESTIMATE, browser));
    expect(res.status).toBe(400);
    expect(replyErrors(await res.json()).form).toMatch(/^Describe your purchase first/);
    expect((await (await call(purchaseLoader, get("/purchase", browser.cookie))).json()).purchase).toBeNull();
  });

  it("refuses a POST without the CSRF token", async () => {
    const res = await call(action, post("/purchase/estimate", ESTIMATE, { cookie: "cx_csrf=abc", csrf: "wrong" }));
    expect(res.status).toBe(403);
  });
});
