/**
 * The cost estimate: what a purchase of given quantities of a product's price items costs over the
 * whole life of the contract (initial term plus every extension option), the figure the
 * procurement rules judge. Pure: the price list comes in as data.
 *
 * Arithmetic is exact. Quantities are taken to the thousandth, prices are integer micros, and a
 * yearly price spread over months divides by 12, so every amount is held as a BigInt count of
 * "grains" (a twelve-thousandth of a micro) and only the three totals are rounded, to the cent, at
 * the end. Rounding each line first would let a dozen half-cents decide which side of $80,000 a
 * purchase falls. Line figures are shown to the micro; the totals come from the exact sums.
 */
import { formatAud } from "~/platform/money";
import {
  GST_RATE,
  MICROS_PER_DOLLAR,
  PRICE_UNIT_LABELS,
  UNITS_PER_MONTH,
  type GstTreatment,
  type PriceItem,
  type PriceUnit,
} from "./price-items";

/** How a line is charged: each month, each year (pro rata for part of one), or once. */
export type ChargeBasis = "monthly" | "yearly" | "once";

const YEARLY_UNITS: ReadonlySet<PriceUnit> = new Set<PriceUnit>(["user_year", "licence_year", "fixed_year"]);
const HOURLY_UNITS: ReadonlySet<PriceUnit> = new Set<PriceUnit>(["vcpu_hour", "instance_hour"]);

export function chargeBasis(unit: PriceUnit): ChargeBasis {
  if (unit === "one_off") return "once";
  return YEARLY_UNITS.has(unit) ? "yearly" : "monthly";
}

/** What a buyer's quantity counts, for the form's hint: "vCPUs running all month", "users". */
export function quantityMeaning(unit: PriceUnit): string {
  if (HOURLY_UNITS.has(unit)) return unit === "vcpu_hour" ? "vCPUs running all month" : "instances running all month";
  switch (chargeBasis(unit)) {
    case "once":
      return "how many, charged once";
    case "yearly":
      return unit === "fixed_year" ? "1 to include it" : `${unit === "user_year" ? "users" : "licences"} each year`;
    case "monthly":
      return unit.startsWith("fixed") ? "1 to include it" : `average ${PRICE_UNIT_LABELS[unit].replace(/^per /, "")} used`;
  }
}

/** Quantities are read to three decimal places (1.5 TB, 0.25 of an instance). */
export const QUANTITY_DECIMALS = 3;
const MILLI = 1000n;
const GRAINS_PER_MICRO = 12n * MILLI;
const GRAINS_PER_CENT = GRAINS_PER_MICRO * BigInt(MICROS_PER_DOLLAR / 100);
/** GST_RATE as a fraction, so GST is exact too. */
const GST_DIVISOR = BigInt(Math.round(1 / GST_RATE));

export interface EstimateInput {
  items: PriceItem[];
  /** By item key: units per month (vCPUs or instances running all month for hourly units), a count for yearly and one-off units. */
  quantities: Record<string, number>;
  termMonths: number;
  /** The total of every extension option, in months. */
  extensionMonths: number;
}

export interface TierBand {
  from: number;
  /** Where the next tier starts; null for the last. */
  to: number | null;
  units: number;
  unitPriceMicros: number;
  amountMicros: number;
}

export interface EstimateLine {
  key: string;
  name: string;
  unit: PriceUnit;
  basis: ChargeBasis;
  gst: GstTreatment;
  /** What the buyer entered. */
  quantityPerMonth: number;
  /** The units the tiers price each period (a month, a year, or once): 4 vCPUs are 2,920 vCPU-hours a month. */
  unitsPerPeriod: number;
  /** Null for a one-off charge. */
  monthlyExGstMicros: number | null;
  /** Months charged; null for a one-off charge. */
  months: number | null;
  totalExGstMicros: number;
  gstMicros: number;
  /** The bands of one period's units, with what each costs. */
  tierBreakdown: TierBand[];
  minimumCommitmentApplied: boolean;
  minimumTermNote?: string;
}

export interface CostEstimate {
  lines: EstimateLine[];
  /** Dollars, rounded to the cent; totalGstInc is exactly totalExGst plus gst. */
  totalExGst: number;
  gst: number;
  totalGstInc: number;
  assumptions: string[];
}

function roundDiv(n: bigint, d: bigint): bigint {
  // Half away from zero; amounts here are never negative.
  return (n * 2n + d) / (2n * d);
}

const grainsToMicros = (g: bigint): number => Number(roundDiv(g, GRAINS_PER_MICRO));
const milliToNumber = (m: bigint): number => Number(m) / 1000;
const centsToDollars = (c: bigint): number => Number(c) / 100;

