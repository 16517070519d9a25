/**
 * Sample prices and service documents, labelled source "sample", so that compare, estimates and
 * open data have something to show on first run. About 90% of sample products get a price list in
 * force from 6–18 months ago; about 40% of those a newer one from 1–5 months ago (prices up or
 * down, sometimes a line added) so the history moves; three an upcoming list within 60 days; the
 * rest none, so "Price on request" shows. FedRAMP listings never get any: nobody priced them.
 *
 * Idempotent: lists are written only while no sample list exists (a forced reseed deletes the
 * sample products, and their lists with them, so it seeds again, while a provider's own lists on
 * other products do not stop it); service documents only for products without a row. Deterministic:
 * seeded PRNGs over products in slug order; only the dates move with `today`.
 */
import { asc, eq } from "drizzle-orm";
import { addDays, daysBetween, type IsoDate } from "~/platform/dates";
import type { PriceItem } from "~/pricing/price-items";
import type { Db } from "~db/client.server";
import { priceLists, products, providers, serviceDocuments, users } from "~db/schema";
import { IAAS_PRODUCTS } from "./sample/products-iaas";
import { PAAS_PRODUCTS } from "./sample/products-paas";
import { SAAS_PRODUCTS } from "./sample/products-saas";
import { revisedPriceItems, samplePriceItems, type PricedProduct } from "./sample/price-templates";
import { SAMPLE_PROVIDERS, type SampleProvider } from "./sample/providers";
import { createRandom, slugify, type Random } from "./sample/random";

/** Shown with each sample list, so nobody mistakes it for a real offer. */
export const SAMPLE_PRICE_NOTE = "Sample prices: fictional, for demonstration only.";
const UNPRICED_SHARE = 0.1;
const REVISED_SHARE = 0.4;
const UPCOMING = 3;
/** The demo provider's product left unpriced, so its representative can publish a first list. */
const DEMO_UNPRICED = "wattle-grid-dedicated-hosts";
/** Providers that sell on enterprise terms (a minimum term and spend) for much of their range. */
const ENTERPRISE_PROVIDERS = new Set([
  "halcyon-compute",
  "meridian-stratus",
  "molonglo-data-centres",
  "ironbark-secure-hosting",
  "tasman-ridge",
]);

interface SeedProduct extends PricedProduct {
  id: number;
  slug: string;
  listedOn: IsoDate;
  providerSlug: string;
  website: string;
}

const SPECS = new Map([...IAAS_PRODUCTS, ...PAAS_PRODUCTS, ...SAAS_PRODUCTS].map((s) => [slugify(s.name), s]));

function sampleProducts(db: Db): SeedProduct[] {
  const rows = db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      serviceModel: products.serviceModel,
      listedOn: products.listedOn,
      providerSlug: providers.slug,
      providerWebsite: providers.website,
    })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(eq(products.source, "sample"))
    .orderBy(asc(products.slug))
    .all();
  return rows.flatMap((r) => {
    // The specs keep the categories in the order written, the first being what the product mainly is.
    const spec = SPECS.get(r.slug);
    if (!spec) return [];
    const website = (r.providerWebsite ?? `https://${r.providerSlug}.example.com`).replace(/\/+$/, "");
    return [{ ...r, categories: spec.categories, website }];
  });
}

const approvedAt = (rng: Random, day: IsoDate) => `${day}T0${rng.int(0, 6)}:${rng.int(10, 59)}:00.000Z`;

interface ListRow {
  productId: number;
  effectiveFrom: IsoDate;
  items: PriceItem[];
  approvedAt: string;
}

function planLists(rng: Random, pool: SeedProduct[], today: IsoDate): ListRow[] {
  const unpriced = new Set([
    DEMO_UNPRICED,
    ...rng.sample(
      pool.map((p) => p.slug).filter((s) => s !== DEMO_UNPRICED),
      Math.round(pool.length * UNPRICED_SHARE) - 1,
    ),
  ]);
  const priced = pool.filter((p) => !unpriced.has(p.slug));
  const revised = new Set(rng.sample(priced, Math.round(priced.length * REVISED_SHARE)).map((p) => p.slug));
  const upcoming = new Set(rng.sample(priced, UPCOMING).map((p) => p.slug));
  const rows: ListRow[] = [];
  for (const p of priced) {
    const enterprise = ENTERPRISE_PROVIDERS.has(p.providerSlug) ? rng.chance(0.5) : rng.chance(0.12);
    let items = samplePriceItems(rng, p, enterprise);
    // In force from 6–18 months ago, but never before the product was listed.
    const wanted = addDays(today, -rng.int(183, 548));
    const first = wanted < p.listedOn ? p.listedOn : wanted;
    rows.push({ productId: p.id, effectiveFrom: first, items, approvedAt: approvedAt(rng, addDays(first, -rng.int(3, 20))) });
    const age = daysBetween(first, today);
    // A change at least a month after the first list, and at least a month ago.
    if (revised.has(p.slug) && age >= 75) {
      const from = addDays(today, -rng.int(30, Math.min(150, age - 40)));
      items = revisedPriceItems(rng, items);
      rows.push({ productId: p.id, effectiveFrom: from, items, approvedAt: approvedAt(rng, addDays(from, -rng.int(3, 20))) });
    }
    if (upcoming.has(p.slug)) {
      const from = addDays(today, rng.int(10, 55));
      rows.push({
        productId: p.id,
        effectiveFrom: from,
        items: revisedPriceItems(rng, items),
        approvedAt: approvedAt(rng, addDays(today, -rng.int(1, 6))),
      });
    }
  }
  return rows;
}

