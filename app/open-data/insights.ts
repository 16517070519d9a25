/** The figures /insights draws, from plain rows: pure so each count is testable by hand. */
import type { CurrencyState } from "~/assurance/currency";
import { IRAP_LEVELS, type BadgeKind } from "~/assurance/vocabulary";
import type { DatedBadge } from "./record";

/** Kinds whose framework sets an expiry; HCF and Essential Eight carry none, so have no currency. */
export const EXPIRING_KINDS = ["irap", "iso27001", "soc2", "csa_star", "pci_dss"] as const satisfies readonly BadgeKind[];

export function productsByIrapLevel(entries: { irapLevel: string | null }[]): { level: string; count: number }[] {
  const levels: string[] = [...IRAP_LEVELS].reverse();
  return [...levels, "none"].map((level) => ({
    level,
    count: entries.filter((e) => (e.irapLevel ?? "none") === level).length,
  }));
}

export type CurrencyCounts = Record<Exclude<CurrencyState, "no_expiry">, number>;

/** Each product's latest badge of each kind (an older one is superseded), counted by currency. */
export function currencyByKind(products: { badges: DatedBadge[] }[]): { kind: (typeof EXPIRING_KINDS)[number]; counts: CurrencyCounts }[] {
  const out = EXPIRING_KINDS.map((kind) => ({ kind, counts: { current: 0, due: 0, overdue: 0 } as CurrencyCounts }));
  const dated = (b: DatedBadge) => b.assessedOn ?? b.periodEnd ?? "";
  for (const p of products) {
    for (const row of out) {
      const latest = p.badges.filter((b) => b.kind === row.kind).sort((a, b) => dated(b).localeCompare(dated(a)))[0];
      if (latest && latest.state !== "no_expiry") row.counts[latest.state] += 1;
    }
  }
  return out;
}

export function ratingDistribution(rows: { overall: number; count: number }[]): { stars: number; count: number }[] {
  return [5, 4, 3, 2, 1].map((stars) => ({ stars, count: rows.filter((r) => r.overall === stars).reduce((n, r) => n + r.count, 0) }));
}

export function smeShare(providers: { sme: boolean }[]): { sme: number; other: number } {
  const sme = providers.filter((p) => p.sme).length;
  return { sme, other: providers.length - sme };
}
