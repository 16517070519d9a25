/** Products with price lists for the compare, catalogue and evidence-pack price tests: built row by row. */
import { db } from "~db/client.server";
import { priceLists, products, providers } from "~db/schema";
import type { PriceItem, PriceUnit } from "~/pricing/price-items";

/** One price item: flat at `dollars` per unit, or graduated when `tiers` are given ([from, dollars]). */
export function item(
  key: string,
  unit: PriceUnit,
  dollars: number,
  { tiers, gst = "taxable" }: { tiers?: [number, number][]; gst?: PriceItem["gst"] } = {},
): PriceItem {
  const steps = tiers ?? [[0, dollars]];
  return {
    key,
    name: `${key} item`,
    unit,
    gst,
    billingPeriod: "monthly",
    minimumTermMonths: null,
    minimumCommitmentMicros: null,
    tiers: steps.map(([fromQuantity, d]) => ({ fromQuantity, unitPriceMicros: Math.round(d * 1_000_000) })),
  };
}

let providerId: number | null = null;

function provider(): number {
  providerId ??= db()
    .insert(providers)
    .values({ slug: "price-test-provider", name: "Price Test Provider" })
    .returning({ id: providers.id })
    .get().id;
  return providerId;
}

export function addList(productId: number, list: { from: string; items: PriceItem[]; source?: "provider" | "sample" }) {
  db()
    .insert(priceLists)
    .values({
      productId,
      effectiveFrom: list.from,
      items: list.items as unknown as Record<string, unknown>[],
      source: list.source ?? "provider",
      approvedAt: `${list.from}T00:00:00.000Z`,
    })
    .run();
}

/** A product (listed under the shared test provider) with its approved lists. */
export function addPricedProduct(slug: string, lists: { from: string; items: PriceItem[]; source?: "provider" | "sample" }[]): number {
  const id = db()
    .insert(products)
    .values({ slug, providerId: provider(), name: `${slug} name`, serviceModel: "IaaS", listedOn: "2024-01-01" })
    .returning({ id: products.id })
    .get().id;
  for (const list of lists) addList(id, list);
  return id;
}
