/**
 * The details a buyer weighs products on, side by side: listing, provider facts, badges with their
 * currency, rating. Shared by compare, the CSV export and the evidence snapshot so that all three
 * describe a product the same way.
 */
import { eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, providers } from "~db/schema";
import { todayIso, type IsoDate } from "~/platform/dates";
import { catalogueEntries } from "./catalogue.server";
import type { ListingDetails } from "./listing";
import { productBadges } from "./product.server";
import { listingColumns, providerFactColumns } from "./columns.server";

export function listingDetails({ productIds, today = todayIso() }: { productIds: number[]; today?: IsoDate }): ListingDetails[] {
  if (productIds.length === 0) return [];
  const rows = db()
    .select({
      ...listingColumns,
      provider: {
        name: providers.name,
        slug: providers.slug,
        source: providers.source,
        ...providerFactColumns,
      },
    })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(inArray(products.id, productIds))
    .all();
  const ratings = new Map(catalogueEntries(today).map((e) => [e.id, { average: e.rating, count: e.reviewCount }]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Keep the order the caller asked for: it is the order the buyer chose.
  return productIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const badges = productBadges(id, today).map((b) => ({
      id: b.id,
      kind: b.kind,
      level: b.level,
      assessedOn: b.assessedOn,
      expiresOn: b.currency.expiresOn,
      periodEnd: b.periodEnd,
      assessorName: b.assessorName,
      scope: b.scope,
      ismRelease: b.ismRelease,
      evidenceLevel: b.evidenceLevel,
      evidenceRef: b.evidenceRef,
      e8Levels: b.e8Levels,
      mapped: b.mapped,
      currency: { state: b.currency.state, label: b.currency.label },
    }));
    return [{ ...row, badges, rating: ratings.get(id) ?? { average: null, count: 0 } }];
  });
}
