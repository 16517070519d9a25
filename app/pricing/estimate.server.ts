/**
 * The estimate page's data: which products have a price list in force, one product's list, and
 * the estimate form read into an `EstimateRequest` (or one plain message per field). The form's
 * fields are named after the list's items, so they are read here rather than by a fixed zod schema.
 */
import { asc, eq, lte } from "drizzle-orm";
import { db } from "~db/client.server";
import { priceLists, products, providers } from "~db/schema";
import type { IsoDate } from "~/platform/dates";
import type { FieldErrors, FormReply } from "~/platform/form-reply";
import { estimateCost, QUANTITY_DECIMALS, quantityField, type CostEstimate, type EstimateRequest } from "./estimate";
import type { PriceItem } from "./price-items";
import { priceListInForce, type PriceListView } from "./prices.server";

export interface PricedProduct {
  slug: string;
  name: string;
  providerName: string;
}

/** Products with an approved price list in force today, by name: the estimate page's choice. */
export function productsWithPrices({ today }: { today: IsoDate }): PricedProduct[] {
  return db()
    .selectDistinct({ slug: products.slug, name: products.name, providerName: providers.name })
    .from(products)
    .innerJoin(providers, eq(providers.id, products.providerId))
    .innerJoin(priceLists, eq(priceLists.productId, products.id))
    .where(lte(priceLists.effectiveFrom, today))
    .orderBy(asc(products.name))
    .all();
}

export interface ProductPrices extends PricedProduct {
  list: PriceListView | null;
}

/** A product by slug with the list in force today (null when it has none); null for no such product. */
export function productPrices({ slug, today }: { slug: string; today: IsoDate }): ProductPrices | null {
  const product = db()
    .select({ id: products.id, slug: products.slug, name: products.name, providerName: providers.name })
    .from(products)
    .innerJoin(providers, eq(providers.id, products.providerId))
    .where(eq(products.slug, slug))
    .get();
  if (!product) return null;
  const { id, ...rest } = product;
  return { ...rest, list: priceListInForce({ productId: id, today }) };
}

const MAX_MONTHS = 600;
/** More than any cloud purchase buys of anything; a larger figure is a typing slip. */
const MAX_QUANTITY = 1_000_000_000;
const QUANTITY = new RegExp(`^\\d+(\\.\\d{1,${QUANTITY_DECIMALS}})?$`);

export type FormSource = URLSearchParams | FormData;

const text = (source: FormSource, name: string) => String(source.get(name) ?? "").trim();

function readMonths(value: string, { min }: { min: number }): number | null {
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= MAX_MONTHS ? n : null;
}

function readQuantity(raw: string): number | string {
  const cleaned = raw.replace(/[,\s]/g, "");
  if (cleaned === "") return 0;
  if (cleaned.startsWith("-")) return "A quantity cannot be negative";
  if (!QUANTITY.test(cleaned)) return `Enter a number, like 4 or 1.5 (up to ${QUANTITY_DECIMALS} decimal places), or leave it blank`;
  const n = Number(cleaned);
  return n > MAX_QUANTITY ? `Enter ${MAX_QUANTITY.toLocaleString("en-AU")} or less` : n;
}

export type ParsedEstimate = { ok: true; request: EstimateRequest; estimate: CostEstimate } | { ok: false; errors: FieldErrors };

/**
 * Reads the estimate form against the product's list in force. Field errors are keyed by field
 * name; a problem with the whole form (a quantity for an item the list does not have) by "".
 */
export function parseEstimateForm(source: FormSource, product: ProductPrices | null): ParsedEstimate {
  const errors: FieldErrors = {};
  if (!product) return { ok: false, errors: { product: "Choose a product from the list" } };
  const items: PriceItem[] = product.list?.items ?? [];
  if (!product.list) {
    return { ok: false, errors: { product: `${product.name} has no approved prices in force: choose a product from the list` } };
  }
  const termMonths = readMonths(text(source, "termMonths"), { min: 1 });
  if (termMonths === null) errors.termMonths = "Enter the initial term in whole months, from 1 to 600, for example 24";
  const options = text(source, "extensionMonths")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => readMonths(p, { min: 1 }));
  if (options.some((n) => n === null)) {
    errors.extensionMonths =
      "Enter each extension option in whole months, separated by commas, for example 12, 12 (leave blank if there are none)";
  }
  const known = new Set(items.map((i) => quantityField(i.key)));
  const unknown = [...new Set([...source.keys()])].filter((name) => name.startsWith("q-") && !known.has(name));
  if (unknown.length > 0) {
    errors[""] =
      `${product.name}'s price list has no item ${unknown.map((n) => `"${n.slice(2)}"`).join(", ")}: the list may have changed, so check the quantities and show the estimate again`;
  }
  const quantities: Record<string, number> = {};
  for (const item of items) {
    const q = readQuantity(text(source, quantityField(item.key)));
    if (typeof q === "string") errors[quantityField(item.key)] = q;
    else if (q > 0) quantities[item.key] = q;
  }
  if (Object.keys(errors).length === 0 && Object.keys(quantities).length === 0) {
    errors[quantityField(items[0].key)] = "Enter a quantity for at least one item";
  }
  if (Object.keys(errors).length > 0 || termMonths === null) return { ok: false, errors };
  const extensionOptions = options as number[];
  const extensionMonths = extensionOptions.reduce((a, b) => a + b, 0);
  const request: EstimateRequest = { productSlug: product.slug, termMonths, extensionOptions, quantities };
  return { ok: true, request, estimate: estimateCost({ items, quantities, termMonths, extensionMonths }) };
}

const ECHOED = (name: string) => name === "product" || name === "termMonths" || name === "extensionMonths" || name.startsWith("q-");

/** The reply the page reads (platform/form-reply.ts): what was typed, and the messages if any. */
export function estimateReply(source: FormSource, errors: FieldErrors = {}): FormReply {
  const initialValue = Object.fromEntries([...source.entries()].filter(([name]) => ECHOED(name)).map(([name, v]) => [name, String(v)]));
  const error = Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, [message]]));
  return Object.keys(error).length > 0 ? { status: "error", initialValue, error } : { initialValue };
}
