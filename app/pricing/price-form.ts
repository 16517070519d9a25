/**
 * The price list form's shape, shared by the page and its parser (price-form.server.ts): field
 * names, how many rows to show, and a list turned back into what the form shows. Pure, so the
 * page renders it without zod.
 */
import { MICROS_PER_DOLLAR, type PriceItem } from "./price-items";

export const MAX_ITEMS = 30;
export const MAX_TIERS = 10;
/** Spare rows a no-JavaScript form offers: blank rows are ignored when it is sent. */
export const SPARE_ITEMS = 1;
export const SPARE_TIERS = 1;

export const itemField = (i: number, name: string) => `items[${i}].${name}`;
export const tierField = (i: number, j: number, name: "from" | "price") => `items[${i}].tiers[${j}].${name}`;

/** "0.0415" from 41,500 micros: exact, no float rounding, no trailing zeros. */
export function microsToDecimal(micros: number): string {
  const whole = Math.floor(micros / MICROS_PER_DOLLAR);
  const fraction = String(micros % MICROS_PER_DOLLAR)
    .padStart(6, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export interface PriceListValues {
  effectiveFrom: string;
  note: string;
  items: PriceItem[];
}

/** A list (approved or proposed) as the form's flat values, to edit rather than retype. */
export function priceFormValues(list: PriceListValues | null): Record<string, string> {
  if (!list) return {};
  const values: Record<string, string> = { note: list.note };
  list.items.forEach((item, i) => {
    values[itemField(i, "name")] = item.name;
    values[itemField(i, "unit")] = item.unit;
    values[itemField(i, "gst")] = item.gst;
    values[itemField(i, "billingPeriod")] = item.billingPeriod;
    values[itemField(i, "minimumTermMonths")] = item.minimumTermMonths === null ? "" : String(item.minimumTermMonths);
    values[itemField(i, "minimumCommitment")] = item.minimumCommitmentMicros === null ? "" : microsToDecimal(item.minimumCommitmentMicros);
    item.tiers.forEach((t, j) => {
      values[tierField(i, j, "from")] = String(t.fromQuantity);
      values[tierField(i, j, "price")] = microsToDecimal(t.unitPriceMicros);
    });
  });
  return values;
}

/** How many item rows, and tier rows per item, the form shows: what it holds plus the spare rows. */
export function formShape(itemTiers: number[], { spareItems = SPARE_ITEMS }: { spareItems?: number } = {}): number[] {
  const rows = itemTiers.map((n) => Math.min(MAX_TIERS, Math.max(1, n + SPARE_TIERS)));
  for (let k = 0; k < spareItems && rows.length < MAX_ITEMS; k += 1) rows.push(1 + SPARE_TIERS);
  return rows.slice(0, MAX_ITEMS);
}

/** The rows a sent form held (blank ones too), read from the reply's typed values, so a refused or extended form keeps its rows. */
export function typedShape(reply: unknown): number[] | null {
  const typed = (reply as { initialValue?: { items?: unknown } } | null)?.initialValue;
  if (!typed) return null;
  const items = Array.isArray(typed.items) ? typed.items : [];
  return items.slice(0, MAX_ITEMS).map((item) => {
    const tiers = (item as { tiers?: unknown } | null)?.tiers;
    return Math.min(MAX_TIERS, Math.max(1, Array.isArray(tiers) ? tiers.length : 0));
  });
}
