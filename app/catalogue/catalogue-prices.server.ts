/**
 * The catalogue's prices: each shown result's price line, and the figures the "estimated cost for
 * your purchase" sort orders by. Worded here so the page ships one short string per result.
 */
import { formatAud } from "~/platform/money";
import type { IsoDate } from "~/platform/dates";
import { catalogueEstimates, estimateBasisFor, type PurchaseForEstimate } from "~/pricing/compare-prices.server";
import { pricesSummaryFor } from "~/pricing/prices.server";
import type { EntryEstimate } from "./facets";

/** The buyer's estimate re-priced on every product that can be priced (app/pricing/compare-prices.ts); null without an estimate. */
export function estimatesForPurchase({
  purchase,
  entries,
  today,
}: {
  purchase: PurchaseForEstimate | null;
  entries: readonly { id: number; slug: string }[];
  today: IsoDate;
}): Map<number, EntryEstimate> | null {
  const basis = estimateBasisFor({ purchase, today });
  return basis ? catalogueEstimates({ entries, today, basis }) : null;
}

const leftOut = (n: number) => `, leaving out ${n} ${n === 1 ? "unit" : "units"} it does not price`;

/** One line per shown product: its price summary and, when sorted by estimate, its estimate or "No estimate". */
export function priceLines({
  productIds,
  today,
  estimates,
}: {
  productIds: number[];
  today: IsoDate;
  estimates: ReadonlyMap<number, EntryEstimate> | null;
}): Record<number, string> {
  const summaries = pricesSummaryFor({ productIds, today });
  return Object.fromEntries(
    productIds.map((id) => {
      const summary = summaries.get(id)!;
      if (!estimates) return [id, summary];
      const e = estimates.get(id);
      const estimate = e
        ? `Estimate for your purchase: ${formatAud(e.gstInc)} GST inclusive${e.unmatched ? leftOut(e.unmatched) : ""}`
        : "No estimate";
      return [id, `${summary} · ${estimate}`];
    }),
  );
}
