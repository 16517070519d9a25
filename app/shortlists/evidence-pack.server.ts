/**
 * Evidence snapshots: a frozen JSON copy of a shortlist's listings, badges, provider facts, the
 * purchase and every rule result as they stood when taken. Rows are only ever inserted, and the
 * copy holds values, never ids to look up later, so a later edit to a listing cannot change it.
 */
import { and, desc, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { shortlistSnapshots } from "~db/schema";
import { todayIso, type IsoDate } from "~/platform/dates";
import type { ProposedPurchase } from "~/procurement/purchase";
import { alignProduct } from "~/procurement/alignment.server";
import { listingDetails } from "~/catalogue/listing-details.server";
import { responsibilitySnapshot } from "~/responsibility/responsibility.server";
import { loadRuleVersions } from "~/procurement/rules.server";
import { SNAPSHOT_FORMAT, type SnapshotData, type SnapshotResult } from "./evidence-pack";
import type { Shortlist } from "./shortlist.server";

export function takeSnapshot({
  shortlist,
  userId,
  purchase,
  today = todayIso(),
}: {
  shortlist: Shortlist;
  userId: number;
  purchase: ProposedPurchase | null;
  today?: IsoDate;
}): number {
  const rules = loadRuleVersions();
  const versionIds = new Map(rules.map((v) => [`${v.key}:${v.version}`, v.id]));
  const notes = new Map(shortlist.items.map((i) => [i.productId, i.note]));
  const listings = listingDetails({ productIds: shortlist.items.map((i) => i.productId), today }).map((listing) => {
    const results: SnapshotResult[] = purchase
      ? alignProduct({ productId: listing.id, name: listing.name, purchase, rules, today }).map((r) => ({
          ...r,
          ruleVersionId: r.version ? (versionIds.get(`${r.key}:${r.version.version}`) ?? null) : null,
        }))
      : [];
    return { ...listing, note: notes.get(listing.id) ?? "", results, responsibility: responsibilitySnapshot(listing.id) };
  });
  const data: SnapshotData = {
    format: SNAPSHOT_FORMAT,
    takenOn: today,
    shortlist: { id: shortlist.id, name: shortlist.name },
    purchase,
    listings,
  };
  return db()
    .insert(shortlistSnapshots)
    .values({ shortlistId: shortlist.id, takenBy: userId, data: data as unknown as Record<string, unknown> })
    .returning({ id: shortlistSnapshots.id })
    .get().id;
}

/** Newest first; the caller has already checked the shortlist belongs to the user. */
export function listSnapshots({ shortlistId }: { shortlistId: number }) {
  return db()
    .select({ id: shortlistSnapshots.id, takenAt: shortlistSnapshots.takenAt })
    .from(shortlistSnapshots)
    .where(eq(shortlistSnapshots.shortlistId, shortlistId))
    .orderBy(desc(shortlistSnapshots.takenAt), desc(shortlistSnapshots.id))
    .all();
}

export function getSnapshot({ shortlistId, id }: { shortlistId: number; id: number }) {
  const row = db()
    .select({ id: shortlistSnapshots.id, takenAt: shortlistSnapshots.takenAt, data: shortlistSnapshots.data })
    .from(shortlistSnapshots)
    .where(and(eq(shortlistSnapshots.shortlistId, shortlistId), eq(shortlistSnapshots.id, id)))
    .get();
  return row ? { id: row.id, takenAt: row.takenAt, data: row.data as unknown as SnapshotData } : null;
}
