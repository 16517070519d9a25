/**
 * Setting products' prices side by side (pure: the lists come in as data). Prices compare only
 * within a unit, so both the rows and the estimate work unit by unit: a buyer's estimate built on
 * one product's items is re-priced on another's by adding up the quantities of each unit and
 * charging them at that product's cheapest item in the same unit. A unit the other product does
 * not price is named, never guessed at.
 */
import { formatAud } from "~/platform/money";
import { estimateCost, type CostEstimate } from "./estimate";
import { formatUnitPrice, PRICE_UNIT_LABELS, PRICE_UNITS, type PriceItem, type PriceUnit } from "./price-items";

export const PRICE_ON_REQUEST = "Price on request";
export const NOT_PRICED_IN_UNIT = "not priced in this unit";

/** For each unit a list prices, its lowest paid tier price and the item offering it (a free tier is not a price). */
export function lowestPaidByUnit(items: readonly PriceItem[]): Map<PriceUnit, { micros: number; name: string }> {
  const out = new Map<PriceUnit, { micros: number; name: string }>();
  for (const item of items) {
    const paid = item.tiers.filter((t) => t.unitPriceMicros > 0).map((t) => t.unitPriceMicros);
    if (paid.length === 0) continue;
    const micros = Math.min(...paid);
    const known = out.get(item.unit);
    if (!known || micros < known.micros) out.set(item.unit, { micros, name: item.name });
  }
  return out;
}

/** The units any of the lists price, in the fixed order of PRICE_UNITS. */
export function unitsPriced(lists: readonly (readonly PriceItem[] | null)[]): PriceUnit[] {
  const seen = new Set(lists.flatMap((items) => items?.map((i) => i.unit) ?? []));
  return PRICE_UNITS.filter((u) => seen.has(u));
}

/** Adds a buyer's quantities (by the source list's item keys) up by unit; to the thousandth, as quantities are read. */
export function quantitiesByUnit(items: readonly PriceItem[], quantities: Record<string, number>): Map<PriceUnit, number> {
  const out = new Map<PriceUnit, number>();
  for (const item of items) {
    const q = quantities[item.key] ?? 0;
    if (q > 0) out.set(item.unit, Math.round(((out.get(item.unit) ?? 0) + q) * 1000) / 1000);
  }
  return out;
}

/** What an estimate is re-priced from: the buyer's quantities by unit, or by key for the product it was made on. */
export interface EstimateBasis {
  sourceSlug: string;
  sourceName: string;
  /** The items the buyer's quantities were entered against. */
  sourceItems: PriceItem[];
  quantities: Record<string, number>;
  byUnit: Map<PriceUnit, number>;
  termMonths: number;
  extensionMonths: number;
}

export type UnitEstimate =
  | { kind: "on_request" }
  | { kind: "no_match"; unmatched: PriceUnit[] }
  | {
      kind: "priced";
      estimate: CostEstimate;
      /** True when the product's own items took the buyer's quantities as entered. */
      exact: boolean;
      matched: { unit: PriceUnit; itemName: string }[];
      unmatched: PriceUnit[];
    };

/**
 * One product's list priced for the basis. The product the estimate was made on keeps the buyer's
 * own items when its list still has them, so its figure is the purchase's. Any other takes each
 * unit's total at whichever of its items in that unit costs least for that quantity over the term.
 */
export function estimateByUnit({ slug, items, basis }: { slug: string; items: PriceItem[] | null; basis: EstimateBasis }): UnitEstimate {
  if (!items || items.length === 0) return { kind: "on_request" };
  const term = { termMonths: basis.termMonths, extensionMonths: basis.extensionMonths };
  const keys = new Set(items.map((i) => i.key));
  const ownKeys = Object.keys(basis.quantities).filter((k) => (basis.quantities[k] ?? 0) > 0);
  if (slug === basis.sourceSlug && ownKeys.length > 0 && ownKeys.every((k) => keys.has(k))) {
    const quantities = Object.fromEntries(ownKeys.map((k) => [k, basis.quantities[k]]));
    const matched = items.filter((i) => quantities[i.key] !== undefined).map((i) => ({ unit: i.unit, itemName: i.name }));
    return { kind: "priced", exact: true, estimate: estimateCost({ items, quantities, ...term }), matched, unmatched: [] };
  }
  const chosen: PriceItem[] = [];
  const quantities: Record<string, number> = {};
  const unmatched: PriceUnit[] = [];
  for (const [unit, q] of basis.byUnit) {
    const candidates = items.filter((i) => i.unit === unit);
    if (candidates.length === 0) {
      unmatched.push(unit);
      continue;
    }
    const cost = (i: PriceItem) => estimateCost({ items: [i], quantities: { [i.key]: q }, ...term }).totalExGst;
    const best = candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    chosen.push(best);
    quantities[best.key] = q;
  }
  if (chosen.length === 0) return { kind: "no_match", unmatched };
  return {
    kind: "priced",
    exact: false,
    estimate: estimateCost({ items: chosen, quantities, ...term }),
    matched: chosen.map((i) => ({ unit: i.unit, itemName: i.name })),
    unmatched,
  };
}

const unitList = (units: readonly PriceUnit[]) => units.map((u) => PRICE_UNIT_LABELS[u]).join(", ");

/** A compare cell: the totals first, then what was matched and what could not be. */
export function estimateInWords(e: UnitEstimate): string {
  if (e.kind === "on_request") return PRICE_ON_REQUEST;
  if (e.kind === "no_match") return `No estimate: none of your purchase's units is priced here (${unitList(e.unmatched)})`;
  const totals = `${formatAud(e.estimate.totalGstInc)} GST inclusive (${formatAud(e.estimate.totalExGst)} ex GST)`;
  const matched = e.exact ? "your estimate's own items" : e.matched.map((m) => `${PRICE_UNIT_LABELS[m.unit]} at ${m.itemName}`).join("; ");
  const left = e.unmatched.length ? ` Not priced here, so left out: ${unitList(e.unmatched)}.` : "";
  return `${totals}. Priced as: ${matched}.${left}`;
}

/** A unit row's cell: "$0.05 ex GST (General compute)", "not priced in this unit", or "Price on request". */
export function unitPriceInWords(items: PriceItem[] | null, unit: PriceUnit): string {
  if (!items || items.length === 0) return PRICE_ON_REQUEST;
  const found = lowestPaidByUnit(items).get(unit);
  if (found) return `${formatUnitPrice(found.micros)} ex GST (${found.name})`;
  return items.some((i) => i.unit === unit) ? "Free" : NOT_PRICED_IN_UNIT;
}

/** "36 months (24 initial, 12 of extension options)": the life the estimates cover. */
export function termInWords(termMonths: number, extensionMonths: number): string {
  const life = termMonths + extensionMonths;
  return extensionMonths === 0
    ? `${life} months, with no extension options`
    : `${life} months (${termMonths} initial, ${extensionMonths} of extension options)`;
}
