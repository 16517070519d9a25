/**
 * Evidence snapshots: a frozen JSON copy of a shortlist's listings, badges, provider facts, the
 * purchase and every rule result as they stood when taken. Rows are only ever inserted, and the
 * copy holds values, never ids to look up later, so a later edit to a listing cannot change it.
 */
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { and, desc, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { shortlistSnapshots } from "~db/schema";
import { todayIso, type IsoDate } from "~/platform/dates";
import type { ProposedPurchase } from "~/procurement/purchase";
import { alignProduct } from "~/procurement/alignment.server";
import { listingDetails } from "~/catalogue/listing-details.server";
import { responsibilitySnapshot } from "~/responsibility/responsibility.server";
import { loadRuleVersions } from "~/procurement/rules.server";
import { badgeTitle } from "~/assurance/labels";
import { EVIDENCE_LABELS, type EvidenceLevel } from "~/assurance/vocabulary";
import type { CurrentUser } from "~/accounts/user.server";
import { assessmentsToFreeze } from "~/assessments/pack-assessments.server";
import { estimateBasisFor } from "~/pricing/compare-prices.server";
import { estimateByUnit, estimateInWords, type EstimateBasis } from "~/pricing/compare-prices";
import { estimateCost } from "~/pricing/estimate";
import { priceListInForce, serviceDocumentsFor } from "~/pricing/prices.server";
import { findOwnShortlist } from "./shortlist.server";
import {
  CANONICALISATION,
  SNAPSHOT_FORMAT,
  type EvidencePackFile,
  type FrozenEstimate,
  type FrozenPriceList,
  type SnapshotBadge,
  type SnapshotData,
  type SnapshotResult,
} from "./evidence-pack";
import type { Shortlist } from "./shortlist.server";

export function takeSnapshot({
  shortlist,
  user,
  purchase,
  now = new Date(),
}: {
  shortlist: Shortlist;
  user: Pick<CurrentUser, "id" | "displayName" | "email" | "agencyName" | "agencyId" | "roles" | "providerId">;
  purchase: ProposedPurchase | null;
  now?: Date;
}): number {
  const today: IsoDate = todayIso(now);
  const rules = loadRuleVersions();
  const versionIds = new Map(rules.map((v) => [`${v.key}:${v.version}`, v.id]));
  const notes = new Map(shortlist.items.map((i) => [i.productId, i.note]));
  const frozen = assessmentsToFreeze({
    productIds: shortlist.items.map((i) => i.productId),
    taker: user,
    classification: purchase?.classification ?? null,
    today,
  });
  const basis = estimateBasisFor({ purchase, today });
  const listings = listingDetails({ productIds: shortlist.items.map((i) => i.productId), today }).map((listing) => {
    const results: SnapshotResult[] = purchase
      ? alignProduct({ productId: listing.id, name: listing.name, purchase, rules, today }).map((r) => ({
          ...r,
          ruleVersionId: r.version ? (versionIds.get(`${r.key}:${r.version.version}`) ?? null) : null,
        }))
      : [];
    const badges: SnapshotBadge[] = listing.badges.map((b) => ({
      ...b,
      title: `${badgeTitle(b.kind, b.level, b.mapped)}${b.mapped && b.kind === "irap" ? ": not an IRAP assessment" : ""}`,
      evidenceLabel: EVIDENCE_LABELS[b.evidenceLevel as EvidenceLevel] ?? b.evidenceLevel,
    }));
    const list = priceListInForce({ productId: listing.id, today });
    const prices: FrozenPriceList | null = list
      ? { effectiveFrom: list.effectiveFrom, approvedAt: list.approvedAt, source: list.source, note: list.note, items: list.items }
      : null;
    return {
      ...listing,
      badges,
      note: notes.get(listing.id) ?? "",
      results,
      responsibility: responsibilitySnapshot(listing.id),
      assessments: frozen.byProduct.get(listing.id) ?? null,
      prices,
      documents: serviceDocumentsFor({ productId: listing.id }),
      estimate: basis ? estimateInWords(estimateByUnit({ slug: listing.slug, items: prices?.items ?? null, basis })) : null,
    };
  });
  const takenAt = now.toISOString();
  const data: SnapshotData = {
    format: SNAPSHOT_FORMAT,
    takenOn: today,
    takenAt,
    takenBy: { name: user.displayName, email: user.email, agency: user.agencyName ?? null },
    shortlist: { id: shortlist.id, name: shortlist.name },
    purchase,
    requirements: frozen.requirements,
    estimate: purchase && basis ? freezeEstimate(purchase, basis) : null,
    listings,
  };
  return db()
    .insert(shortlistSnapshots)
    .values({ shortlistId: shortlist.id, takenAt, takenBy: user.id, data: data as unknown as Record<string, unknown> })
    .returning({ id: shortlistSnapshots.id })
    .get().id;
}

/** The purchase's estimate priced on the list it was built on, with the purchase's term, as the pack keeps it. */
function freezeEstimate(purchase: ProposedPurchase, basis: EstimateBasis): FrozenEstimate | null {
  const made = purchase.costEstimate;
  if (!made) return null;
  const keys = new Set(basis.sourceItems.map((i) => i.key));
  const quantities = Object.fromEntries(Object.entries(made.quantities).filter(([k, q]) => keys.has(k) && q > 0));
  const e = estimateCost({ items: basis.sourceItems, quantities, termMonths: basis.termMonths, extensionMonths: basis.extensionMonths });
  return {
    productSlug: made.productSlug,
    productName: made.productName,
    priceListFrom: made.priceListFrom,
    madeOn: made.madeOn,
    termMonths: basis.termMonths,
    extensionMonths: basis.extensionMonths,
    lines: e.lines.map((l) => ({ name: l.name, unit: l.unit, quantity: l.quantityPerMonth, totalExGst: l.totalExGstMicros / 1_000_000 })),
    totalExGst: e.totalExGst,
    gst: e.gst,
    totalGstInc: e.totalGstInc,
    assumptions: e.assumptions,
  };
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

/**
 * The pack as a file: its content and the SHA-256 of the content's canonical JSON (RFC 8785: keys
 * sorted, no spaces, numbers in one form), so anyone holding a copy can recompute the checksum
 * printed on the pack with any JCS library and see that nothing was changed.
 */
export function evidencePackFile(data: SnapshotData): EvidencePackFile {
  return {
    checksum: { algorithm: "SHA-256", canonicalisation: CANONICALISATION, of: "content", value: packChecksum(data) },
    content: data,
  };
}

export function packChecksum(content: unknown): string {
  return createHash("sha256")
    .update(canonicalize(content) ?? "", "utf8")
    .digest("hex");
}

/**
 * The shortlist and snapshot a pack request names: the user's own shortlist (anyone else's reads
 * as missing, so its existence is not revealed) and the snapshot asked for, or the newest (null
 * when none has been taken). A problem is a sentence for a 404.
 */
export function findPack({
  userId,
  id,
  snapshot,
}: {
  userId: number;
  id: string | undefined;
  snapshot: string | null;
}): { shortlist: Shortlist; snapshot: ReturnType<typeof getSnapshot> } | { problem: string } {
  const shortlist = findOwnShortlist({ id, userId });
  if (!shortlist) return { problem: "We could not find that shortlist." };
  if (snapshot === null || snapshot === "") {
    const newest = listSnapshots({ shortlistId: shortlist.id })[0];
    return { shortlist, snapshot: newest ? getSnapshot({ shortlistId: shortlist.id, id: newest.id }) : null };
  }
  const n = Number(snapshot);
  const found = Number.isSafeInteger(n) && n > 0 ? getSnapshot({ shortlistId: shortlist.id, id: n }) : null;
  return found ? { shortlist, snapshot: found } : { problem: "We could not find that snapshot." };
}