function toMilli(quantity: number): bigint {
  return BigInt(Math.round(quantity * 1000));
}

function months(n: number): string {
  return `${n} ${n === 1 ? "month" : "months"}`;
}

function assertInput({ items, quantities, termMonths, extensionMonths }: EstimateInput): void {
  if (!Number.isInteger(termMonths) || termMonths < 1) throw new RangeError(`term must be a whole number of months from 1: ${termMonths}`);
  if (!Number.isInteger(extensionMonths) || extensionMonths < 0) {
    throw new RangeError(`extension months must be a whole number from 0: ${extensionMonths}`);
  }
  const keys = new Set(items.map((i) => i.key));
  for (const [key, q] of Object.entries(quantities)) {
    if (!keys.has(key)) throw new RangeError(`no price item "${key}"`);
    if (!Number.isFinite(q) || q < 0) throw new RangeError(`quantity for "${key}" must be a number from 0: ${q}`);
  }
}

/** One period's units across the graduated bands, in milli-units and milli-micros. */
function priceBands(item: PriceItem, unitsMilli: bigint): { bands: TierBand[]; amountMilli: bigint } {
  const tiers = [...item.tiers].sort((a, b) => a.fromQuantity - b.fromQuantity);
  const bands: TierBand[] = [];
  let amountMilli = 0n;
  tiers.forEach((tier, i) => {
    const from = toMilli(tier.fromQuantity);
    const next = tiers[i + 1];
    const to = next ? toMilli(next.fromQuantity) : null;
    const top = to === null || unitsMilli < to ? unitsMilli : to;
    if (top <= from) return;
    const units = top - from;
    const amount = units * BigInt(tier.unitPriceMicros);
    amountMilli += amount;
    bands.push({
      from: tier.fromQuantity,
      to: next ? next.fromQuantity : null,
      units: milliToNumber(units),
      unitPriceMicros: tier.unitPriceMicros,
      amountMicros: Number(roundDiv(amount, MILLI)),
    });
  });
  return { bands, amountMilli };
}

interface ExactLine {
  line: EstimateLine;
  totalGrains: bigint;
}

function estimateLine(item: PriceItem, quantity: number, lifeMonths: number): ExactLine {
  const basis = chargeBasis(item.unit);
  const perMonth = basis === "monthly" ? BigInt(UNITS_PER_MONTH[item.unit]) : 1n;
  const unitsMilli = toMilli(quantity) * perMonth;
  const { bands, amountMilli } = priceBands(item, unitsMilli);
  const minimumTerm = basis === "once" ? null : item.minimumTermMonths;
  const charged = basis === "once" ? null : Math.max(lifeMonths, minimumTerm ?? 0);
  // A period's amount in grains is amountMilli × 12; a yearly one spread over the months is × months / 12.
  let totalGrains =
    basis === "once" ? amountMilli * 12n : basis === "yearly" ? amountMilli * BigInt(charged!) : amountMilli * 12n * BigInt(charged!);
  const commitment = item.minimumCommitmentMicros ? BigInt(item.minimumCommitmentMicros) * GRAINS_PER_MICRO : 0n;
  const minimumCommitmentApplied = totalGrains < commitment;
  if (minimumCommitmentApplied) totalGrains = commitment;
  const monthlyGrains = basis === "once" ? null : basis === "yearly" ? amountMilli : amountMilli * 12n;
  const line: EstimateLine = {
    key: item.key,
    name: item.name,
    unit: item.unit,
    basis,
    gst: item.gst,
    quantityPerMonth: quantity,
    unitsPerPeriod: milliToNumber(unitsMilli),
    monthlyExGstMicros: monthlyGrains === null ? null : grainsToMicros(monthlyGrains),
    months: charged,
    totalExGstMicros: grainsToMicros(totalGrains),
    gstMicros: item.gst === "taxable" ? Number(roundDiv(totalGrains, GRAINS_PER_MICRO * GST_DIVISOR)) : 0,
    tierBreakdown: bands,
    minimumCommitmentApplied,
    ...(minimumTerm !== null && minimumTerm > lifeMonths
      ? {
          minimumTermNote: `${item.name} has a minimum term of ${months(minimumTerm)}, longer than the purchase's ${months(lifeMonths)}: the estimate charges ${months(minimumTerm)}.`,
        }
      : {}),
  };
  return { line, totalGrains };
}

