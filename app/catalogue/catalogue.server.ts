/**
 * Derives the catalogue's facet rows from the database. The rows depend only on the data and on
 * today's date (badge currency), so they are cached per (data_version, today): a request costs
 * one indexed lookup of the version unless something changed.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { badges, categories, productCategories, products, providers, reviews } from "~db/schema";
import { badgeCurrency } from "~/assurance/currency";
import type { CatalogueEntry, CertificationFacet } from "./facets";
import { classificationRank, type E8Level, type HcfLevel, type IrapLevel } from "~/assurance/vocabulary";
import { type ServiceModel } from "./vocabulary";
import { todayIso } from "~/platform/dates";
import { dataVersion } from "~db/data-version.server";
import { badgeDateColumns } from "~/assurance/badge-columns.server";

let cache: { key: string; entries: CatalogueEntry[] } | undefined;

export function catalogueEntries(today = todayIso()): CatalogueEntry[] {
  const key = `${dataVersion()}:${today}`;
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
    })
    .from(badges)
    .all();
  const ratingRows = db()
    .select({
      productId: reviews.productId,
      average: sql<number>`avg(${reviews.overall})`,
      count: sql<number>`count(*)`,
    })
    .from(reviews)
    .where(and(eq(reviews.status, "published")))
    .groupBy(reviews.productId)
    .all();

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
      irapLevel: null,
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
    });
  }
  for (const c of categoryRows) byId.get(c.productId)?.categories.push(c.slug);
  for (const r of ratingRows) {
    const e = byId.get(r.productId);
    if (e) {
      e.rating = Math.round(r.average * 10) / 10;
      e.reviewCount = r.count;
    }
  }
  for (const b of badgeRows) {
    const e = byId.get(b.productId);
    if (!e) continue;
    const currency = badgeCurrency(b, today);
    if (currency.hidden) continue;
    const dated = b.assessedOn ?? b.periodEnd;
    if (dated && (!e.latestAssessment || dated > e.latestAssessment)) e.latestAssessment = dated;
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
