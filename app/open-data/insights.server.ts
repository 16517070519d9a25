import { count, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, providers, reviews } from "~db/schema";
import { todayIso } from "~/platform/dates";
import { currencyByKind, productsByIrapLevel, ratingDistribution, smeShare } from "./insights";
import { catalogueEntries } from "~/catalogue/catalogue.server";
import { productAssurance } from "./open-data.server";

/** Whole-catalogue figures for /insights, from the same cached rows the catalogue uses. */
export function catalogueInsights({ today = todayIso() }: { today?: string } = {}) {
  const entries = catalogueEntries(today);
  const ratings = db()
    .select({ overall: reviews.overall, count: count() })
    .from(reviews)
    .where(eq(reviews.status, "published"))
    .groupBy(reviews.overall)
    .all();
  // Providers with at least one listed product: the ones a buyer can actually choose.
  const listedProviders = db()
    .selectDistinct({ id: providers.id, sme: providers.sme })
    .from(providers)
    .innerJoin(products, eq(products.providerId, providers.id))
    .all();
  return {
    today,
    productCount: entries.length,
    irapLevels: productsByIrapLevel(entries),
    currency: currencyByKind([...productAssurance(today).values()]),
    ratings: ratingDistribution(ratings),
    sme: smeShare(listedProviders),
  };
}
