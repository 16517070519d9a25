/**
 * A product's approved prices and service documents, as buyers read them. Lists are never edited:
 * the one in force on a day is the newest starting on or before it (the later approval wins when two
 * start on the same day), and every list is history.
 */
import { and, asc, count, desc, eq, gt, inArray, lte, max } from "drizzle-orm";
import { db } from "~db/client.server";
import { priceLists, serviceDocuments } from "~db/schema";
import type { IsoDate } from "~/platform/dates";
import type { PriceItem } from "./price-items";
import { compareLists, priceSummary } from "./price-words";
import type { PriceHistoryEntry, PriceListView } from "./price-list";

export type { PriceHistoryEntry, PriceListView } from "./price-list";
import type { ServiceDocumentsProposal } from "./documents";

const listColumns = {
  id: priceLists.id,
  productId: priceLists.productId,
  effectiveFrom: priceLists.effectiveFrom,
  items: priceLists.items,
  note: priceLists.note,
  source: priceLists.source,
  approvedAt: priceLists.approvedAt,
};

type ListRow = {
  id: number;
  productId: number;
  effectiveFrom: string;
  items: Record<string, unknown>[];
  note: string;
  source: string;
  approvedAt: string | null;
};

function view(row: ListRow): PriceListView {
  const { productId: _productId, ...rest } = row;
  return { ...rest, items: row.items as unknown as PriceItem[] };
}

const newestFirst = [desc(priceLists.effectiveFrom), desc(priceLists.id)] as const;

/**
 * Each product's list in force on the day (every product's when no ids are given), in one query: the
 * newest starting on or before it, the later approval winning a shared day. A product without one
 * is absent. The catalogue, compare, exports, open data and the product page all read it here.
 */
export function listsInForce({ productIds, today }: { productIds?: readonly number[]; today: IsoDate }): Map<number, PriceListView> {
  const out = new Map<number, PriceListView>();
  if (productIds && productIds.length === 0) return out;
  const started = lte(priceLists.effectiveFrom, today);
  const rows = db()
    .select(listColumns)
    .from(priceLists)
    .where(productIds ? and(inArray(priceLists.productId, [...productIds]), started) : started)
    .orderBy(asc(priceLists.productId), ...newestFirst)
    .all();
  for (const row of rows) if (!out.has(row.productId)) out.set(row.productId, view(row));
  return out;
}

export function priceListInForce({ productId, today }: { productId: number; today: IsoDate }): PriceListView | null {
  return listsInForce({ productIds: [productId], today }).get(productId) ?? null;
}

/** Approved lists that start after today, soonest first. */
export function upcomingLists({ productId, today }: { productId: number; today: IsoDate }): PriceListView[] {
  return db()
    .select(listColumns)
    .from(priceLists)
    .where(and(eq(priceLists.productId, productId), gt(priceLists.effectiveFrom, today)))
    .orderBy(asc(priceLists.effectiveFrom), asc(priceLists.id))
    .all()
    .map(view);
}

/** The list a new proposal starts from: the one starting last (whether in force yet or not). */
export function newestApprovedList({ productId }: { productId: number }): PriceListView | null {
  const row = db()
    .select(listColumns)
    .from(priceLists)
    .where(eq(priceLists.productId, productId))
    .orderBy(...newestFirst)
    .get();
  return row ? view(row) : null;
}

/** Every approved list in date order, each with what it changed against the one before it. */
export function priceHistory({ productId }: { productId: number }): PriceHistoryEntry[] {
  const rows = db()
    .select(listColumns)
    .from(priceLists)
    .where(eq(priceLists.productId, productId))
    .orderBy(asc(priceLists.effectiveFrom), asc(priceLists.id))
    .all()
    .map(view);
  return rows.map((list, i) => ({ ...list, changes: compareLists(i === 0 ? null : rows[i - 1].items, list.items) }));
}

const documentColumns = {
  definitionUrl: serviceDocuments.definitionUrl,
  definitionDate: serviceDocuments.definitionDate,
  pricingUrl: serviceDocuments.pricingUrl,
  pricingDate: serviceDocuments.pricingDate,
  termsUrl: serviceDocuments.termsUrl,
  termsDate: serviceDocuments.termsDate,
  slaUrl: serviceDocuments.slaUrl,
  slaDate: serviceDocuments.slaDate,
  slaAvailability: serviceDocuments.slaAvailability,
  supportHours: serviceDocuments.supportHours,
};

export function serviceDocumentsFor({
  productId,
}: {
  productId: number;
}): (ServiceDocumentsProposal & { source: string; updatedAt: string }) | null {
  return (
    db()
      .select({ ...documentColumns, source: serviceDocuments.source, updatedAt: serviceDocuments.updatedAt })
      .from(serviceDocuments)
      .where(eq(serviceDocuments.productId, productId))
      .get() ?? null
  );
}

/** The proposable facts alone: what the approval queue compares and the history archives. */
export function serviceDocumentsSnapshot({ productId }: { productId: number }): ServiceDocumentsProposal | null {
  return db().select(documentColumns).from(serviceDocuments).where(eq(serviceDocuments.productId, productId)).get() ?? null;
}

/** One line per product for the catalogue and the product's glance: the list in force today, else "Price on request". */
export function pricesSummaryFor({ productIds, today }: { productIds: number[]; today: IsoDate }): Map<number, string> {
  const lists = listsInForce({ productIds, today });
  return new Map(
    productIds.map((id) => {
      const list = lists.get(id);
      if (!list) return [id, priceSummary(null)];
      const summary = priceSummary(list.items);
      return [id, list.source === "sample" ? `${summary} (sample prices)` : summary];
    }),
  );
}

/**
 * Moves whenever a list is approved or documents change. Approvals write price lists and service
 * documents without touching the catalogue's data version, so caches and ETags that
 * show prices (the catalogue, open data, the saved-search checks) include this too.
 */
export function pricesVersion(): string {
  const lists = db()
    .select({ n: count(), last: max(priceLists.id) })
    .from(priceLists)
    .get();
  const docs = db()
    .select({ n: count(), last: max(serviceDocuments.updatedAt) })
    .from(serviceDocuments)
    .get();
  return `${lists?.n ?? 0}.${lists?.last ?? 0}.${docs?.n ?? 0}.${docs?.last ?? ""}`;
}