/** Kept as the SLA promises: infrastructure promises more nines than most software. */
const AVAILABILITY: Record<string, number[]> = { IaaS: [99.95, 99.99, 99.9], PaaS: [99.9, 99.95, 99.99], SaaS: [99.5, 99.9, 99.9, 99.95] };

function supportHours(rng: Random, provider: SampleProvider | undefined): string {
  if (!provider || provider.securityOperationsCentre || provider.supportStaffLocation !== "onshore") {
    return rng.pick(["24/7", "24/7 for every severity", "24/7 phone and portal support"]);
  }
  return rng.pick([
    "8am–6pm AEST business days",
    "8am–6pm AEST business days; 24/7 for priority 1 incidents",
    "7am–7pm AEST, Monday to Friday",
    "8:30am–5pm in each state's business hours",
  ]);
}

function documentsFor(rng: Random, p: SeedProduct, today: IsoDate, pricedFrom: IsoDate | undefined) {
  const base = `${p.website}/products/${p.slug}`;
  const dated = () => addDays(today, -rng.int(20, 700));
  const provider = SAMPLE_PROVIDERS.find((s) => s.slug === p.providerSlug);
  const sla = rng.chance(0.92);
  return {
    productId: p.id,
    definitionUrl: `${base}/service-definition.pdf`,
    definitionDate: dated(),
    // The pricing document is dated when the prices in force were published; none without prices.
    pricingUrl: pricedFrom ? `${base}/pricing.pdf` : null,
    pricingDate: pricedFrom ?? null,
    termsUrl: `${p.website}/legal/customer-terms.pdf`,
    termsDate: dated(),
    slaUrl: sla ? `${base}/sla.pdf` : null,
    slaDate: sla ? dated() : null,
    slaAvailability: sla ? rng.pick(AVAILABILITY[p.serviceModel] ?? AVAILABILITY.SaaS) : null,
    supportHours: supportHours(rng, provider),
    source: "sample" as const,
  };
}

export function seedPrices(db: Db, today: IsoDate): void {
  const pool = sampleProducts(db);
  if (pool.length === 0) return;
  const editor = db.select({ id: users.id }).from(users).where(eq(users.email, "editor@dta.gov.au")).get();
  const hasSampleLists = db.select({ id: priceLists.id }).from(priceLists).where(eq(priceLists.source, "sample")).limit(1).get();
  // Separate streams, so that whether the lists are written this run never changes the documents.
  const lists = hasSampleLists ? [] : planLists(createRandom(20260618), pool, today);
  const docsRng = createRandom(20260619);

  db.transaction((tx) => {
    for (const l of lists) {
      tx.insert(priceLists)
        // The column is typed loosely (JSON); PriceItem is its shape.
        .values({
          ...l,
          items: l.items as unknown as Record<string, unknown>[],
          note: SAMPLE_PRICE_NOTE,
          source: "sample",
          approvedBy: editor?.id ?? null,
          createdAt: l.approvedAt,
        })
        .run();
    }
    const inForce = new Map<number, IsoDate>();
    for (const l of tx.select({ productId: priceLists.productId, effectiveFrom: priceLists.effectiveFrom }).from(priceLists).all()) {
      const seen = inForce.get(l.productId);
      if (l.effectiveFrom <= today && (!seen || l.effectiveFrom > seen)) inForce.set(l.productId, l.effectiveFrom);
    }
    for (const p of pool) {
      // Decided for every product, in order, so each one's documents are the same on every run.
      const row = documentsFor(docsRng, p, today, inForce.get(p.id));
      const documented = docsRng.chance(0.9);
      if (documented) tx.insert(serviceDocuments).values(row).onConflictDoNothing().run();
    }
  });
}
