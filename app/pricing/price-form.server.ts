/**
 * Reads a proposed price list from its form. Every field arrives as text and is judged here, so
 * each message sits next to the field it is about (items[2].tiers[1].price) and the typed values
 * come back untouched. Blank rows are dropped, not refused: the form without JavaScript offers a
 * spare item and a spare tier, and most people leave them empty.
 *
 * Free tiers are allowed (a price of 0): "the first 100 GB transferred free" is a common cloud
 * price and refusing it would make providers invent a cent. Negative prices are refused.
 */
import { z } from "zod";
import { isIsoDate, type IsoDate } from "~/platform/dates";
import { parseAud } from "~/platform/money";
import { MAX_ITEMS, MAX_TIERS } from "./price-form";
import {
  BILLING_PERIODS,
  GST_TREATMENTS,
  MICROS_PER_DOLLAR,
  PRICE_UNITS,
  type BillingPeriod,
  type GstTreatment,
  type PriceItem,
  type PriceTier,
  type PriceUnit,
} from "./price-items";

const text = z.string().optional();
const rawTier = z.object({ from: text, price: text }).partial().nullish();
const rawItem = z
  .object({
    name: text,
    unit: text,
    gst: text,
    billingPeriod: text,
    minimumTermMonths: text,
    minimumCommitment: text,
    tiers: z.array(rawTier).optional(),
  })
  .partial()
  .nullish();
type RawItem = z.infer<typeof rawItem>;
type RawTier = z.infer<typeof rawTier>;

const filled = (v: string | undefined): v is string => v !== undefined && v.trim() !== "";
const blankTier = (t: RawTier) => !t || (!filled(t.from) && !filled(t.price));
/** Blank: nothing typed. The choices (unit, GST, billing) come preselected, so they do not count. */
const blankItem = (i: RawItem) =>
  !i || (!filled(i.name) && !filled(i.minimumTermMonths) && !filled(i.minimumCommitment) && (i.tiers ?? []).every(blankTier));

/** "0.0415" or "$1,250.5" as micros; "-0.05" and "abc" as the reason they are refused. */
export function parsePriceMicros(input: string): number | string {
  const cleaned = input.trim().replace(/^\$/, "").replace(/,/g, "");
  if (cleaned.startsWith("-")) return "A price cannot be negative";
  const m = /^(\d{1,9})(?:\.(\d{1,6}))?$/.exec(cleaned);
  if (!m) return "Enter the price in dollars ex GST, like 0.0415 (up to 6 decimal places)";
  return Number(m[1]) * MICROS_PER_DOLLAR + Number((m[2] ?? "").padEnd(6, "0"));
}

/** Lower case, dashes between words: the item's key, stable while its name is. */
export function itemKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

export interface PriceListProposal {
  effectiveFrom: IsoDate;
  note: string;
  items: PriceItem[];
}

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T => (list as readonly string[]).includes(v ?? "");

/** The schema for a list starting no earlier than `today` (a new price cannot start in the past). */
export function priceListSchema({ today }: { today: IsoDate }) {
  return z.object({ effectiveFrom: text, note: text, items: z.array(rawItem).optional() }).transform((form, ctx): PriceListProposal => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const effectiveFrom = (form.effectiveFrom ?? "").trim();
    if (!effectiveFrom) issue(["effectiveFrom"], "Enter the date the prices start, like 2026-07-01");
    else if (!isIsoDate(effectiveFrom)) issue(["effectiveFrom"], "Enter the start date as a date like 2026-07-01");
    else if (effectiveFrom < today) issue(["effectiveFrom"], `A new price cannot start in the past: choose ${today} or later`);
    const note = (form.note ?? "").trim();
    if (note.length > 1000) issue(["note"], "At most 1,000 characters");

    const rows = (form.items ?? []).map((raw, index) => ({ raw, index })).filter((r) => !blankItem(r.raw));
    if (rows.length === 0) issue(["items"], "Add at least one price item");
    if (rows.length > MAX_ITEMS) issue(["items"], `At most ${MAX_ITEMS} price items: put the rest in the pricing document`);

    const keys = new Map<string, number>();
    const items = rows.map(({ raw, index: i }) => readItem(raw!, i, issue, keys));
    return { effectiveFrom, note, items };
  });
}

type Issue = (path: (string | number)[], message: string) => void;

