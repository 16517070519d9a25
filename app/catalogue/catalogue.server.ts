/**
 * Derives the catalogue's facet rows from the database. The rows depend only on the data and on
 * today's date (badge currency, the price list in force), so they are cached per (data_version,
 * price lists, today): a request costs two indexed lookups unless something changed.
 */
import { asc, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { badges, categories, productCategories, products, providers, reviews } from "~db/schema";
import { badgeCurrency } from "~/assurance/currency";
import type { CatalogueEntry, CertificationFacet } from "./facets";
import { classificationRank, type E8Level, type HcfLevel, type IrapLevel } from "~/assurance/vocabulary";
import { type ServiceModel } from "./vocabulary";
import { todayIso } from "~/platform/dates";
import { dataVersion } from "~db/data-version.server";
import { badgeDateColumns } from "~/assurance/badge-columns.server";
import { type RatedReview, weightedScore } from "~/reviews/score";
import { listsInForce, pricesVersion } from "~/pricing/prices.server";

let cache: { key: string; entries: CatalogueEntry[] } | undefined;

export function catalogueEntries(today = todayIso()): CatalogueEntry[] {
  // Approving a price list writes no catalogue table, so the data version alone would miss it.
  const key = `${dataVersion()}:${pricesVersion()}:${today}`;
  if (cache?.key !== key) cache = { key, entries: loadEntries(today) };
  return cache.entries;
}

export function listCategories() {
  return db()
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .orderBy(asc(categories.name))
    .all();
}

function loadEntries(today: string): CatalogueEntry[] {
  const rows = db()
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      summary: products.summary,
      serviceModel: products.serviceModel,
      verification: products.verification,
      listedOn: products.listedOn,
      providerName: providers.name,
      providerSlug: providers.slug,
      source: products.source,
      dataLocation: providers.dataLocation,
      sme: providers.sme,
    })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .all();

  const categoryRows = db()
    .select({ productId: productCategories.productId, slug: categories.slug })
    .from(productCategories)
    .innerJoin(categories, eq(productCategories.categoryId, categories.id))
    .all();
  const badgeRows = db()
    .select({
      productId: badges.productId,
      ...badgeDateColumns,
      mapped: badges.mapped,
    })
    .from(badges)
    .all();
  const reviewRows = db()
    .select({ productId: reviews.productId, overall: reviews.overall, publishedAt: reviews.publishedAt })
    .from(reviews)
    .where(eq(reviews.status, "published"))
    .all();
  const priced = listsInForce({ today });

  const byId = new Map<number, CatalogueEntry>();
  for (const r of rows) {
    byId.set(r.id, {
      id: r.id,
      slug: r.slug,
      name: r.name,
      summary: r.summary,
      providerName: r.providerName,
      providerSlug: r.providerSlug,
      serviceModel: r.serviceModel as ServiceModel,
      categories: [],
      source: r.source === "fedramp" ? "fedramp" : "australian",
      irapLevel: null,
      fedrampLevel: null,
      irapCurrency: "none",
      hcf: "none",
      e8: "none",
      certifications: [],
      onshore: r.dataLocation === "onshore",
      sme: r.sme,
      verified: r.verification === "verified",
      listedOn: r.listedOn,
      latestAssessment: null,
      rating: null,
      reviewCount: 0,
      hasPrices: priced.has(r.id),
    });
  }
  for (const c of categoryRows) byId.get(c.productId)?.categories.push(c.slug);
  // The same recency-weighted score as the product page, so a product reads the same everywhere.
  const rated = new Map<number, RatedReview[]>();
  for (const r of reviewRows) {
    const list = rated.get(r.productId) ?? [];
    list.push({ overall: r.overall, publishedOn: (r.publishedAt ?? `${today}T`).slice(0, 10) });
    rated.set(r.productId, list);
  }
  for (const [productId, list] of rated) {
    const e = byId.get(productId);
    if (!e) continue;
    const score = weightedScore(list, today);
    e.rating = score === null ? null : Math.round(score * 10) / 10;
    e.reviewCount = list.length;
  }
  for (const b of badgeRows) {
    const e = byId.get(b.productId);
    if (!e) continue;
    const currency = badgeCurrency(b, today);
    if (currency.hidden) continue;
    const dated = b.assessedOn ?? b.periodEnd;
    if (dated && (!e.latestAssessment || dated > e.latestAssessment)) e.latestAssessment = dated;
    if (b.mapped) {
      if (b.kind === "irap" && (!e.fedrampLevel || classificationRank(b.level as IrapLevel) > classificationRank(e.fedrampLevel))) {
        e.fedrampLevel = b.level as IrapLevel;
      }
      continue;
    }
    applyBadge(e, b.kind, b.level, currency.state);
  }
  return [...byId.values()];
}

/** Folds one badge into the entry's facet values; the strongest IRAP assessment wins. */
function applyBadge(e: CatalogueEntry, kind: string, level: string, state: CatalogueEntry["irapCurrency"]) {
  switch (kind) {
    case "irap": {
      const lvl = level as IrapLevel;
      if (!e.irapLevel || classificationRank(lvl) > classificationRank(e.irapLevel)) {
        e.irapLevel = lvl;
        e.irapCurrency = state;
      }
      return;
    }
    case "hcf":
      e.hcf = level as HcfLevel;
      return;
    case "e8":
      e.e8 = level as E8Level;
      return;
    case "iso27001":
    case "soc2":
    case "csa_star":
      if (state !== "overdue" && !e.certifications.includes(kind as CertificationFacet)) e.certifications.push(kind as CertificationFacet);
      return;
  }
}
