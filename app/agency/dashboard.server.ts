/**
 * The facts of an agency's service dashboard, for /agency and its printable summary: the products
 * the agency uses with their badges' currency (assurance/currency.ts decides every state), price
 * changes since the agency started using each, colleagues' reviews and what to do next.
 */
import { productBadges } from "~/catalogue/product.server";
import { withWords } from "~/assurance/badge-words.server";
import { assessmentsForStaff } from "~/assessments/assessment.server";
import { priceHistory } from "~/pricing/prices.server";
import { changeInWords, priceSummary } from "~/pricing/price-words";
import { addDays, formatDate, type IsoDate } from "~/platform/dates";
import { agencyById, agencyProductEntries, type AgencyProductEntry } from "./agency-products.server";
import { colleagueReviews, ownPendingReviews } from "./agency-reviews.server";
import { nextSteps } from "./next-steps";
import { AGENCY_SOURCE_NOTES, relationshipWord } from "./vocabulary";
import {
  PRODUCT_STATES,
  type AgencyDashboard,
  type DashboardBadge,
  type DashboardProduct,
  type PriceFacts,
  type ProductState,
} from "./dashboard-view";

/** A colleague's review counts as new for this long after it was published. */
export const NEW_REVIEW_DAYS = 30;

function productState(badges: DashboardBadge[]): ProductState {
  if (badges.some((b) => b.state === "overdue")) return "overdue";
  if (badges.some((b) => b.state === "due")) return "due";
  if (badges.some((b) => b.state === "current")) return "current";
  return "undated";
}

function badgesFor(productId: number, today: IsoDate): DashboardBadge[] {
  return productBadges(productId, today).map((raw) => {
    const b = withWords(raw);
    return {
      id: b.id,
      kind: b.kind,
      mapped: b.mapped,
      title: b.words.title,
      state: b.currency.state,
      label: b.currency.label,
      expiresOn: b.currency.expiresOn,
      expiresWords: b.currency.expiresOn ? formatDate(b.currency.expiresOn) : null,
      daysToExpiry: b.currency.daysToExpiry,
    };
  });
}

/**
 * Approved lists in date order; the changes shown are those of lists that started after the agency
 * did (the first list of all is the baseline, not a change), upcoming ones included.
 */
function pricesFor(entry: AgencyProductEntry, today: IsoDate): PriceFacts {
  const history = priceHistory({ productId: entry.productId });
  if (history.length === 0) return { published: false, summary: null, changes: [] };
  const inForce = history.filter((l) => l.effectiveFrom <= today).at(-1) ?? null;
  const summary = inForce ? `${priceSummary(inForce.items)}${inForce.source === "sample" ? " (sample prices)" : ""}` : null;
  const changes = history
    .slice(1)
    .filter((l) => entry.since === null || l.effectiveFrom > entry.since)
    .map((l) => ({
      effectiveFrom: l.effectiveFrom,
      effectiveWords: formatDate(l.effectiveFrom),
      upcoming: l.effectiveFrom > today,
      words: l.changes.map((c) => `${c.name}: ${changeInWords(c)}`),
    }));
  return { published: true, summary, changes };
}

/** Products the agency has assessed (a draft, pending or published assessment) or relies on another agency's assessment of. */
function assessedSlugs({ userId, agency }: { userId: number; agency: { id: number; name: string } }): Set<string> {
  const { mine, agency: colleagues, reliances } = assessmentsForStaff({ userId, agencyId: agency.id });
  // "mine" includes what the person wrote for an earlier agency: only this agency's own count
  // (agency names are unique).
  return new Set([
    ...[...mine, ...colleagues].filter((a) => a.status !== "rejected" && a.agencyName === agency.name).map((a) => a.productSlug),
    ...reliances.map((r) => r.productSlug),
  ]);
}

export function agencyDashboard({ agencyId, userId, today }: { agencyId: number; userId: number; today: IsoDate }): AgencyDashboard | null {
  const agency = agencyById({ agencyId });
  if (!agency) return null;
  const entries = agencyProductEntries({ agencyId });
  const assessed = assessedSlugs({ userId, agency });
  const products: DashboardProduct[] = entries.map((e) => {
    const badges = badgesFor(e.productId, today);
    return {
      productId: e.productId,
      slug: e.slug,
      name: e.name,
      providerName: e.providerName,
      mapped: e.productSource === "fedramp",
      relationship: e.relationship,
      relationshipWords: relationshipWord(e.relationship),
      since: e.since,
      sinceWords: e.since ? formatDate(e.since) : null,
      state: productState(badges),
      badges,
      prices: pricesFor(e, today),
      assessed: assessed.has(e.slug),
    };
  });
  const newFrom = addDays(today, -NEW_REVIEW_DAYS);
  const reviews = colleagueReviews({ agencyId, productIds: entries.map((e) => e.productId), userId }).map((r) => {
    const published = r.publishedAt ? r.publishedAt.slice(0, 10) : null;
    return {
      id: r.id,
      productSlug: r.productSlug,
      productName: r.productName,
      title: r.title,
      overall: r.overall,
      publishedWords: published ? formatDate(published) : null,
      reviewerName: r.reviewerName,
      isOwn: r.isOwn,
      isNew: published !== null && published >= newFrom,
    };
  });
  const counts = Object.fromEntries(PRODUCT_STATES.map((s) => [s, products.filter((p) => p.state === s).length])) as Record<
    ProductState,
    number
  >;
  return {
    agency: { id: agency.id, name: agency.name, source: agency.source, sourceNote: AGENCY_SOURCE_NOTES[agency.source] ?? null },
    today,
    todayWords: formatDate(today),
    products,
    counts,
    reviews,
    ownPending: ownPendingReviews({ userId }).map(({ updatedAt: _u, ...r }) => r),
    nextSteps: nextSteps({ products, reviews }),
  };
}
