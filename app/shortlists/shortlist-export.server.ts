/**
 * A shortlist as CSV (the open-data writer: RFC 4180, formula guard, BOM): one row per product, a group of columns per badge kind (the most
 * recent badge of that kind), one column per procurement rule when a purchase exists, and the price list in force.
 */
import { toCsv, type CsvValue } from "~/platform/csv";
import { BADGE_KIND_LABELS, BADGE_KINDS } from "~/assurance/vocabulary";
import { todayIso, type IsoDate } from "~/platform/dates";
import { CURRENCY_STATE_LABELS, type CurrencyState } from "~/assurance/currency";
import { badgeLevelText } from "~/assurance/badge-level";
import { mappedIrapTitle } from "~/assurance/labels";
import type { ProposedPurchase } from "~/procurement/purchase";
import { OUTCOME_LABELS } from "~/procurement/rules";
import { responsibilityCsvCells, responsibilityCsvHeader } from "~/responsibility/export";
import { alignProduct } from "~/procurement/alignment.server";
import { listingDetails } from "~/catalogue/listing-details.server";
import { responsibilitySnapshot } from "~/responsibility/responsibility.server";
import { loadRuleVersions } from "~/procurement/rules.server";
import { listsInForce } from "~/pricing/prices.server";
import { lowestPaidUnitPrice } from "~/pricing/price-words";
import { formatUnitPrice, PRICE_UNIT_LABELS } from "~/pricing/price-items";
import type { Shortlist } from "./shortlist.server";

export function shortlistCsv({
  shortlist,
  purchase,
  today = todayIso(),
}: {
  shortlist: Shortlist;
  purchase: ProposedPurchase | null;
  today?: IsoDate;
}): string {
  const rules = loadRuleVersions();
  const notes = new Map(shortlist.items.map((i) => [i.productId, i.note]));
  const listings = listingDetails({ productIds: shortlist.items.map((i) => i.productId), today });
  const results = listings.map((l) => (purchase ? alignProduct({ productId: l.id, name: l.name, purchase, rules, today }) : []));
  const ruleColumns = results[0]?.map((r) => ({ key: r.key, name: r.name })) ?? [];
  const lists = listsInForce({ productIds: listings.map((l) => l.id), today });

  const header = ["Product", "Provider", "Service model"];
  for (const kind of BADGE_KINDS) {
    const label = BADGE_KIND_LABELS[kind];
    header.push(`${label} level`, `${label} assessed`, `${label} expires`, `${label} currency`);
  }
  for (const r of ruleColumns) header.push(`Rule: ${r.name}`);
  header.push("Has published prices", "From price (ex GST)", "Price unit", "Price list effective from");
  header.push(...responsibilityCsvHeader(), "Note", "Product page");

  const rows = listings.map((l, i) => {
    const row: CsvValue[] = [l.name, l.provider.name, l.serviceModel];
    for (const kind of BADGE_KINDS) {
      // productBadges sorts each kind newest first.
      const badge = l.badges.find((b) => b.kind === kind);
      row.push(
        !badge
          ? ""
          : badge.mapped && kind === "irap"
            ? `${mappedIrapTitle(badge.level)}: not an IRAP assessment`
            : badgeLevelText(kind, badge.level),
        badge?.assessedOn ?? badge?.periodEnd ?? "",
        badge?.expiresOn ?? "",
        badge ? CURRENCY_STATE_LABELS[badge.currency.state as CurrencyState] : "",
      );
    }
    const byKey = new Map(results[i].map((r) => [r.key, r]));
    for (const c of ruleColumns) {
      const r = byKey.get(c.key);
      row.push(r ? `${OUTCOME_LABELS[r.outcome]}: ${r.reason}` : "");
    }
    const list = lists.get(l.id);
    const from = list ? lowestPaidUnitPrice(list.items) : null;
    row.push(
      list ? (list.source === "sample" ? "Yes (sample prices)" : "Yes") : "No: price on request",
      from ? formatUnitPrice(from.micros) : "",
      from ? PRICE_UNIT_LABELS[from.unit] : "",
      list?.effectiveFrom ?? "",
    );
    row.push(...responsibilityCsvCells(responsibilitySnapshot(l.id)), notes.get(l.id) ?? "", `/products/${l.slug}`);
    return row;
  });
  return toCsv(header, rows);
}

/** A safe, readable download name: "cloud-shortlist-3-crm-options-2026-11-23.csv". */
export function csvFilename({ shortlist, today = todayIso() }: { shortlist: { id: number; name: string }; today?: IsoDate }): string {
  return `cloud-shortlist-${shortlist.id}${nameSlug(shortlist.name)}-${today}.csv`;
}

/** "evidence-pack-3-crm-options-snapshot-12-2026-11-23.pdf": the shortlist, the snapshot and the day it was taken. */
export function packFilename({
  shortlist,
  snapshotId,
  takenOn,
  extension,
}: {
  shortlist: { id: number; name: string };
  snapshotId: number;
  takenOn: IsoDate;
  extension: "pdf" | "json";
}): string {
  return `evidence-pack-${shortlist.id}${nameSlug(shortlist.name)}-snapshot-${snapshotId}-${takenOn}.${extension}`;
}

function nameSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return slug ? `-${slug}` : "";
}

export function downloadHeaders(type: string, filename: string): Record<string, string> {
  return {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${filename}"`,
    // A shortlist or a pack is the buyer's own record: never kept by a shared cache.
    "Cache-Control": "private, no-store",
  };
}
