/**
 * Price items in words, shared by the public prices page, the approval queue's diff and the
 * catalogue summary (pure: no I/O), so a tier reads the same wherever it is shown.
 */
import { BILLING_PERIOD_LABELS, formatUnitPrice, GST_LABELS, PRICE_UNIT_LABELS, type PriceItem, type PriceTier } from "./price-items";
import { formatAud } from "~/platform/money";

const count = (n: number) => n.toLocaleString("en-AU");
const priceOf = (t: PriceTier) => (t.unitPriceMicros === 0 ? "free" : formatUnitPrice(t.unitPriceMicros));

/** "$0.05", or with tiers "first 1,000: $0.05; then $0.04": each tier until the next one starts. */
export function tiersInWords(tiers: PriceTier[]): string {
  if (tiers.length === 0) return "—";
  if (tiers.length === 1) return priceOf(tiers[0]);
  return tiers
    .map((t, i) => {
      const next = tiers[i + 1];
      if (!next) return `then ${priceOf(t)}`;
      const upTo = next.fromQuantity;
      return i === 0 ? `first ${count(upTo)}: ${priceOf(t)}` : `${count(t.fromQuantity)} to ${count(upTo)}: ${priceOf(t)}`;
    })
    .join("; ");
}

export function minimumsInWords(item: Pick<PriceItem, "minimumTermMonths" | "minimumCommitmentMicros">): string | null {
  const parts = [
    item.minimumTermMonths ? `minimum term ${item.minimumTermMonths} ${item.minimumTermMonths === 1 ? "month" : "months"}` : null,
    item.minimumCommitmentMicros ? `minimum spend ${formatAud(item.minimumCommitmentMicros / 1_000_000)} ex GST` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(", ") : null;
}

/** One line for the approval queue's diff: everything an approver needs to compare an item. */
export function itemInWords(item: PriceItem): string {
  const minimums = minimumsInWords(item);
  return [
    `${tiersInWords(item.tiers)} ${PRICE_UNIT_LABELS[item.unit] ?? item.unit} ex GST`,
    GST_LABELS[item.gst] ?? item.gst,
    BILLING_PERIOD_LABELS[item.billingPeriod] ?? item.billingPeriod,
    ...(minimums ? [minimums] : []),
  ].join("; ");
}

/** The cheapest paid unit price: a free tier is not what "from" means in a summary. Null when all are free. */
/**
 * The headline price: the lowest paid tier of the list's first item, which is what the provider
 * lists first (the compute, the seat). The cheapest line of any unit would read as the product's
 * price when it is a side charge ("From $0.005 per GB transferred" for a compute service).
 */
export function lowestPaidUnitPrice(items: PriceItem[]): { micros: number; unit: PriceItem["unit"]; name: string } | null {
  for (const item of items) {
    const paid = item.tiers.filter((t) => t.unitPriceMicros > 0).map((t) => t.unitPriceMicros);
    if (paid.length > 0) return { micros: Math.min(...paid), unit: item.unit, name: item.name };
  }
  return null;
}

/** "From $0.05 per vCPU-hour · 6 price items": what the catalogue and the product's glance row say. */
export function priceSummary(items: PriceItem[] | null): string {
  if (!items || items.length === 0) return "Price on request";
  const lowest = lowestPaidUnitPrice(items);
  const n = `${items.length} price ${items.length === 1 ? "item" : "items"}`;
  return lowest ? `From ${formatUnitPrice(lowest.micros)} ${PRICE_UNIT_LABELS[lowest.unit]} · ${n}` : `Free · ${n}`;
}

export type ItemChange =
  | { key: string; name: string; change: "new" }
  | { key: string; name: string; change: "removed" }
  | { key: string; name: string; change: "up" | "down"; percent: number }
  | { key: string; name: string; change: "terms" };

/** The price a buyer pays for the first unit: how "up by 5%" is measured when tiers are reshaped too. */
const basePrice = (item: PriceItem) => item.tiers[0]?.unitPriceMicros ?? 0;

/**
 * What one list changes against the one before, item by item (matched by key): new, removed, the
 * first tier's price up or down by a percentage, or other terms changed. Unchanged items are left out.
 */
export function compareLists(previous: PriceItem[] | null, next: PriceItem[]): ItemChange[] {
  if (!previous) return next.map((i) => ({ key: i.key, name: i.name, change: "new" as const }));
  const before = new Map(previous.map((i) => [i.key, i]));
  const out: ItemChange[] = [];
  for (const item of next) {
    const old = before.get(item.key);
    if (!old) {
      out.push({ key: item.key, name: item.name, change: "new" });
      continue;
    }
    const a = basePrice(old);
    const b = basePrice(item);
    if (a !== b) {
      const percent = a === 0 ? 100 : Math.round((Math.abs(b - a) / a) * 1000) / 10;
      out.push({ key: item.key, name: item.name, change: b > a ? "up" : "down", percent });
    } else if (itemInWords(old) !== itemInWords(item)) out.push({ key: item.key, name: item.name, change: "terms" });
  }
  const kept = new Set(next.map((i) => i.key));
  for (const old of previous) if (!kept.has(old.key)) out.push({ key: old.key, name: old.name, change: "removed" });
  return out;
}

export function changeInWords(c: ItemChange): string {
  switch (c.change) {
    case "new":
      return "new";
    case "removed":
      return "removed";
    case "terms":
      return "terms changed, same price";
    default:
      return `price ${c.change} ${c.percent.toLocaleString("en-AU")}%`;
  }
}