function termWords(termMonths: number, extensionMonths: number): string {
  const life = termMonths + extensionMonths;
  return extensionMonths === 0
    ? `The estimate covers the initial term of ${months(termMonths)}, with no extension options.`
    : `The estimate covers the initial term of ${months(termMonths)} plus ${months(extensionMonths)} of extension options: ${months(life)} in all, as the whole-of-life cost must.`;
}

function assumptionsFor(input: EstimateInput, items: PriceItem[], lines: ExactLine[]): string[] {
  const used = lines.map((l) => l.line);
  const has = (test: (l: EstimateLine) => boolean) => used.some(test);
  const out = [termWords(input.termMonths, input.extensionMonths)];
  out.push("Prices are those of the price list, ex GST; usage is taken to be the same every month.");
  if (has((l) => HOURLY_UNITS.has(l.unit))) {
    out.push(
      `A month is ${UNITS_PER_MONTH.vcpu_hour} hours (8,760 hours in a year, over 12 months): a quantity of vCPUs or instances is taken as running all month.`,
    );
  }
  if (has((l) => l.basis === "monthly" && !HOURLY_UNITS.has(l.unit) && !l.unit.startsWith("fixed"))) {
    out.push("Per-GB-month and other monthly quantities are the average used over a month.");
  }
  if (items.some((i) => i.tiers.length > 1 && (input.quantities[i.key] ?? 0) > 0)) {
    out.push(
      "Tiers are graduated: the units within each tier's band are charged at that band's price (per month; per year for yearly prices).",
    );
  }
  if (has((l) => l.basis === "yearly")) {
    out.push("Yearly prices are charged for each year of the term, pro rata by month for part of a year.");
  }
  if (has((l) => l.basis === "once")) out.push("One-off charges are charged once, whatever the term.");
  for (const l of used) if (l.minimumTermNote) out.push(l.minimumTermNote);
  for (const { line } of lines) {
    if (!line.minimumCommitmentApplied) continue;
    const commitment = items.find((i) => i.key === line.key)!.minimumCommitmentMicros!;
    out.push(
      `A minimum commitment of ${formatAud(commitment / MICROS_PER_DOLLAR)} ex GST applies to ${line.name}: the usage would cost less, so the commitment is charged.`,
    );
  }
  const gstFree = used.filter((l) => l.gst === "gst_free").map((l) => l.name);
  out.push(`GST at ${GST_RATE * 100}% on taxable items; GST-free items carry none${gstFree.length ? ` (${gstFree.join(", ")})` : ""}.`);
  const left = items.filter((i) => !((input.quantities[i.key] ?? 0) > 0)).map((i) => i.name);
  if (left.length) out.push(`Items with no quantity are left out: ${left.join(", ")}.`);
  out.push(
    "Rounded to the cent at the end, not per line (half a cent rounds up); the GST inclusive total is the ex GST total plus the GST.",
  );
  return out;
}

export function estimateCost(input: EstimateInput): CostEstimate {
  assertInput(input);
  const life = input.termMonths + input.extensionMonths;
  const exact = input.items
    .filter((item) => (input.quantities[item.key] ?? 0) > 0)
    .map((item) => estimateLine(item, input.quantities[item.key], life));
  const exGrains = exact.reduce((sum, l) => sum + l.totalGrains, 0n);
  const taxableGrains = exact.filter((l) => l.line.gst === "taxable").reduce((sum, l) => sum + l.totalGrains, 0n);
  const exCents = roundDiv(exGrains, GRAINS_PER_CENT);
  const gstCents = roundDiv(taxableGrains, GRAINS_PER_CENT * GST_DIVISOR);
  return {
    lines: exact.map((l) => l.line),
    totalExGst: centsToDollars(exCents),
    gst: centsToDollars(gstCents),
    totalGstInc: centsToDollars(exCents + gstCents),
    assumptions: assumptionsFor(input, input.items, exact),
  };
}

/** What a buyer asked for, kept with the purchase so that the estimate can be shown again. */
export interface EstimateRequest {
  productSlug: string;
  termMonths: number;
  /** One entry per extension option, as the purchase holds them. */
  extensionOptions: number[];
  quantities: Record<string, number>;
}

/** The estimate page's form field for an item's quantity. */
export const quantityField = (key: string) => `q-${key}`;

/** The estimate page's address for a request, showing the estimate: "/purchase/estimate?product=…&show=1". */
export function estimateHref(request: EstimateRequest): string {
  const search = new URLSearchParams({
    product: request.productSlug,
    termMonths: String(request.termMonths),
    extensionMonths: request.extensionOptions.join(", "),
  });
  for (const [key, q] of Object.entries(request.quantities)) search.set(quantityField(key), String(q));
  search.set("show", "1");
  return `/purchase/estimate?${search}`;
}
