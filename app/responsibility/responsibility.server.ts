/**
 * A product's shared responsibility model as stored: its service model's defaults plus its rows in
 * responsibility_overrides, and whether the provider makes customers sign community rules.
 */
import { eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, providers, responsibilityOverrides } from "~db/schema";
import type { CurrentUser } from "~/accounts/user.server";
import { audit } from "~/audit/audit.server";
import type { ResponsibilitySnapshot } from "./export";
import { planOverrides, type ResponsibilityForm } from "./form";
import { compareResponsibility, mergeResponsibility, serviceModelOrFallback, type ResponsibilityRow } from "./model";

export interface ResponsibilityModel {
  productId: number;
  serviceModel: ReturnType<typeof serviceModelOrFallback>;
  communityRulesRequired: boolean;
  providerCommunityRules: boolean;
  rows: ResponsibilityRow[];
}

const productColumns = {
  id: products.id,
  serviceModel: products.serviceModel,
  communityRulesRequired: products.communityRulesRequired,
  providerCommunityRules: providers.communityRules,
};

function overridesFor(productIds: number[]) {
  if (productIds.length === 0) return [];
  return db()
    .select({
      productId: responsibilityOverrides.productId,
      area: responsibilityOverrides.area,
      party: responsibilityOverrides.party,
      note: responsibilityOverrides.note,
    })
    .from(responsibilityOverrides)
    .where(inArray(responsibilityOverrides.productId, productIds))
    .all();
}

function buildModel(
  p: { id: number; serviceModel: string; communityRulesRequired: boolean; providerCommunityRules: boolean },
  overrides: ReturnType<typeof overridesFor>,
): ResponsibilityModel {
  const serviceModel = serviceModelOrFallback(p.serviceModel);
  return {
    productId: p.id,
    serviceModel,
    communityRulesRequired: p.communityRulesRequired,
    providerCommunityRules: p.providerCommunityRules,
    rows: mergeResponsibility({ serviceModel, overrides: overrides.filter((o) => o.productId === p.id) }),
  };
}

export function getResponsibilityModels({ productIds }: { productIds: number[] }): ResponsibilityModel[] {
  if (productIds.length === 0) return [];
  const found = db()
    .select(productColumns)
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(inArray(products.id, productIds))
    .all();
  const overrides = overridesFor(found.map((p) => p.id));
  const byId = new Map(found.map((p) => [p.id, buildModel(p, overrides)]));
  // Keep the caller's order: it is the order of the columns in a comparison.
  return productIds.flatMap((id) => byId.get(id) ?? []);
}

export function getResponsibilityModel({ productId }: { productId: number }): ResponsibilityModel | null {
  return getResponsibilityModels({ productIds: [productId] })[0] ?? null;
}

/** Rows for a side-by-side comparison, areas down the side and the given products across. */
export function responsibilityRowsForCompare(productIds: number[]) {
  const models = getResponsibilityModels({ productIds });
  return { models, rows: compareResponsibility(models) };
}

/**
 * The model as plain JSON for a shortlist's evidence pack: built fresh from the rows so that later
 * edits to the live listing can never reach a snapshot already taken.
 */
export function responsibilitySnapshot(productId: number) {
  const model = getResponsibilityModel({ productId });
  if (!model) return null;
  return JSON.parse(
    JSON.stringify({
      serviceModel: model.serviceModel,
      communityRulesRequired: model.communityRulesRequired,
      areas: model.rows.map((r) => ({
        area: r.area,
        label: r.label,
        party: r.party,
        note: r.note,
        defaultParty: r.defaultParty,
        differsFromDefault: r.differsFromDefault,
      })),
    }),
  ) as ResponsibilitySnapshot;
}

export type { ResponsibilitySnapshot };

/** Writes an administrator's edit, and records in the audit log exactly what moved. */
export function saveResponsibility({
  ip,
  actor,
  productId,
  form,
}: {
  ip: string | null;
  actor: CurrentUser;
  productId: number;
  form: ResponsibilityForm;
}): { changed: number } {
  const current = getResponsibilityModel({ productId });
  if (!current) throw new Error(`No product ${productId}`);
  const { upserts, changes } = planOverrides({ serviceModel: current.serviceModel, current: current.rows, entries: form.entries });
  const communityChanged = current.communityRulesRequired !== form.communityRulesRequired;

  db().transaction((tx) => {
    for (const u of upserts) {
      tx.insert(responsibilityOverrides)
        .values({ productId, area: u.area, party: u.party, note: u.note })
        .onConflictDoUpdate({
          target: [responsibilityOverrides.productId, responsibilityOverrides.area],
          set: { party: u.party, note: u.note },
        })
        .run();
    }
    if (communityChanged) {
      tx.update(products)
        .set({ communityRulesRequired: form.communityRulesRequired, updatedAt: new Date().toISOString() })
        .where(eq(products.id, productId))
        .run();
    }
  });

  if (changes.length > 0 || communityChanged) {
    audit({
      ip,
      actor,
      action: "responsibility.update",
      entity: "product",
      entityId: productId,
      details: {
        areas: changes,
        ...(communityChanged ? { communityRulesRequired: { from: current.communityRulesRequired, to: form.communityRulesRequired } } : {}),
      },
    });
  }
  return { changed: changes.length + (communityChanged ? 1 : 0) };
}

/** The little the edit and duties pages need to name a product, found by its slug. */
export function productForResponsibility({ slug }: { slug: string }) {
  return (
    db()
      .select({
        id: products.id,
        slug: products.slug,
        name: products.name,
        serviceModel: products.serviceModel,
        providerName: providers.name,
      })
      .from(products)
      .innerJoin(providers, eq(products.providerId, providers.id))
      .where(eq(products.slug, slug))
      .get() ?? null
  );
}
