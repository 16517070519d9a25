import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "~db/client.server";
import {
  agencies,
  assessors,
  badges,
  categories,
  productAgencies,
  productCategories,
  productDependencies,
  products,
  providers,
  reviews,
} from "~db/schema";
import { badgeCurrency, type Currency } from "~/assurance/currency";
import { BADGE_KINDS } from "~/assurance/vocabulary";
import { todayIso } from "~/platform/dates";
import { assessorJoin, badgeColumns } from "~/assurance/badge-columns.server";
import { listingColumns, providerFactColumns } from "./columns.server";

export type ProductBadge = Awaited<ReturnType<typeof productBadges>>[number];

/** Everything the product page shows, with explicit columns only. */
export function getProductBySlug({ slug, today = todayIso() }: { slug: string; today?: string }) {
  const product = db()
    .select({
      ...listingColumns,
      description: products.description,
      mappedFields: products.mappedFields,
      provider: {
        id: providers.id,
        slug: providers.slug,
        name: providers.name,
        source: providers.source,
        ...providerFactColumns,
      },
    })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(eq(products.slug, slug))
    .get();
  if (!product) return null;

  const productCategoryList = db()
    .select({ slug: categories.slug, name: categories.name })
    .from(productCategories)
    .innerJoin(categories, eq(productCategories.categoryId, categories.id))
    .where(eq(productCategories.productId, product.id))
    .orderBy(asc(categories.name))
    .all();

  const agencyList = db()
    .select({ name: agencies.name, relationship: productAgencies.relationship, source: agencies.source })
    .from(productAgencies)
    .innerJoin(agencies, eq(productAgencies.agencyId, agencies.id))
    .where(eq(productAgencies.productId, product.id))
    .orderBy(asc(agencies.name))
    .all();

  const rating = db()
    .select({ average: sql<number | null>`avg(${reviews.overall})`, count: sql<number>`count(*)` })
    .from(reviews)
    .where(and(eq(reviews.productId, product.id), eq(reviews.status, "published")))
    .get();

  return {
    ...product,
    categories: productCategoryList,
    badges: productBadges(product.id, today),
    agencies: agencyList,
    ...productRelations(product.id),
    rating: { average: rating?.average ?? null, count: rating?.count ?? 0 },
  };
}

export function productBadges(productId: number, today: string) {
  const rows = db()
    .select({
      ...badgeColumns,
    })
    .from(badges)
    .leftJoin(assessors, assessorJoin)
    .where(eq(badges.productId, productId))
    .all();
  const order = (k: string) => BADGE_KINDS.indexOf(k as (typeof BADGE_KINDS)[number]);
  return rows
    .map((b) => ({ ...b, currency: badgeCurrency(b, today) as Currency }))
    .filter((b) => !b.currency.hidden)
    .sort((a, b) => order(a.kind) - order(b.kind) || (b.assessedOn ?? "").localeCompare(a.assessedOn ?? ""));
}

function productRelations(productId: number) {
  const other = alias(products, "other");
  const otherProvider = alias(providers, "other_provider");
  const columns = { slug: other.slug, name: other.name, providerName: otherProvider.name, serviceModel: other.serviceModel };
  const builtOn = db()
    .select(columns)
    .from(productDependencies)
    .innerJoin(other, eq(productDependencies.builtOnProductId, other.id))
    .innerJoin(otherProvider, eq(other.providerId, otherProvider.id))
    .where(eq(productDependencies.productId, productId))
    .orderBy(asc(other.name))
    .all();
  const builtUpon = db()
    .select(columns)
    .from(productDependencies)
    .innerJoin(other, eq(productDependencies.productId, other.id))
    .innerJoin(otherProvider, eq(other.providerId, otherProvider.id))
    .where(eq(productDependencies.builtOnProductId, productId))
    .orderBy(asc(other.name))
    .all();
  return { builtOn, builtUpon };
}

/** Slugs to ids, keeping only products that exist: for compare and shortlists. */
export function productIdsBySlugs(slugs: string[]) {
  if (slugs.length === 0) return [];
  return db().select({ id: products.id, slug: products.slug }).from(products).where(inArray(products.slug, slugs)).all();
}
