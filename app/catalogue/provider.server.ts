import { asc, count, eq, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, providers } from "~db/schema";
import { providerColumns } from "./columns.server";

export type ProviderSummary = ReturnType<typeof listProviders>[number];

export function listProviders() {
  return (
    db()
      .select({ ...providerColumns, productCount: count(products.id) })
      .from(providers)
      .leftJoin(products, eq(products.providerId, providers.id))
      .groupBy(providers.id)
      // Australian listings first (the FedRAMP import adds hundreds of US providers), then A to Z
      // whatever the case: "Abbott" before "AT&T".
      .orderBy(sql`${providers.source} = 'fedramp'`, sql`${providers.name} collate nocase`)
      .all()
  );
}

export function getProviderBySlug({ slug }: { slug: string }) {
  const provider = db().select(providerColumns).from(providers).where(eq(providers.slug, slug)).get();
  if (!provider) return null;
  const productList = db()
    .select({ slug: products.slug, name: products.name, summary: products.summary, serviceModel: products.serviceModel })
    .from(products)
    .where(eq(products.providerId, provider.id))
    .orderBy(asc(products.name))
    .all();
  return { ...provider, products: productList };
}
