/**
 * Saved searches: a catalogue query (and, when it asked for products that fit, the purchase it was
 * saved with) that its owner watches. Checking one runs the catalogue's own query, so a saved
 * search matches exactly what the catalogue page would list; the owner hears of each product that
 * starts or stops matching. The check runs when the data has changed (scheduled-jobs.server.ts
 * app/jobs starts it from the server), never on a page view.
 */
import { eq, inArray, isNotNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, watches } from "~db/schema";
import { catalogueEntries, listCategories } from "~/catalogue/catalogue.server";
import { filterEntries, toSearchParams, type CatalogueQuery } from "~/catalogue/facets";
import { parseCatalogueQuery } from "~/catalogue/facets.server";
import { catalogueTextMatch, narrowToText } from "~/catalogue/catalogue-search.server";
import { catalogueAlignment } from "~/procurement/alignment.server";
import { proposedPurchaseSchema } from "~/procurement/purchase-form.server";
import type { ProposedPurchase } from "~/procurement/purchase";
import { recordWatchEvent } from "~/watches/events.server";
import { addWatch } from "~/watches/watches.server";
import { visitorProfile } from "~/assessments/buyer-assessments.server";
import { productsMeetingProfile } from "~/assessments/product-assessments.server";
import { describeSearch } from "./describe";

/** The query as it is stored and compared: what the catalogue itself would write, without paging or sort. */
export function normaliseSearch(query: CatalogueQuery): string {
  const params = toSearchParams({ ...query, page: 1, sort: "name" });
  params.delete("page");
  params.delete("sort");
  return params.toString();
}

function parse(search: string): CatalogueQuery {
  return parseCatalogueQuery(
    new URLSearchParams(search),
    listCategories().map((c) => c.slug),
  ).query;
}

/**
 * The ids of the products the catalogue lists for this query (and purchase), as it would list them
 * now. "Meets my requirements profile" reads the owner's profile as it is now, as the catalogue
 * does; a profile not yet saved starts from the classification of the purchase saved with it.
 */
export async function matchingProductIds({
  search,
  purchase,
  userId = null,
}: {
  search: string;
  purchase: ProposedPurchase | null;
  userId?: number | null;
}): Promise<number[]> {
  const query = parse(search);
  const entries = catalogueEntries();
  const pool = narrowToText(entries, await catalogueTextMatch(query.q));
  const alignment = query.fits && purchase ? catalogueAlignment({ purchase, products: pool }) : null;
  const fitting = alignment ? pool.filter((e) => alignment.get(e.id)?.fits) : pool;
  const found = query.profile ? visitorProfile({ userId, classification: purchase?.classification ?? null }) : null;
  const meeting = found ? productsMeetingProfile(found.profile) : null;
  return filterEntries(meeting ? fitting.filter((e) => meeting.has(e.id)) : fitting, query)
    .map((e) => e.id)
    .sort((a, b) => a - b);
}

/** Saves the search the person is looking at; matches found from now on are news, those listed today are not. */
export async function saveSearch({
  userId,
  params,
  purchase,
}: {
  userId: number;
  params: URLSearchParams;
  purchase: ProposedPurchase | null;
}) {
  const categories = listCategories();
  const { query } = parseCatalogueQuery(
    params,
    categories.map((c) => c.slug),
  );
  if (query.fits && !purchase) query.fits = false;
  const search = normaliseSearch(query);
  const label = describeSearch(query, new Map(categories.map((c) => [c.slug, c.name])));
  // The purchase is kept for "fits" (its rules) and for "profile" (its classification).
  const frozen = query.fits || query.profile ? purchase : null;
  const result = addWatch({ userId, target: "search", search, label, purchase: frozen as Record<string, unknown> | null });
  if ("id" in result) {
    const matching = await matchingProductIds({ search, purchase: frozen, userId });
    db().update(watches).set({ matching }).where(eq(watches.id, result.id)).run();
  }
  return result;
}

function diff(before: readonly number[], after: readonly number[]) {
  const was = new Set(before);
  const now = new Set(after);
  return { added: after.filter((id) => !was.has(id)), removed: before.filter((id) => !now.has(id)) };
}

/**
 * Checks every saved search against the catalogue as it is now, and records an event for each
 * product that started or stopped matching. The matches are computed first (search is
 * asynchronous); the comparison and the events are written in one transaction that reads the
 * stored matches afresh, so two processes checking at once record each change once.
 */
export async function checkSavedSearches(): Promise<{ checked: number; events: number }> {
  const saved = db()
    .select({ id: watches.id, userId: watches.userId, search: watches.search, purchase: watches.purchase })
    .from(watches)
    .where(isNotNull(watches.search))
    .all();
  let events = 0;
  for (const s of saved) {
    const parsed = s.purchase ? proposedPurchaseSchema.safeParse(s.purchase) : null;
    const now = await matchingProductIds({ search: s.search!, purchase: parsed?.success ? parsed.data : null, userId: s.userId });
    events += db().transaction((tx) => {
      const row = tx.select({ matching: watches.matching, label: watches.label }).from(watches).where(eq(watches.id, s.id)).get();
      if (!row) return 0;
      tx.update(watches).set({ matching: now }).where(eq(watches.id, s.id)).run();
      if (!row.matching) return 0;
      const { added, removed } = diff(row.matching, now);
      const changed = [...added, ...removed];
      if (changed.length === 0) return 0;
      const named = new Map(
        tx
          .select({ id: products.id, name: products.name, slug: products.slug, providerId: products.providerId })
          .from(products)
          .where(inArray(products.id, changed))
          .all()
          .map((p) => [p.id, p]),
      );
      let written = 0;
      for (const [ids, kind] of [
        [added, "search_match"],
        [removed, "search_unmatch"],
      ] as const) {
        for (const id of ids) {
          const p = named.get(id);
          if (!p) continue; // removed from the catalogue altogether
          recordWatchEvent({
            kind,
            watchId: s.id,
            productId: p.id,
            providerId: p.providerId,
            title:
              kind === "search_match"
                ? `${p.name} now matches your search: ${row.label}`
                : `${p.name} no longer matches your search: ${row.label}`,
            path: `/products/${p.slug}`,
          });
          written += 1;
        }
      }
      return written;
    });
  }
  return { checked: saved.length, events };
}
