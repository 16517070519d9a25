/**
 * The building blocks of the sample price lists (seed/sample/price-templates.ts): a price item from
 * [quantity, dollars] pairs, graduated scales, and the lines many products share.
 */
import { MICROS_PER_DOLLAR, type BillingPeriod, type GstTreatment, type PriceItem, type PriceUnit } from "~/pricing/price-items";
import type { Random } from "./random";

export interface PricedProduct {
  name: string;
  serviceModel: string;
  categories: string[];
}

/**
 * Rounds a price the way price lists print it: four decimals under a dollar ($0.0845), cents under
 * $100, whole dollars under $1,000 and multiples of $5 above.
 */
export function nicePrice(dollars: number): number {
  const step = dollars < 1 ? 0.0001 : dollars < 100 ? 0.01 : dollars < 1000 ? 1 : 5;
  return Math.max(100, Math.round(Math.round(dollars / step) * step * MICROS_PER_DOLLAR));
}

interface ItemOptions {
  billingPeriod?: BillingPeriod;
  gst?: GstTreatment;
  minimumTermMonths?: number | null;
  minimumCommitmentMicros?: number | null;
}

/** `tiers`: [fromQuantity, dollars] pairs, the first from 0. */
export function item(key: string, name: string, unit: PriceUnit, tiers: [number, number][], opts: ItemOptions = {}): PriceItem {
  return {
    key,
    name,
    unit,
    gst: opts.gst ?? "taxable",
    billingPeriod: opts.billingPeriod ?? (unit === "one_off" ? "upfront" : unit.endsWith("_year") ? "annually" : "monthly"),
    minimumTermMonths: opts.minimumTermMonths ?? null,
    minimumCommitmentMicros: opts.minimumCommitmentMicros ?? null,
    tiers: tiers.map(([fromQuantity, dollars]) => ({ fromQuantity, unitPriceMicros: nicePrice(dollars) })),
  };
}

/** A graduated scale: the base price from 0, then each step's discount from its quantity on. */
export function scale(base: number, steps: [number, number][]): [number, number][] {
  return [[0, base], ...steps.map(([from, factor]): [number, number] => [from, base * factor])];
}

export const between = (rng: Random, min: number, max: number) => min + rng.next() * (max - min);
export const has = (p: PricedProduct, ...words: string[]) => words.some((w) => p.name.includes(w));
export const inCategory = (p: PricedProduct, slug: string) => p.categories.includes(slug);

export function egress(rng: Random): PriceItem {
  // The first 100 GB a month cost next to nothing, as most clouds make small egress near-free.
  const base = between(rng, 0.085, 0.12);
  return item("data-transfer-out", "Data transferred out to the internet", "gb_transferred", [
    [0, 0.005],
    [100, base],
    [10_000, base * 0.8],
  ]);
}

export function onboarding(rng: Random): PriceItem {
  return item("onboarding", "Onboarding and configuration", "one_off", [[0, rng.int(5, 36) * 500]]);
}
