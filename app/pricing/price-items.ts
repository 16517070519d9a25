/**
 * What a price item is (pure: the forms, the estimate, the pages and open data share it). Amounts
 * are integers in millionths of a dollar ("micros"), ex GST: cloud unit prices run to fractions of
 * a cent ($0.0415 per vCPU-hour), and integers add up exactly. Dollars and cents appear only when
 * an amount is shown or an estimate is rounded.
 */

/** The units a price is charged by. A fixed list, so that compare can set like against like. */
export const PRICE_UNITS = [
  "vcpu_hour",
  "instance_hour",
  "instance_month",
  "gb_month",
  "tb_month",
  "gb_transferred",
  "million_requests",
  "user_month",
  "user_year",
  "device_month",
  "licence_year",
  "day_of_service",
  "fixed_month",
  "fixed_year",
  "one_off",
] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export const PRICE_UNIT_LABELS: Record<PriceUnit, string> = {
  vcpu_hour: "per vCPU-hour",
  instance_hour: "per instance-hour",
  instance_month: "per instance per month",
  gb_month: "per GB per month",
  tb_month: "per TB per month",
  gb_transferred: "per GB transferred",
  million_requests: "per million requests",
  user_month: "per user per month",
  user_year: "per user per year",
  device_month: "per device per month",
  licence_year: "per licence per year",
  day_of_service: "per day of service",
  fixed_month: "per month (fixed)",
  fixed_year: "per year (fixed)",
  one_off: "one-off",
};

/** How many of the unit one month of steady use is, so a buyer's monthly quantity can be priced. */
export const UNITS_PER_MONTH: Record<PriceUnit, number> = {
  vcpu_hour: 730,
  instance_hour: 730,
  instance_month: 1,
  gb_month: 1,
  tb_month: 1,
  gb_transferred: 1,
  million_requests: 1,
  user_month: 1,
  user_year: 1 / 12,
  device_month: 1,
  licence_year: 1 / 12,
  day_of_service: 1,
  fixed_month: 1,
  fixed_year: 1 / 12,
  one_off: 0,
};

export const GST_TREATMENTS = ["taxable", "gst_free"] as const;
export type GstTreatment = (typeof GST_TREATMENTS)[number];
export const GST_LABELS: Record<GstTreatment, string> = {
  taxable: "GST applies (10%)",
  gst_free: "GST-free",
};
export const GST_RATE = 0.1;

export const BILLING_PERIODS = ["monthly", "quarterly", "annually", "upfront"] as const;
export type BillingPeriod = (typeof BILLING_PERIODS)[number];
export const BILLING_PERIOD_LABELS: Record<BillingPeriod, string> = {
  monthly: "Billed monthly",
  quarterly: "Billed quarterly",
  annually: "Billed annually",
  upfront: "Billed up front",
};

/** A volume step: from this many units (per month) on, each unit costs this. The first starts at 0. */
export interface PriceTier {
  fromQuantity: number;
  unitPriceMicros: number;
}

export interface PriceItem {
  /** Stable within the list ("compute-general"), so a buyer's quantities survive a new list. */
  key: string;
  name: string;
  unit: PriceUnit;
  gst: GstTreatment;
  billingPeriod: BillingPeriod;
  minimumTermMonths: number | null;
  /** A minimum spend over the term, ex GST, in micros. */
  minimumCommitmentMicros: number | null;
  /** Graduated: each tier's price applies to the units within it. Sorted by fromQuantity, first at 0. */
  tiers: PriceTier[];
}

export const MICROS_PER_DOLLAR = 1_000_000;

export function microsToDollars(micros: number): number {
  return micros / MICROS_PER_DOLLAR;
}

/** "$0.0415", "$12", "$1,250.50": as many decimals as the price has, at least cents when it has any. */
export function formatUnitPrice(micros: number): string {
  const dollars = micros / MICROS_PER_DOLLAR;
  const decimals =
    micros % 10_000 === 0
      ? micros % 1_000_000 === 0
        ? 0
        : 2
      : Math.min(
          6,
          String(micros % 1_000_000)
            .padStart(6, "0")
            .replace(/0+$/, "").length,
        );
  return `$${dollars.toLocaleString("en-AU", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}`;
}

/** The lowest price per unit any tier of the item offers: what "from" means in a summary. */
export function lowestUnitPrice(item: PriceItem): number {
  return Math.min(...item.tiers.map((t) => t.unitPriceMicros));
}
