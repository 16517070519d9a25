/**
 * The open data: the catalogue's own entries, filtered and sorted by the catalogue's own functions,
 * joined to the dated assurance the export and API report. The assurance map depends only on the
 * data and the day, so it is cached like catalogueEntries().
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { badges, products, providers } from "~db/schema";
import { badgeCurrency } from "~/assurance/currency";
import { filterEntries, sortEntries, type CatalogueQuery } from "~/catalogue/facets";
import { narrowToText, type TextMatch } from "~/catalogue/catalogue-search.server";
import { providerFactsStated } from "~/catalogue/provenance";
import { todayIso } from "~/platform/dates";
import { openDataRecord, type OpenDataRecord, type ProductAssurance } from "./record";
import { catalogueAlignment } from "~/procurement/alignment.server";
import { catalogueEntries } from "~/catalogue/catalogue.server";
import { dataVersion } from "~db/data-version.server";
import type { ProposedPurchase } from "~/procurement/purchase";
import { badgeDateColumns } from "~/assurance/badge-columns.server";

let cache: { key: string; byProduct: Map<number, ProductAssurance> } | undefined;

export function productAssurance(today = todayIso()): Map<number, ProductAssurance> {
  const key = `${dataVersion()}:${today}`;
  if (cache?.key !== key) cache = { key, byProduct: loadAssurance(today) };
  return cache.byProduct;
}

function loadAssurance(today: string): Map<number, ProductAssurance> {
  const byProduct = new Map<number, ProductAssurance>();
  const locations = db()
    .select({ id: products.id, dataLocation: providers.dataLocation, source: providers.source })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .all();
  // A provider mapped from FedRAMP stated no data location: the column's default is not an answer.
  for (const p of locations) byProduct.set(p.id, { dataLocation: providerFactsStated(p.source) ? p.dataLocation : null, badges: [] });
  const rows = db()
    .select({
      productId: badges.productId,
      ...badgeDateColumns,
      mapped: badges.mapped,
    })
    .from(badges)
    .all();
  for (const b of rows) {
    const currency = badgeCurrency(b, today);
    if (currency.hidden) continue;
    byProduct.get(b.productId)?.badges.push({
      kind: b.kind,
      level: b.level,
      assessedOn: b.assessedOn,
      periodEnd: b.periodEnd,
      expiresOn: currency.expiresOn,
      state: currency.state,
      mapped: b.mapped,
    });
  }
  return byProduct;
}

/**
 * The products matching the query in the catalogue's order (what /products lists over all its
 * pages), as open-data records; `range` picks one page of them.
 */
export function findOpenDataRecords({
  query,
  origin,
  range,
  keep,
  text,
  today = todayIso(),
}: {
  query: CatalogueQuery;
  origin: string;
  range?: { offset: number; limit: number };
  /** A narrowing the facets cannot express, such as "meets every rule for my purchase". */
  keep?: (productId: number) => boolean;
  /** The catalogue's text search for `query.q` (catalogueTextMatch), so results match /products. */
  text?: TextMatch | null;
  today?: string;
}): { total: number; records: OpenDataRecord[] } {
  const entries = narrowToText(catalogueEntries(today), text ?? null);
  const pool = keep ? entries.filter((e) => keep(e.id)) : entries;
  const matching = sortEntries(filterEntries(pool, query), query.sort, text?.rank);
  const chosen = range ? matching.slice(range.offset, range.offset + range.limit) : matching;
  const assurance = productAssurance(today);
  return { total: matching.length, records: chosen.map((e) => openDataRecord(e, assurance.get(e.id), origin)) };
}

/**
 * The catalogue's "meets every rule for my purchase" filter, as /products applies it; null when
 * the visitor has not described a purchase.
 */
export function purchaseFitFilter({ purchase, today = todayIso() }: { purchase: ProposedPurchase | null; today?: string }) {
  if (!purchase) return null;
  const alignment = catalogueAlignment({ purchase, products: catalogueEntries(today), today });
  return (productId: number) => alignment.get(productId)?.fits ?? false;
}
