/**
 * "What to do next" on the agency dashboard, worked out from the facts already on the page (pure,
 * so each suggestion is tested as a function). Overdue assurance comes first, then what falls due
 * soonest, then colleagues' new reviews, assessments still to do and price lists about to start.
 */
import { formatDayCount } from "~/platform/dates";
import type { ColleagueReview, DashboardBadge, DashboardProduct, NextStep } from "./dashboard-view";

/** A badge as a noun in a sentence; a FedRAMP authorisation is never called an IRAP assessment. */
export function badgeNoun(b: Pick<DashboardBadge, "kind" | "mapped">): string {
  if (b.kind === "irap" && b.mapped) return "FedRAMP authorisation";
  switch (b.kind) {
    case "irap":
      return "IRAP assessment";
    case "iso27001":
      return "ISO/IEC 27001 certificate";
    case "soc2":
      return "SOC 2 Type II report";
    case "csa_star":
      return "CSA STAR record";
    case "pci_dss":
      return "PCI DSS attestation";
    default:
      return b.kind;
  }
}

export function nextSteps({ products, reviews }: { products: DashboardProduct[]; reviews: ColleagueReview[] }): NextStep[] {
  const lapsed: (NextStep & { days: number })[] = [];
  const due: (NextStep & { days: number })[] = [];
  for (const p of products) {
    for (const b of p.badges) {
      const base = { href: `/products/${p.slug}#badges`, days: b.daysToExpiry ?? 0, detail: b.label };
      if (b.state === "overdue") lapsed.push({ ...base, key: `overdue-${b.id}`, text: `Check ${p.name}: its ${badgeNoun(b)} is overdue` });
      if (b.state === "due") {
        const left = b.daysToExpiry === 0 ? "last day today" : `${formatDayCount(b.daysToExpiry ?? 0)} left`;
        due.push({
          ...base,
          key: `due-${b.id}`,
          text: `Renew your risk assessment: ${p.name}'s ${badgeNoun(b)} lapses after ${b.expiresWords} (${left})`,
        });
      }
    }
  }
  const byDays = (a: { days: number }, b: { days: number }) => a.days - b.days;
  const strip = ({ days: _days, ...step }: NextStep & { days: number }): NextStep => step;
  return [
    ...lapsed.sort(byDays).map(strip),
    ...due.sort(byDays).map(strip),
    ...reviews
      .filter((r) => r.isNew && !r.isOwn)
      .map((r) => ({
        key: `review-${r.id}`,
        text: `Read the new review of ${r.productName}`,
        href: `/products/${r.productSlug}#review-${r.id}`,
      })),
    ...products
      .filter((p) => !p.assessed)
      .map((p) => ({
        key: `assess-${p.productId}`,
        text: `Assess ${p.name} against the common assessment framework`,
        href: `/products/${p.slug}/assess`,
      })),
    ...products.flatMap((p) =>
      p.prices.changes
        .filter((c) => c.upcoming)
        .map((c) => ({
          key: `prices-${p.productId}-${c.effectiveFrom}`,
          text: `Check ${p.name}'s new prices from ${c.effectiveWords}`,
          href: `/products/${p.slug}`,
          detail: c.words.join("; "),
        })),
    ),
  ];
}
