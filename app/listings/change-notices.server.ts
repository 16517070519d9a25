/**
 * What an editor's decision on a listing change tells people: the provider hears it was approved
 * (with the editor's note) or not (with the reason), naming the badge or listing it concerns; once
 * approved, those who watch the product or provider hear what changed (app/watches). Called by
 * listing-change.server.ts with the decision, in its transaction.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { listingChanges, priceLists, products, providers, users } from "~db/schema";
import { formatDate } from "~/platform/dates";
import { providerReps, sendNotice } from "~/notifications/notices.server";
import { siteLink } from "~/notifications/site-link.server";
import { changeTitle } from "./change-title";
import { badgeSentence, badgeTitle } from "~/assurance/labels";
import { recordWatchEvent } from "~/watches/events.server";
import type { WatchEventKind } from "~/watches/vocabulary";

type Snapshot = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" && value ? value : null);

/** A badge change, as someone who watches the product reads it: renewed, changed (level or evidence), or new. */
function badgeEvent(before: Snapshot | null, after: Snapshot, product: string): { kind: WatchEventKind; title: string; detail: string } {
  const now = {
    kind: String(after.kind ?? ""),
    level: String(after.level ?? ""),
    assessedOn: text(after.assessedOn),
    periodEnd: text(after.periodEnd),
    assessorName: text(after.assessorName),
  };
  const sentence = badgeSentence(now);
  const name = badgeTitle(now.kind, now.level);
  if (!before) return { kind: "badge_added", title: `New badge on ${product}: ${name}`, detail: sentence };
  // A new level is the news even when the dates moved too; otherwise later dates are a renewal
  // (which usually brings a new report); a new report alone is a change of evidence.
  if (before.level !== after.level) {
    const was = badgeTitle(String(before.kind), String(before.level));
    return { kind: "badge_changed", title: `${name} on ${product}, was ${was}`, detail: `Level changed. ${sentence}` };
  }
  const later = (field: string) =>
    typeof after[field] === "string" && (before[field] == null || String(after[field]) > String(before[field]));
  const renewed = later("assessedOn") || later("periodEnd");
  const evidence = before.evidenceRef !== after.evidenceRef ? " New evidence is attached." : "";
  if (renewed) return { kind: "badge_renewed", title: `${name} renewed on ${product}`, detail: `${sentence}${evidence}` };
  if (evidence) return { kind: "badge_changed", title: `${name} on ${product}: new evidence`, detail: `${sentence}${evidence}` };
  return { kind: "badge_changed", title: `${name} changed on ${product}`, detail: sentence };
}

/** Those who watch the product or provider hear of an approved change. */
function tellWatchers(c: {
  changeId: number;
  entity: string;
  title: string;
  before: Snapshot | null;
  after: Snapshot;
  providerId: number;
  providerSlug: string;
  productId: number | null;
  productName: string | null;
  productSlug: string | null;
}) {
  const path = c.productSlug ? `/products/${c.productSlug}` : `/providers/${c.providerSlug}`;
  const base = { productId: c.productId, providerId: c.providerId, path };
  if (c.entity === "badge") {
    recordWatchEvent({ ...base, ...badgeEvent(c.before, c.after, c.productName ?? "a product") });
  } else if (c.entity === "prices" && c.productSlug) {
    // The start date as approved: one approved late starts on its approval day (listing-change.server.ts).
    const list = db().select({ effectiveFrom: priceLists.effectiveFrom }).from(priceLists).where(eq(priceLists.changeId, c.changeId)).get();
    recordWatchEvent({
      ...base,
      path: `/products/${c.productSlug}/prices`,
      kind: "listing_changed",
      title: `New prices for ${c.productName ?? "a product"}`,
      detail: list
        ? `An editor approved the provider's new price list, in force from ${formatDate(list.effectiveFrom)}.`
        : "An editor approved the provider's new price list.",
    });
  } else if (c.entity === "provider") {
    recordWatchEvent({
      ...base,
      kind: "provider_changed",
      title: `${c.title} changed`,
      detail: "An editor approved the provider's update.",
    });
  } else {
    recordWatchEvent({
      ...base,
      kind: "listing_changed",
      title: `${c.title} changed`,
      detail: "An editor approved the provider's update.",
    });
  }
}

/** An editor decided a listing change: the person who proposed it (else the provider's representatives) hears the outcome. */
export function notifyChangeDecision(changeId: number): void {
  const c = db()
    .select({
      entity: listingChanges.entity,
      status: listingChanges.status,
      reviewNote: listingChanges.reviewNote,
      before: listingChanges.before,
      after: listingChanges.after,
      providerId: listingChanges.providerId,
      submittedBy: listingChanges.submittedBy,
      providerName: providers.name,
      providerSlug: providers.slug,
      productId: listingChanges.productId,
      productName: products.name,
      productSlug: products.slug,
    })
    .from(listingChanges)
    .innerJoin(providers, eq(providers.id, listingChanges.providerId))
    .leftJoin(products, eq(products.id, listingChanges.productId))
    .where(eq(listingChanges.id, changeId))
    .get();
  if (!c || (c.status !== "approved" && c.status !== "rejected")) return;
  const title = changeTitle({ ...c, before: c.before ?? null });
  const proposer = c.submittedBy
    ? db().select({ email: users.email, name: users.displayName }).from(users).where(eq(users.id, c.submittedBy)).get()
    : undefined;
  const approved = c.status === "approved";
  const lines = approved
    ? [
        `${title}: approved.${c.reviewNote ? ` The editor's note: ${c.reviewNote}` : ""}`,
        "",
        `Buyers see it now: ${siteLink(c.productSlug ? `/products/${c.productSlug}` : `/providers/${c.providerSlug}`)}`,
      ]
    : [
        `${title}: not approved.`,
        `The editor's reason: ${c.reviewNote ?? "none given"}`,
        "",
        `Change it and propose it again from your dashboard: ${siteLink("/provider")}`,
      ];
  if (approved) tellWatchers({ ...c, changeId, before: c.before ?? null, title });
  for (const to of proposer ? [proposer] : providerReps(c.providerId)) {
    sendNotice(to.email, `${approved ? "Approved" : "Not approved"}: ${title}`, [`Hello ${to.name},`, "", ...lines], {
      kind: "provider_news",
    });
  }
}