function readItem(raw: NonNullable<RawItem>, i: number, issue: Issue, keys: Map<string, number>): PriceItem {
  const at = (...path: (string | number)[]) => ["items", i, ...path];
  const name = (raw.name ?? "").trim();
  const key = itemKey(name);
  if (!name) issue(at("name"), "Name the price item, like Compute (general purpose)");
  else if (name.length > 120) issue(at("name"), "At most 120 characters");
  else if (!key) issue(at("name"), "Use letters or numbers in the name");
  else if (keys.has(key)) issue(at("name"), `Item ${keys.get(key)! + 1} has the same name: give each item its own`);
  else keys.set(key, i);
  if (!oneOf(PRICE_UNITS, raw.unit)) issue(at("unit"), "Choose the unit from the list");
  if (!oneOf(GST_TREATMENTS, raw.gst)) issue(at("gst"), "Choose whether GST applies");
  if (!oneOf(BILLING_PERIODS, raw.billingPeriod)) issue(at("billingPeriod"), "Choose how it is billed");

  let minimumTermMonths: number | null = null;
  if (filled(raw.minimumTermMonths)) {
    const t = raw.minimumTermMonths.trim();
    if (!/^\d{1,3}$/.test(t) || Number(t) > 120) issue(at("minimumTermMonths"), "Enter the minimum term as whole months from 0 to 120");
    else minimumTermMonths = Number(t);
  }
  let minimumCommitmentMicros: number | null = null;
  if (filled(raw.minimumCommitment)) {
    const aud = parseAud(raw.minimumCommitment);
    if (aud === null) issue(at("minimumCommitment"), "Enter the minimum spend in dollars ex GST, like 12,000 or 12000.50");
    else minimumCommitmentMicros = Math.round(aud * 100) * (MICROS_PER_DOLLAR / 100);
  }

  const tierRows = (raw.tiers ?? []).map((t, j) => ({ t, j })).filter((r) => !blankTier(r.t));
  if (tierRows.length === 0) issue(at("tiers", 0, "price"), "Enter the price");
  if (tierRows.length > MAX_TIERS) issue(at("tiers", 0, "from"), `At most ${MAX_TIERS} tiers`);
  const tiers: PriceTier[] = [];
  let previous: { from: number; j: number } | null = null;
  for (const [n, { t, j }] of tierRows.entries()) {
    const fromText = (t?.from ?? "").trim();
    // The first tier starts at 0 whether or not the 0 was typed: a single price has no tiers to think of.
    const from = fromText === "" && n === 0 ? 0 : /^\d{1,12}$/.test(fromText) ? Number(fromText) : null;
    if (from === null) issue(at("tiers", j, "from"), "Enter the quantity per month this tier starts at, as a whole number");
    else if (n === 0 && from !== 0) issue(at("tiers", j, "from"), "The first tier starts at 0");
    else if (previous && from === previous.from)
      issue(at("tiers", j, "from"), `Two tiers start at ${from.toLocaleString("en-AU")}: each tier starts above the one before`);
    else if (previous && from < previous.from)
      issue(
        at("tiers", j, "from"),
        `This tier starts below the one before it (${previous.from.toLocaleString("en-AU")}): put tiers in order`,
      );
    const priceText = (t?.price ?? "").trim();
    const price = priceText === "" ? "Enter the price of this tier" : parsePriceMicros(priceText);
    if (typeof price === "string") issue(at("tiers", j, "price"), price);
    if (from !== null) previous = { from, j };
    tiers.push({ fromQuantity: from ?? 0, unitPriceMicros: typeof price === "number" ? price : 0 });
  }
  return {
    key,
    name,
    unit: raw.unit as PriceUnit,
    gst: raw.gst as GstTreatment,
    billingPeriod: raw.billingPeriod as BillingPeriod,
    minimumTermMonths,
    minimumCommitmentMicros,
    tiers,
  };
}

const storedTier = z.object({ fromQuantity: z.number().int().min(0), unitPriceMicros: z.number().int().min(0) });
/** A stored item, checked again when an editor approves it: what reaches price_lists is always this shape. */
export const storedItemSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  unit: z.enum(PRICE_UNITS),
  gst: z.enum(GST_TREATMENTS),
  billingPeriod: z.enum(BILLING_PERIODS),
  minimumTermMonths: z.number().int().min(0).max(120).nullable(),
  minimumCommitmentMicros: z.number().int().min(0).nullable(),
  tiers: z
    .array(storedTier)
    .min(1)
    .max(MAX_TIERS)
    .refine((t) => t[0]?.fromQuantity === 0 && t.every((x, i) => i === 0 || x.fromQuantity > t[i - 1].fromQuantity), "Tiers out of order"),
});
export const storedListSchema = z.object({
  effectiveFrom: z.string().refine(isIsoDate),
  note: z.string().max(1000),
  items: z.array(storedItemSchema).min(1).max(MAX_ITEMS),
});
