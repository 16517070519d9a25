/**
 * The sample prices and service documents: most sample products priced (none of the FedRAMP
 * listings), well-formed tiers, a history that moves, a few upcoming lists, some "Price on request",
 * and a second run that adds nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "~/platform/dates";
import { GST_TREATMENTS, PRICE_UNITS, BILLING_PERIODS, type PriceItem } from "~/pricing/price-items";
import { db } from "~db/client.server";
import * as s from "~db/schema";
import { seedDatabase } from "../../seed/seed";
import { seedPrices } from "../../seed/prices";
import { importCatalogue } from "../../seed/import/catalogue-import";
import { fedrampFeedSchema, mapFedramp } from "../../seed/import/fedramp-mapping";

const TODAY = "2026-11-23";

const sampleProducts = () =>
  db().select({ id: s.products.id, slug: s.products.slug }).from(s.products).where(eq(s.products.source, "sample")).all();
const lists = () => db().select().from(s.priceLists).all();
const counts = () => ({
  lists: db().select({ n: count() }).from(s.priceLists).get()?.n,
  documents: db().select({ n: count() }).from(s.serviceDocuments).get()?.n,
});

beforeAll(async () => {
  await seedDatabase({ db: db(), today: TODAY });
  const corpus = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seed/corpora/fedramp-marketplace.json"), "utf8"));
  importCatalogue({ db: db(), data: mapFedramp(fedrampFeedSchema.parse(corpus)), source: "fedramp" });
}, 120_000);

describe("sample prices", () => {
  it("prices at least 80% of sample products, and leaves some on request", () => {
    const products = sampleProducts();
    const inForce = new Set(
      lists()
        .filter((l) => l.effectiveFrom <= TODAY)
        .map((l) => l.productId),
    );
    const priced = products.filter((p) => inForce.has(p.id));
    expect(products.length).toBeGreaterThan(100);
    expect(priced.length / products.length).toBeGreaterThanOrEqual(0.8);
    const unpriced = products.filter((p) => !lists().some((l) => l.productId === p.id));
    expect(unpriced.length).toBeGreaterThanOrEqual(5);
    expect(unpriced.map((p) => p.slug)).toContain("wattle-grid-dedicated-hosts");
  });

  it("prices no FedRAMP listing, even when seeded again after the import", async () => {
    await seedDatabase({ db: db(), today: TODAY });
    const fedramp = db().select({ id: s.products.id }).from(s.products).where(eq(s.products.source, "fedramp")).all();
    expect(fedramp.length).toBeGreaterThan(100);
    const ids = fedramp.map((p) => p.id);
    expect(db().select({ n: count() }).from(s.priceLists).where(inArray(s.priceLists.productId, ids)).get()?.n).toBe(0);
    expect(db().select({ n: count() }).from(s.serviceDocuments).where(inArray(s.serviceDocuments.productId, ids)).get()?.n).toBe(0);
  });

  it("writes well-formed items: known units, tiers from 0 and increasing, positive prices, GST stated", () => {
    const all = lists();
    expect(all.length).toBeGreaterThan(100);
    for (const list of all) {
      expect(list.source).toBe("sample");
      expect(list.approvedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const items = list.items as unknown as PriceItem[];
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
      for (const item of items) {
        expect(PRICE_UNITS, item.key).toContain(item.unit);
        expect(GST_TREATMENTS).toContain(item.gst);
        expect(BILLING_PERIODS).toContain(item.billingPeriod);
        expect(item.tiers[0].fromQuantity).toBe(0);
        item.tiers.forEach((t, i) => {
          expect(Number.isInteger(t.unitPriceMicros)).toBe(true);
          expect(t.unitPriceMicros).toBeGreaterThan(0);
          if (i > 0) expect(t.fromQuantity).toBeGreaterThan(item.tiers[i - 1].fromQuantity);
        });
      }
    }
    const items = all.flatMap((l) => l.items as unknown as PriceItem[]);
    // Plausible magnitudes: cents per vCPU-hour, tens of dollars per user per month.
    for (const i of items.filter((x) => x.unit === "vcpu_hour")) expect(i.tiers[0].unitPriceMicros).toBeLessThan(250_000);
    const userMonth = items.filter((x) => x.unit === "user_month" && x.key === "user").map((x) => x.tiers[0].unitPriceMicros);
    expect(userMonth.length).toBeGreaterThan(10);
    expect(Math.min(...userMonth)).toBeGreaterThanOrEqual(3_000_000);
    expect(Math.max(...userMonth)).toBeLessThanOrEqual(45_000_000);
    expect(items.some((i) => i.minimumTermMonths !== null && i.minimumCommitmentMicros !== null)).toBe(true);
    expect(items.some((i) => i.unit === "one_off")).toBe(true);
    // Cloud services are taxable; GST-free lines are the rare exception.
    const free = items.filter((i) => i.gst === "gst_free").length;
    expect(free).toBeLessThan(items.length * 0.05);
  });

  it("dates lists so that some prices have moved and a few are announced", () => {
    const byProduct = new Map<number, ReturnType<typeof lists>>();
    for (const l of lists()) byProduct.set(l.productId, [...(byProduct.get(l.productId) ?? []), l]);
    const oldest = [...byProduct.values()].map((ls) => ls.map((l) => l.effectiveFrom).sort()[0]);
    for (const d of oldest) {
      expect(d >= addDays(TODAY, -548)).toBe(true);
      expect(d <= TODAY).toBe(true);
    }
    const withHistory = [...byProduct.values()].filter((ls) => ls.filter((l) => l.effectiveFrom <= TODAY).length >= 2);
    expect(withHistory.length).toBeGreaterThan(byProduct.size * 0.3);
    for (const ls of withHistory) {
      const [a, b] = ls.filter((l) => l.effectiveFrom <= TODAY).sort((x, y) => x.effectiveFrom.localeCompare(y.effectiveFrom));
      expect(b.effectiveFrom >= addDays(TODAY, -150)).toBe(true);
      expect(a.items).not.toEqual(b.items);
    }
    const upcoming = lists().filter((l) => l.effectiveFrom > TODAY);
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    expect(upcoming.length).toBeLessThanOrEqual(3);
    for (const l of upcoming) expect(l.effectiveFrom <= addDays(TODAY, 60)).toBe(true);
  });

  it("writes service documents on the provider's own domain, dated within two years", () => {
    const docs = db()
      .select({ doc: s.serviceDocuments, website: s.providers.website })
      .from(s.serviceDocuments)
      .innerJoin(s.products, eq(s.serviceDocuments.productId, s.products.id))
      .innerJoin(s.providers, eq(s.products.providerId, s.providers.id))
      .all();
    expect(docs.length / sampleProducts().length).toBeGreaterThan(0.8);
    for (const { doc, website } of docs) {
      expect(doc.source).toBe("sample");
      expect(doc.definitionUrl?.startsWith(`${website}/`)).toBe(true);
      expect(doc.definitionUrl).toMatch(/^https:\/\/[a-z0-9-]+\.example\.com\/.+\.pdf$/);
      for (const date of [doc.definitionDate, doc.termsDate, doc.slaDate, doc.pricingDate].filter((d) => d !== null)) {
        expect(date >= addDays(TODAY, -730) && date <= TODAY).toBe(true);
      }
      if (doc.slaUrl) expect([99.5, 99.9, 99.95, 99.99]).toContain(doc.slaAvailability);
      expect(doc.supportHours).toBeTruthy();
    }
    const priced = new Set(lists().map((l) => l.productId));
    expect(docs.some(({ doc }) => doc.pricingUrl === null && !priced.has(doc.productId))).toBe(true);
  });

  it("adds nothing when run again", async () => {
    const before = counts();
    await seedDatabase({ db: db(), today: TODAY });
    seedPrices(db(), addDays(TODAY, 3));
    expect(counts()).toEqual(before);
  });
});
