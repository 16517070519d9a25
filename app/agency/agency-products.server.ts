/**
 * An agency's own list of the products it uses (product_agencies). Every function is scoped by the
 * agency's id, so staff can only ever read or change their own agency's rows.
 */
import { and, asc, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, productAgencies, products, providers } from "~db/schema";
import type { Relationship } from "./vocabulary";

const entryColumns = {
  productId: products.id,
  slug: products.slug,
  name: products.name,
  providerName: providers.name,
  productSource: products.source,
  relationship: productAgencies.relationship,
  since: productAgencies.since,
};

export type AgencyProductEntry = {
  productId: number;
  slug: string;
  name: string;
  providerName: string;
  productSource: string;
  relationship: string;
  since: string | null;
};

export function agencyById({ agencyId }: { agencyId: number }) {
  return (
    db().select({ id: agencies.id, name: agencies.name, source: agencies.source }).from(agencies).where(eq(agencies.id, agencyId)).get() ??
    null
  );
}

export function agencyProductEntries({ agencyId }: { agencyId: number }): AgencyProductEntry[] {
  return db()
    .select(entryColumns)
    .from(productAgencies)
    .innerJoin(products, eq(products.id, productAgencies.productId))
    .innerJoin(providers, eq(providers.id, products.providerId))
    .where(eq(productAgencies.agencyId, agencyId))
    .orderBy(asc(products.name))
    .all();
}

export function agencyProductEntry({ agencyId, productId }: { agencyId: number; productId: number }): AgencyProductEntry | null {
  return (
    db()
      .select(entryColumns)
      .from(productAgencies)
      .innerJoin(products, eq(products.id, productAgencies.productId))
      .innerJoin(providers, eq(providers.id, products.providerId))
      .where(and(eq(productAgencies.agencyId, agencyId), eq(productAgencies.productId, productId)))
      .get() ?? null
  );
}

const own = (agencyId: number, productId: number) => and(eq(productAgencies.agencyId, agencyId), eq(productAgencies.productId, productId));

/** False when the product is already on the list (the primary key refuses a second row). */
export function addAgencyProduct({
  agencyId,
  productId,
  relationship,
  since,
}: {
  agencyId: number;
  productId: number;
  relationship: Relationship;
  since: string | null;
}): boolean {
  const result = db().insert(productAgencies).values({ agencyId, productId, relationship, since }).onConflictDoNothing().run();
  return result.changes === 1;
}

export function updateAgencyProduct({
  agencyId,
  productId,
  relationship,
  since,
}: {
  agencyId: number;
  productId: number;
  relationship: Relationship;
  since: string | null;
}): boolean {
  return db().update(productAgencies).set({ relationship, since }).where(own(agencyId, productId)).run().changes === 1;
}

export function removeAgencyProduct({ agencyId, productId }: { agencyId: number; productId: number }): boolean {
  return db().delete(productAgencies).where(own(agencyId, productId)).run().changes === 1;
}
