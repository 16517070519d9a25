/**
 * Prices and service documents in the open data: /api/products/{slug} (prices and documents in
 * full), /api/products (a summary per item), /api/prices and /api/prices.csv (every list in force),
 * their dates, their documentation, and ETags that move when a list is approved, although an
 * approval does not move the catalogue's data version.
 */
import { and, eq, gt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "~/platform/dates";
import type { PriceItem } from "~/pricing/price-items";
import { API_LIST_FIELDS, API_PRICES_FIELDS, API_PRODUCT_FIELDS, PRICES_CSV_COLUMNS } from "~/open-data/dictionary";
import { PRICES_CSV_HEADER } from "~/open-data/prices.server";
import { loader as apiProducts } from "~/routes/api.products";
import { loader as apiProduct } from "~/routes/api.products.$slug";
import { loader as apiPrices } from "~/routes/api.prices";
import { loader as apiPricesCsv } from "~/routes/api.prices[.]csv";
import { dataVersion } from "~db/data-version.server";
import { db } from "~db/client.server";
import { priceLists, products, providers, serviceDocuments } from "~db/schema";
import { seedDatabase } from "../../seed/seed";
import { parseCsv } from "../open-data/parse-csv";
import { call, get } from "../procurement/route-helpers";

const today = todayIso();

const ITEMS: PriceItem[] = [
  {
    key: "compute",
    name: "Compute, with a comma",
    unit: "vcpu_hour",
    gst: "taxable",
    billingPeriod: "monthly",
    minimumTermMonths: 12,
    minimumCommitmentMicros: 60_000_000_000,
    tiers: [
      { fromQuantity: 0, unitPriceMicros: 84_500 },
      { fromQuantity: 5_000, unitPriceMicros: 78_600 },
    ],
  },
  {
    key: "course",
    name: "Accredited course",
    unit: "one_off",
    gst: "gst_free",
    billingPeriod: "upfront",
    minimumTermMonths: null,
    minimumCommitmentMicros: null,
    tiers: [{ fromQuantity: 0, unitPriceMicros: 450_000_000 }],
  },
];

const json = (items: PriceItem[]) => items as unknown as Record<string, unknown>[];
let priced: { id: number; slug: string };
let unpriced: { id: number; slug: string };

beforeAll(async () => {
  await seedDatabase({ db: db() });
  const providerId = db()
    .insert(providers)
    .values({ slug: "odp-provider", name: "Open Data Prices Pty Ltd" })
    .returning({ id: providers.id })
    .get().id;
  const product = (slug: string) =>
    db()
      .insert(products)
      .values({ slug, providerId, name: `ODP ${slug}`, serviceModel: "IaaS", listedOn: "2024-01-01", source: "provider" })
      .returning({ id: products.id, slug: products.slug })
      .get();
  priced = product("odp-priced");
  unpriced = product("odp-unpriced");
  db()
    .insert(priceLists)
    .values([
      { productId: priced.id, effectiveFrom: addDays(today, -400), items: json(ITEMS.slice(0, 1)), approvedAt: "2024-06-01T01:00:00.000Z" },
      { productId: priced.id, effectiveFrom: addDays(today, -30), items: json(ITEMS), approvedAt: "2025-01-01T01:00:00.000Z" },
      { productId: priced.id, effectiveFrom: addDays(today, 20), items: json(ITEMS.slice(1)), approvedAt: "2025-02-01T01:00:00.000Z" },
    ])
    .run();
  db()
    .insert(serviceDocuments)
    .values({
      productId: priced.id,
      definitionUrl: "https://odp.example.com/definition.pdf",
      definitionDate: "2026-01-10",
      termsUrl: "https://odp.example.com/terms.pdf",
      termsDate: "2025-11-01",
      slaAvailability: 99.95,
      supportHours: "24/7",
    })
    .run();
}, 120_000);

const fetchJson = async (loader: (a: never) => Promise<Response>, url: string, params: Record<string, string> = {}) => {
  const res = await call(loader, get(url), params);
  expect(res.status, url).toBe(200);
  return res.json();
};

const detail = (slug: string) => fetchJson(apiProduct, `/api/products/${slug}`, { slug });

async function listItem(slug: string) {
  for (let page = 1; page < 20; page++) {
    const body = await fetchJson(apiProducts, `/api/products?pageSize=100&page=${page}`);
    const found = body.data.find((p: { slug: string }) => p.slug === slug);
    if (found) return found;
    if (!body.links.next) break;
  }
  throw new Error(`${slug} is not in /api/products`);
}

describe("prices in /api/products/{slug}", () => {
  it("gives the list in force, the upcoming one and the dates of all, in dollars ex GST", async () => {
    const { data } = await detail(priced.slug);
    expect(data.prices.inForce).toEqual({
      effectiveFrom: addDays(today, -30),
      source: "provider",
      items: [
        {
          key: "compute",
          name: "Compute, with a comma",
          unit: "vcpu_hour",
          unitLabel: "per vCPU-hour",
          gst: "taxable",
          billingPeriod: "monthly",
          minimumTermMonths: 12,
          minimumCommitment: 60_000,
          tiers: [
            { fromQuantity: 0, unitPriceExGst: 0.0845 },
            { fromQuantity: 5_000, unitPriceExGst: 0.0786 },
          ],
        },
        {
          key: "course",
          name: "Accredited course",
          unit: "one_off",
          unitLabel: "one-off",
          gst: "gst_free",
          billingPeriod: "upfront",
          minimumTermMonths: null,
          minimumCommitment: null,
          tiers: [{ fromQuantity: 0, unitPriceExGst: 450 }],
        },
      ],
    });
    expect(data.prices.upcoming.map((l: { effectiveFrom: string }) => l.effectiveFrom)).toEqual([addDays(today, 20)]);
    expect(data.prices.upcoming[0].items.map((i: { key: string }) => i.key)).toEqual(["course"]);
    expect(data.prices.history).toEqual([
      { effectiveFrom: addDays(today, -400), approvedAt: "2024-06-01T01:00:00.000Z" },
      { effectiveFrom: addDays(today, -30), approvedAt: "2025-01-01T01:00:00.000Z" },
      { effectiveFrom: addDays(today, 20), approvedAt: "2025-02-01T01:00:00.000Z" },
    ]);
  });

  it("gives the service documents with their dates, null where there is no link", async () => {
    const { data } = await detail(priced.slug);
    expect(data.serviceDocuments).toEqual({
      definition: { url: "https://odp.example.com/definition.pdf", date: "2026-01-10" },
      pricing: null,
      terms: { url: "https://odp.example.com/terms.pdf", date: "2025-11-01" },
      sla: null,
      slaAvailability: 99.95,
      supportHours: "24/7",
      source: "provider",
    });
  });

  it("answers null and empty lists for a product without prices or documents", async () => {
    const { data } = await detail(unpriced.slug);
    expect(data.prices).toEqual({ inForce: null, upcoming: [], history: [] });
    expect(data.serviceDocuments).toBeNull();
  });

  it("publishes the sample prices, labelled sample, with documents on the provider's domain", async () => {
    const sample = db()
      .select({ slug: products.slug })
      .from(products)
      .innerJoin(priceLists, eq(priceLists.productId, products.id))
      .innerJoin(serviceDocuments, eq(serviceDocuments.productId, products.id))
      .where(and(eq(products.source, "sample"), gt(serviceDocuments.slaAvailability, 0)))
      .get()!;
    const { data } = await detail(sample.slug);
    expect(data.prices.history.length).toBeGreaterThan(0);
    expect(data.serviceDocuments.source).toBe("sample");
    expect(data.serviceDocuments.definition.url).toMatch(/^https:\/\/[a-z0-9-]+\.example\.com\//);
    expect(data.serviceDocuments.definition.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("prices in /api/products", () => {
  it("summarises each item: whether it has prices, the cheapest paid unit price, and since when", async () => {
    expect((await listItem(priced.slug)).prices).toEqual({
      hasPublishedPrices: true,
      from: { unitPriceExGst: 0.0786, unit: "vcpu_hour", unitLabel: "per vCPU-hour" },
      effectiveFrom: addDays(today, -30),
    });
    expect((await listItem(unpriced.slug)).prices).toEqual({ hasPublishedPrices: false, from: null, effectiveFrom: null });
  });

  it("documents the new fields in the data dictionary", () => {
    const names = new Set([...API_LIST_FIELDS, ...API_PRODUCT_FIELDS].map((f) => f.name));
    for (const name of [
      "data[].prices.hasPublishedPrices",
      "data[].prices.from.unitPriceExGst",
      "data.prices.inForce.items[].tiers[].unitPriceExGst",
      "data.prices.upcoming[].items[].minimumCommitment",
      "data.prices.history[].approvedAt",
      "data.serviceDocuments.sla.date",
      "data.serviceDocuments.slaAvailability",
    ])
      expect(names, name).toContain(name);
  });
});

/** Every leaf path of a JSON value, as the dictionary names fields. */
function paths(value: unknown, prefix: string, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    out.add(`${prefix}[]`);
    for (const v of value) paths(v, `${prefix}[]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) paths(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.add(prefix);
  return out;
}

describe("/api/prices and /api/prices.csv", () => {
  it("lists every product with prices in force today, by product, and no other", async () => {
    const body = await fetchJson(apiPrices, "/api/prices");
    const slugs = body.data.map((p: { product: { slug: string } }) => p.product.slug);
    expect(slugs).toContain(priced.slug);
    expect(slugs).not.toContain(unpriced.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(body.meta).toEqual({ total: slugs.length, generatedOn: today });
    const mine = body.data.find((p: { product: { slug: string } }) => p.product.slug === priced.slug);
    expect(mine.product).toEqual({
      slug: priced.slug,
      name: "ODP odp-priced",
      provider: { name: "Open Data Prices Pty Ltd", slug: "odp-provider" },
      links: { self: `http://test/api/products/${priced.slug}`, html: `http://test/products/${priced.slug}` },
    });
    expect(mine.effectiveFrom).toBe(addDays(today, -30));
    expect(mine.items).toHaveLength(2);
    // Most sample products are priced: the demo data shows on first run.
    expect(body.data.filter((p: { source: string }) => p.source === "sample").length).toBeGreaterThan(100);
    const documented = new Set(API_PRICES_FIELDS.map((f) => f.name));
    const missing = [...paths(body, "")].filter((p) => !documented.has(p) && !documented.has(p.replace(/\[\]$/, "")));
    expect(missing).toEqual([]);
  });

  it("refuses parameters it does not take", async () => {
    const res = await call(apiPrices, get("/api/prices?product=x"));
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatch(/"product" is not a known parameter/);
  });

  it("writes one CSV row per product, item and tier in force, under the documented header", async () => {
    const res = await call(apiPricesCsv, get("/api/prices.csv"));
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toContain(`cloud-exchange-prices-${today}.csv`);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(PRICES_CSV_COLUMNS.map((c) => c.name));
    expect(PRICES_CSV_HEADER).toEqual([
      "product_slug",
      "product_name",
      "effective_from",
      "source",
      "item_key",
      "item_name",
      "unit",
      "gst",
      "billing_period",
      "minimum_term_months",
      "minimum_commitment_ex_gst",
      "tier_from_quantity",
      "unit_price_ex_gst",
    ]);
    const mine = rows.filter((r) => r[0] === priced.slug);
    const from = addDays(today, -30);
    expect(mine).toEqual([
      [
        priced.slug,
        "ODP odp-priced",
        from,
        "provider",
        "compute",
        "Compute, with a comma",
        "vcpu_hour",
        "taxable",
        "monthly",
        "12",
        "60000",
        "0",
        "0.0845",
      ],
      [
        priced.slug,
        "ODP odp-priced",
        from,
        "provider",
        "compute",
        "Compute, with a comma",
        "vcpu_hour",
        "taxable",
        "monthly",
        "12",
        "60000",
        "5000",
        "0.0786",
      ],
      [
        priced.slug,
        "ODP odp-priced",
        from,
        "provider",
        "course",
        "Accredited course",
        "one_off",
        "gst_free",
        "upfront",
        "",
        "",
        "0",
        "450",
      ],
    ]);
    expect(rows.some((r) => r[0] === unpriced.slug)).toBe(false);
    expect(new Set(rows.map((r) => r[0])).size).toBeGreaterThan(100);
  });
});

describe("ETags", () => {
  const routes: [string, (a: never) => Promise<Response>, Record<string, string>][] = [
    ["/api/products/odp-unpriced", apiProduct, { slug: "odp-unpriced" }],
    ["/api/products?pageSize=5", apiProducts, {}],
    ["/api/prices", apiPrices, {}],
    ["/api/prices.csv", apiPricesCsv, {}],
  ];
  const etags = async () =>
    Promise.all(routes.map(async ([url, loader, params]) => (await call(loader, get(url), params)).headers.get("ETag")));

  it("change when a list is approved or documents change, though the data version does not", async () => {
    const before = await etags();
    expect(before.every((t) => t?.startsWith('W/"'))).toBe(true);
    // The old tag still matches while nothing changed.
    const again = await call(apiPrices, new Request("http://test/api/prices", { headers: { "If-None-Match": before[2]! } }));
    expect(again.status).toBe(304);

    const version = dataVersion();
    db()
      .insert(priceLists)
      .values({ productId: unpriced.id, effectiveFrom: addDays(today, 5), items: json(ITEMS), approvedAt: new Date().toISOString() })
      .run();
    expect(dataVersion()).toBe(version);
    const afterList = await etags();
    afterList.forEach((tag, i) => expect(tag, routes[i][0]).not.toBe(before[i]));
    const stale = await call(apiPrices, new Request("http://test/api/prices", { headers: { "If-None-Match": before[2]! } }));
    expect(stale.status).toBe(200);

    db()
      .insert(serviceDocuments)
      .values({ productId: unpriced.id, supportHours: "Business hours", updatedAt: "2099-01-01T00:00:00.000Z" })
      .run();
    const afterDocs = await etags();
    expect(afterDocs[0]).not.toBe(afterList[0]);
    const { data } = await detail(unpriced.slug);
    expect(data.prices.upcoming).toHaveLength(1);
    expect(data.prices.inForce).toBeNull();
    expect(data.serviceDocuments.supportHours).toBe("Business hours");
  });
});
