/**
 * What changed in the catalogue lately, from plain rows and today's date: new listings, new
 * assessments, and badges whose currency runs out soon. Pure, so the page and the Atom feed agree.
 */
import { badgeCurrency, DUE_WINDOW_DAYS } from "~/assurance/currency";
import { addDays } from "~/platform/dates";

export const WHATS_NEW_DAYS = 90;

export interface ListedProduct {
  slug: string;
  name: string;
  providerName: string;
  serviceModel: string;
  listedOn: string;
}

export interface BadgeRow {
  productSlug: string;
  productName: string;
  providerName: string;
  kind: string;
  level: string;
  assessedOn: string | null;
  expiresOn: string | null;
  periodEnd: string | null;
  assessorName: string | null;
}

export interface NewAssessment extends BadgeRow {
  /** The assessment date, or a SOC 2 report's period end. */
  on: string;
}

export interface LapsingBadge extends BadgeRow {
  lapsesAfter: string;
  daysToExpiry: number;
  /** The day it entered the 90-day window: when it became news. */
  dueSince: string;
}

export interface WhatsNew {
  since: string;
  today: string;
  newlyListed: ListedProduct[];
  newAssessments: NewAssessment[];
  lapsing: LapsingBadge[];
}

const inWindow = (date: string | null, since: string, today: string): date is string => !!date && date >= since && date <= today;

export function whatsNew({ products, badges, today }: { products: ListedProduct[]; badges: BadgeRow[]; today: string }): WhatsNew {
  const since = addDays(today, -WHATS_NEW_DAYS);
  const visible = badges.filter((b) => !badgeCurrency(b, today).hidden);

  const newlyListed = products
    .filter((p) => inWindow(p.listedOn, since, today))
    .sort((a, b) => b.listedOn.localeCompare(a.listedOn) || a.name.localeCompare(b.name, "en-AU"));

  const newAssessments = visible
    .map((b) => ({ ...b, on: b.assessedOn ?? b.periodEnd ?? "" }))
    .filter((b) => inWindow(b.on, since, today))
    .sort((a, b) => b.on.localeCompare(a.on) || a.productName.localeCompare(b.productName, "en-AU"));

  // Only a product's latest badge of each kind can lapse: an older one has been superseded.
  const latest = new Map<string, BadgeRow>();
  const dated = (b: BadgeRow) => b.assessedOn ?? b.periodEnd ?? "";
  for (const b of visible) {
    const key = `${b.productSlug}\n${b.kind}`;
    const seen = latest.get(key);
    if (!seen || dated(b) > dated(seen)) latest.set(key, b);
  }
  const lapsing: LapsingBadge[] = [];
  for (const b of latest.values()) {
    const c = badgeCurrency(b, today);
    if (c.state !== "due" || !c.expiresOn || c.daysToExpiry === null) continue;
    lapsing.push({ ...b, lapsesAfter: c.expiresOn, daysToExpiry: c.daysToExpiry, dueSince: addDays(c.expiresOn, -DUE_WINDOW_DAYS) });
  }
  lapsing.sort((a, b) => a.lapsesAfter.localeCompare(b.lapsesAfter) || a.productName.localeCompare(b.productName, "en-AU"));

  return { since, today, newlyListed, newAssessments, lapsing };
}
