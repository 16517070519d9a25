/**
 * How products line up with a buyer's proposed purchase. The engine is pure; this module feeds it
 * product facts from the badges table and the rule versions from the database. The catalogue needs
 * a verdict for every product on every page view, so those are cached per (data_version, rule
 * versions, purchase, today): judging the whole catalogue happens once per change, not per request.
 */
import { eq } from "drizzle-orm";
import { createHash } from "node:crypto";
import { db } from "~db/client.server";
import { assessors, badges } from "~db/schema";
import { todayIso, type IsoDate } from "~/platform/dates";
import type { BadgeFacts, ProductFacts } from "./product-facts";
import type { ProposedPurchase } from "./purchase";
import { evaluatePurchase, fitsPurchase, productRules, summarise, type RuleResult, type Summary } from "./rules";
import { dataVersion } from "~db/data-version.server";
import { loadRuleVersions, rulesFingerprint, type StoredRuleVersion } from "./rules.server";
import { assessorJoin, badgeFactColumns } from "~/assurance/badge-columns.server";

const badgeColumns = {
  productId: badges.productId,
  ...badgeFactColumns,
};

function toFacts({ productId: _, ...b }: { productId: number } & BadgeFacts): BadgeFacts {
  return b;
}

function productFacts({ productId, name }: { productId: number; name: string }): ProductFacts {
  const rows = db().select(badgeColumns).from(badges).leftJoin(assessors, assessorJoin).where(eq(badges.productId, productId)).all();
  // The schema has no "awaiting HCF certification" column yet (see product-facts.ts).
  return { name, badges: rows.map(toFacts), awaitingHcfCertification: false };
}

function allBadgeFacts(): Map<number, BadgeFacts[]> {
  const rows = db().select(badgeColumns).from(badges).leftJoin(assessors, assessorJoin).all();
  const byProduct = new Map<number, BadgeFacts[]>();
  for (const row of rows) {
    const list = byProduct.get(row.productId) ?? [];
    list.push(toFacts(row));
    byProduct.set(row.productId, list);
  }
  return byProduct;
}

/** Rule results for one product, with the stored rule versions they were judged by. */
export function alignProduct({
  productId,
  name,
  purchase,
  today = todayIso(),
  rules = loadRuleVersions(),
}: {
  productId: number;
  name: string;
  purchase: ProposedPurchase;
  today?: IsoDate;
  rules?: StoredRuleVersion[];
}): RuleResult[] {
  return evaluatePurchase({ purchase, product: productFacts({ productId, name }), rules, today });
}

export interface Alignment {
  summary: Summary;
  fits: boolean;
}

function purchaseHash(purchase: ProposedPurchase): string {
  const sorted = Object.fromEntries(Object.entries(purchase).sort(([a], [b]) => a.localeCompare(b)));
  return createHash("sha1").update(JSON.stringify(sorted)).digest("hex").slice(0, 16);
}

// A few buyers' purchases at once; the oldest is dropped when full.
const MAX_CACHED = 32;
const cache = new Map<string, Map<number, Alignment>>();

/** Summary and "meets every rule" for every product in the catalogue, keyed by product id. */
export function catalogueAlignment({
  purchase,
  products,
  today = todayIso(),
}: {
  purchase: ProposedPurchase;
  products: readonly { id: number; name: string }[];
  today?: IsoDate;
}): Map<number, Alignment> {
  const rules = loadRuleVersions();
  const key = `${dataVersion()}:${rulesFingerprint(rules)}:${purchaseHash(purchase)}:${today}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const facts = allBadgeFacts();
  const result = new Map<number, Alignment>();
  for (const p of products) {
    const product: ProductFacts = { name: p.name, badges: facts.get(p.id) ?? [], awaitingHcfCertification: false };
    const results = evaluatePurchase({ purchase, product, rules, today });
    // The catalogue compares products: their summary counts the rules that depend on the product.
    result.set(p.id, { summary: summarise(productRules(results)), fits: fitsPurchase(results) });
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}
