/**
 * Prices and service documents as open data: the list in force on the day, any approved list that
 * starts later, the dates of every list, and the documents with their dates. Which list is in force
 * is app/pricing's rule (prices.server.ts); this module only shapes what it answers, field by field.
 */
import { asc, eq, inArray, lte, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { priceLists, products, providers } from "~db/schema";
import { listsInForce, priceHistory, priceListInForce, serviceDocumentsFor, upcomingLists } from "~/pricing/prices.server";
import { lowestPaidUnitPrice } from "~/pricing/price-words";
import { microsToDollars, PRICE_UNIT_LABELS } from "~/pricing/price-items";
import type { CsvValue } from "~/platform/csv";
import { todayIso, type IsoDate } from "~/platform/dates";
import { NO_PRICES, priceListJson, type PriceListJson, type PriceSummaryJson } from "./json-shapes";
import { PRICES_CSV_COLUMNS } from "./dictionary";
export { pricesVersion } from "~/pricing/prices.server";

function summary(list: ReturnType<typeof priceListInForce>): PriceSummaryJson {
  if (!list) return NO_PRICES;
  const lowest = lowestPaidUnitPrice(list.items);
  return {
    hasPublishedPrices: true,
    from: lowest ? { unitPriceExGst: microsToDollars(lowest.micros), unit: lowest.unit, unitLabel: PRICE_UNIT_LABELS[lowest.unit] } : null,
    effectiveFrom: list.effectiveFrom,
  };
}

/** For /api/products: whether each product has prices in force today, and from how little. */
export function priceSummaries(productIds: readonly number[], today = todayIso()): Map<number, PriceSummaryJson> {
  const lists = listsInForce({ productIds, today });
  return new Map(productIds.map((productId) => [productId, summary(lists.get(productId) ?? null)]));
}

export interface OpenProductPrices {
  inForce: PriceListJson | null;
  upcoming: PriceListJson[];
  history: { effectiveFrom: IsoDate; approvedAt: string | null }[];
}

/** For /api/products/{slug}. */
export function openProductPrices(productId: number, today = todayIso()): OpenProductPrices {
  const inForce = priceListInForce({ productId, today });
  return {
    inForce: inForce ? priceListJson(inForce) : null,
    upcoming: upcomingLists({ productId, today }).map(priceListJson),
    history: priceHistory({ productId }).map((l) => ({ effectiveFrom: l.effectiveFrom, approvedAt: l.approvedAt })),
  };
}

const documentJson = (url: string | null, date: string | null) => (url ? { url, date } : null);

/** For /api/products/{slug}: each document null when the provider gave no link. */
export function openServiceDocuments(productId: number) {
  const d = serviceDocumentsFor({ productId });
  if (!d) return null;
  return {
    definition: documentJson(d.definitionUrl, d.definitionDate),
    pricing: documentJson(d.pricingUrl, d.pricingDate),
    terms: documentJson(d.termsUrl, d.termsDate),
    sla: documentJson(d.slaUrl, d.slaDate),
    slaAvailability: d.slaAvailability,
    supportHours: d.supportHours,
    source: d.source,
  };
}

export type OpenServiceDocuments = ReturnType<typeof openServiceDocuments>;

/** Every product with a list in force today, by name, with that list: what /api/prices and its CSV publish. */
export function openPricesByProduct(today = todayIso()) {
  const priced = db()
    .select({ id: products.id, slug: products.slug, name: products.name, providerName: providers.name, providerSlug: providers.slug })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(
      inArray(products.id, db().selectDistinct({ id: priceLists.productId }).from(priceLists).where(lte(priceLists.effectiveFrom, today))),
    )
    .orderBy(asc(sql`${products.name} collate nocase`), asc(products.slug))
    .all();
  const lists = listsInForce({ productIds: priced.map((p) => p.id), today });
  return priced.flatMap((p) => {
    const list = lists.get(p.id);
    if (!list) return [];
    return [{ product: { slug: p.slug, name: p.name, provider: { name: p.providerName, slug: p.providerSlug } }, ...priceListJson(list) }];
  });
}

/** The CSV's header: the columns the data dictionary documents, in its order. */
export const PRICES_CSV_HEADER = PRICES_CSV_COLUMNS.map((c) => c.name);

/** One row per product, price item and tier in force today. */
export function pricesCsvRows(byProduct: ReturnType<typeof openPricesByProduct>): CsvValue[][] {
  return byProduct.flatMap((p) =>
    p.items.flatMap((item) =>
      item.tiers.map((tier) => {
        const row: Record<string, CsvValue> = {
          product_slug: p.product.slug,
          product_name: p.product.name,
          effective_from: p.effectiveFrom,
          source: p.source,
          item_key: item.key,
          item_name: item.name,
          unit: item.unit,
          gst: item.gst,
          billing_period: item.billingPeriod,
          minimum_term_months: item.minimumTermMonths,
          minimum_commitment_ex_gst: item.minimumCommitment,
          tier_from_quantity: tier.fromQuantity,
          unit_price_ex_gst: tier.unitPriceExGst,
        };
        return PRICES_CSV_HEADER.map((name) => row[name]);
      }),
    ),
  );
}
