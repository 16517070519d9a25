/**
 * Prices for compare and the catalogue, worded on the server so the pages ship sentences: each
 * product's list in force, its lowest price per unit, and the buyer's estimate re-priced on each
 * product by unit (compare-prices.ts). The buyer's purchase comes in as plain values: this folder
 * knows nothing of procurement.
 */
import { and, desc, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { priceLists, products } from "~db/schema";
import { formatDate, type IsoDate } from "~/platform/dates";
import {
  estimateByUnit,
  estimateInWords,
  PRICE_ON_REQUEST,
  quantitiesByUnit,
  termInWords,
  unitPriceInWords,
  unitsPriced,
  type EstimateBasis,
  type UnitEstimate,
} from "./compare-prices";
import { PRICE_UNIT_LABELS, type PriceItem } from "./price-items";
import { listsInForce, priceListInForce, type PriceListView } from "./prices.server";

/** What compare and the exports read of a list in force (listsInForce in prices.server.ts gives more). */
export type ListInForce = Pick<PriceListView, "effectiveFrom" | "source" | "items">;

/** The part of a purchase an estimate is re-priced from (ProposedPurchase has this shape). */
export interface PurchaseForEstimate {
  initialTermMonths: number;
  extensionMonths: number[];
  costEstimate?: { productSlug: string; productName: string; priceListFrom: IsoDate; quantities: Record<string, number> };
}

/**
 * The buyer's estimate as a basis for re-pricing: the quantities against the list they were
 * entered on (the one starting on the estimate's date; the list in force if that one has gone),
 * with the purchase's own term and extension options. Null without an estimate.
 */
export function estimateBasisFor({ purchase, today }: { purchase: PurchaseForEstimate | null; today: IsoDate }): EstimateBasis | null {
  const made = purchase?.costEstimate;
  if (!purchase || !made) return null;
  const product = db().select({ id: products.id }).from(products).where(eq(products.slug, made.productSlug)).get();
  if (!product) return null;
  const used = db()
    .select({ items: priceLists.items })
    .from(priceLists)
    .where(and(eq(priceLists.productId, product.id), eq(priceLists.effectiveFrom, made.priceListFrom)))
    .orderBy(desc(priceLists.id))
    .get();
  const items = (used?.items as unknown as PriceItem[] | undefined) ?? priceListInForce({ productId: product.id, today })?.items;
  if (!items) return null;
  return {
    sourceSlug: made.productSlug,
    sourceName: made.productName,
    sourceItems: items,
    quantities: made.quantities,
    byUnit: quantitiesByUnit(items, made.quantities),
    termMonths: purchase.initialTermMonths,
    extensionMonths: purchase.extensionMonths.reduce((a, b) => a + b, 0),
  };
}

export interface PriceRow {
  label: string;
  cells: { text: string; key?: string }[];
}

export interface ComparePrices {
  rows: PriceRow[];
  /** What the estimate row priced, in a sentence; null without an estimate. */
  estimateNote: string | null;
}

function listWords(list: ListInForce | undefined): { text: string; key: string } {
  if (!list) return { text: PRICE_ON_REQUEST, key: "none" };
  const sample = list.source === "sample" ? " (sample prices)" : "";
  return { text: `In force from ${formatDate(list.effectiveFrom)}${sample}`, key: `list${sample}` };
}

function estimateKey(e: UnitEstimate): string {
  return e.kind === "priced" ? String(e.estimate.totalGstInc) : e.kind;
}

/** Compare's "Prices" rows, one cell per product in the order given. */
export function comparePriceRows({
  products: compared,
  today,
  basis,
}: {
  products: { id: number; slug: string }[];
  today: IsoDate;
  basis: EstimateBasis | null;
}): ComparePrices {
  const lists = listsInForce({ productIds: compared.map((p) => p.id), today });
  const itemsOf = compared.map((p) => lists.get(p.id)?.items ?? null);
  const rows: PriceRow[] = [{ label: "Price list", cells: compared.map((p) => listWords(lists.get(p.id))) }];
  for (const unit of unitsPriced(itemsOf)) {
    rows.push({
      label: `Lowest price ${PRICE_UNIT_LABELS[unit]}`,
      cells: itemsOf.map((items) => ({ text: unitPriceInWords(items, unit) })),
    });
  }
  if (!basis) return { rows, estimateNote: null };
  const estimates = compared.map((p, i) => estimateByUnit({ slug: p.slug, items: itemsOf[i], basis }));
  rows.push({ label: "Estimate for your purchase", cells: estimates.map((e) => ({ text: estimateInWords(e), key: estimateKey(e) })) });
  return { rows, estimateNote: basisInWords(basis) };
}

/** "Your estimate on Wattle Compute: 4 per vCPU-hour, 500 per GB per month, over 36 months (…)". */
export function basisInWords(basis: EstimateBasis): string {
  const units = [...basis.byUnit].map(([u, q]) => `${q.toLocaleString("en-AU")} ${PRICE_UNIT_LABELS[u]}`).join(", ");
  return `Estimates re-price your estimate on ${basis.sourceName} (quantities ${units}) unit by unit on each product's price list in force, over ${termInWords(basis.termMonths, basis.extensionMonths)}, each unit at the product's cheapest item in it. A product that does not price a unit leaves it out and says so.`;
}

/** The catalogue's "estimated cost" for each product that can be priced: GST inclusive dollars. */
export function catalogueEstimates({
  entries,
  today,
  basis,
}: {
  entries: readonly { id: number; slug: string }[];
  today: IsoDate;
  basis: EstimateBasis;
}): Map<number, { gstInc: number; unmatched: number }> {
  const lists = listsInForce({ today });
  const out = new Map<number, { gstInc: number; unmatched: number }>();
  for (const e of entries) {
    const list = lists.get(e.id);
    if (!list) continue;
    const priced = estimateByUnit({ slug: e.slug, items: list.items, basis });
    if (priced.kind === "priced") out.set(e.id, { gstInc: priced.estimate.totalGstInc, unmatched: priced.unmatched.length });
  }
  return out;
}
