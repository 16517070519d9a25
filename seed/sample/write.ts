/**
 * Writes a built sample catalogue through a synchronous drizzle handle (the seed passes its
 * transaction). Rows are labelled source 'sample' so that `--force` can find and replace them.
 */
import type { RunResult } from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "~db/schema";
import type { SampleCatalogue } from "./catalogue";

/** The database or a transaction on it: both write synchronously. */
export type Writer = BaseSQLiteDatabase<"sync", RunResult, typeof schema>;

const { agencies, assessors, badges, categories, productAgencies, productCategories, productDependencies, products, providers } = schema;

/** better-sqlite3 caps bound parameters per statement; batches keep far below the cap. */
function chunks<T>(rows: T[], size = 150): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function idsBySlug(rows: { id: number; slug: string }[]): Map<string, number> {
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Sample ${what} not found: ${key}`);
  return id;
}

export function removeSampleRows(w: Writer): void {
  // Cascades take the badges, links and reviews of sample products with them.
  w.delete(products).where(eq(products.source, "sample")).run();
  w.delete(providers).where(eq(providers.source, "sample")).run();
  w.delete(agencies).where(eq(agencies.source, "sample")).run();
  w.delete(assessors).where(eq(assessors.source, "sample")).run();
}

export interface WrittenIds {
  /** By slug. */
  providers: Map<string, number>;
  /** By name. */
  agencies: Map<string, number>;
}

export function writeCatalogue(w: Writer, cat: SampleCatalogue): WrittenIds {
  // Categories have no source column and imports may file products under them: upsert, never delete.
  const categoryIds = idsBySlug(
    cat.categories.map((c) =>
      w
        .insert(categories)
        .values(c)
        .onConflictDoUpdate({ target: categories.slug, set: { name: c.name, description: c.description } })
        .returning({ id: categories.id, slug: categories.slug })
        .get(),
    ),
  );

  const providerIds = idsBySlug(
    w
      .insert(providers)
      .values(
        cat.providers.map(({ hcf: _hcf, deploymentModel: _dm, about, ...p }) => ({
          ...p,
          summary: `Sample provider: ${p.name} is ${about}.`,
          website: `https://${p.slug}.example.com`,
          source: "sample" as const,
        })),
      )
      .returning({ id: providers.id, slug: providers.slug })
      .all(),
  );

  const productIds = new Map<string, number>();
  for (const batch of chunks(cat.products)) {
    const rows = w
      .insert(products)
      .values(
        batch.map(({ providerSlug, categorySlugs: _c, ...p }) => ({
          ...p,
          providerId: lookup(providerIds, providerSlug, "provider"),
          source: "sample" as const,
        })),
      )
      .returning({ id: products.id, slug: products.slug })
      .all();
    for (const r of rows) productIds.set(r.slug, r.id);
  }
  const productId = (slug: string) => lookup(productIds, slug, "product");

  const links = cat.products.flatMap((p) =>
    p.categorySlugs.map((c) => ({ productId: productId(p.slug), categoryId: lookup(categoryIds, c, "category") })),
  );
  for (const batch of chunks(links, 400)) w.insert(productCategories).values(batch).run();

  const assessorIds = idsBySlug(
    w
      .insert(assessors)
      .values(cat.assessors.map((a) => ({ ...a, source: "sample" as const })))
      .returning({ id: assessors.id, slug: assessors.slug })
      .all(),
  );
  const agencyIds = new Map(
    w
      .insert(agencies)
      .values(cat.agencies.map((a) => ({ ...a, source: "sample" as const })))
      .returning({ id: agencies.id, name: agencies.name })
      .all()
      .map((a) => [a.name, a.id]),
  );

  for (const batch of chunks(cat.badges)) {
    w.insert(badges)
      .values(
        batch.map(({ productSlug, assessorSlug, ...b }) => ({
          ...b,
          productId: productId(productSlug),
          assessorId: assessorSlug ? lookup(assessorIds, assessorSlug, "assessor") : null,
        })),
      )
      .run();
  }

  for (const batch of chunks(cat.productAgencies, 300)) {
    w.insert(productAgencies)
      .values(
        batch.map((l) => ({
          productId: productId(l.productSlug),
          agencyId: lookup(agencyIds, l.agencyName, "agency"),
          relationship: l.relationship,
        })),
      )
      .run();
  }

  const deps = cat.dependencies.map((d) => ({ productId: productId(d.productSlug), builtOnProductId: productId(d.builtOnSlug) }));
  for (const batch of chunks(deps, 300)) w.insert(productDependencies).values(batch).run();

  return { providers: providerIds, agencies: agencyIds };
}
