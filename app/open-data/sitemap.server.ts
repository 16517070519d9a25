/** Public, indexable pages for /sitemap.xml: only published articles, never drafts. */
import { asc, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { articles, products, providers } from "~db/schema";

export function sitemapEntries(): { path: string; lastmod: string | null }[] {
  const productRows = db().select({ slug: products.slug, updatedAt: products.updatedAt }).from(products).orderBy(asc(products.slug)).all();
  const providerRows = db()
    .select({ slug: providers.slug, updatedAt: providers.updatedAt })
    .from(providers)
    .orderBy(asc(providers.slug))
    .all();
  const articleRows = db()
    .select({ slug: articles.slug, updatedAt: articles.updatedAt })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(asc(articles.slug))
    .all();
  return [
    { path: "/", lastmod: null },
    { path: "/products", lastmod: null },
    { path: "/providers", lastmod: null },
    { path: "/articles", lastmod: null },
    ...productRows.map((r) => ({ path: `/products/${r.slug}`, lastmod: r.updatedAt })),
    ...providerRows.map((r) => ({ path: `/providers/${r.slug}`, lastmod: r.updatedAt })),
    ...articleRows.map((r) => ({ path: `/articles/${r.slug}`, lastmod: r.updatedAt })),
  ];
}
