/**
 * Currency rules for assurance badges (docs/domain.md, "Assurance a product can carry").
 * Pure functions of a badge and today's date: no I/O, so they are tested at every boundary.
 *
 * A badge is valid through its expiry date inclusive ("reassess at least every 24 months": an
 * assessment on 12 Mar 2025 still counts on 12 Mar 2027) and overdue from the day after.
 */
import { addDays, addMonths, daysBetween, formatDate, formatDayCount, type IsoDate } from "~/platform/dates";
import type { BadgeKind } from "./vocabulary";

export type CurrencyState = "current" | "due" | "overdue" | "no_expiry";

export const DUE_WINDOW_DAYS = 90;

export interface BadgeDates {
  kind: BadgeKind | string;
  level: string;
  assessedOn?: IsoDate | null;
  expiresOn?: IsoDate | null;
  periodEnd?: IsoDate | null;
  /** A FedRAMP authorisation shown as an Australian level: its currency is not an IRAP reassessment. */
  mapped?: boolean;
}

export interface Currency {
  state: CurrencyState;
  /** Last day the badge counts as current; null where the framework sets no expiry. */
  expiresOn: IsoDate | null;
  /** Days from today to expiry; negative once overdue. */
  daysToExpiry: number | null;
  /** A CSA STAR Level 1 CAIQ older than 3 years is no longer shown to buyers. */
  hidden: boolean;
  /** Plain words, e.g. "IRAP reassessment due in 41 days". */
  label: string;
}

/** What lapsing means for each kind, and how long a badge lasts, in months from its anchor date. */
interface CurrencyRule {
  months: number;
  anchor: "assessedOn" | "periodEnd";
  noun: string;
  /** Words for an overdue badge: "reassessment overdue", "expired", "stale". */
  lapsed: string;
  source: string;
}

export function currencyRule(badge: Pick<BadgeDates, "kind" | "level" | "mapped">): CurrencyRule | null {
  switch (badge.kind) {
    case "irap":
      if (badge.mapped)
        return {
          months: 24,
          anchor: "assessedOn",
          noun: "Check of the FedRAMP authorisation",
          lapsed: "FedRAMP authorisation past its 24 months",
          source: "Held to the IRAP rule (ISM control 1570: 24 months), although it is not an IRAP assessment",
        };
      return {
        months: 24,
        anchor: "assessedOn",
        noun: "IRAP reassessment",
        lapsed: "IRAP reassessment overdue",
        source: "ISM control 1570: reassess at least every 24 months",
      };
    case "iso27001":
      return {
        months: 36,
        anchor: "assessedOn",
        noun: "ISO/IEC 27001 certificate renewal",
        lapsed: "ISO/IEC 27001 certificate expired",
        source: "ISO/IEC 27001 three-year certification cycle",
      };
    case "soc2":
      return {
        months: 12,
        anchor: "periodEnd",
        noun: "New SOC 2 report",
        lapsed: "SOC 2 report stale",
        source: "SOC 2 Type II reports are stale 12 months after the period end",
      };
    case "pci_dss":
      return {
        months: 12,
        anchor: "assessedOn",
        noun: "PCI DSS reassessment",
        lapsed: "PCI DSS attestation expired",
        source: "PCI DSS attestation is annual",
      };
    case "csa_star":
      if (badge.level === "level1_caiq")
        return {
          months: 12,
          anchor: "assessedOn",
          noun: "CAIQ refresh",
          lapsed: "CAIQ deprecated",
          source: "CSA STAR: a Level 1 CAIQ is deprecated after 1 year and hidden after 3",
        };
      if (badge.level === "level2_attestation")
        return {
          months: 12,
          anchor: "assessedOn",
          noun: "STAR Attestation renewal",
          lapsed: "STAR Attestation lapsed",
          source: "CSA STAR Attestation renews every 12 months",
        };
      return {
        months: 36,
        anchor: "assessedOn",
        noun: "STAR Certification renewal",
        lapsed: "STAR Certification expired",
        source: "CSA STAR Certification follows the ISO/IEC 27001 three-year cycle",
      };
    default:
      // HCF certificates and Essential Eight assessments carry no framework-set expiry.
      return null;
  }
}

export function expiryDate(badge: BadgeDates): IsoDate | null {
  const rule = currencyRule(badge);
  if (!rule) return null;
  if (badge.kind === "iso27001" && badge.expiresOn) return badge.expiresOn;
  if (badge.kind === "csa_star" && badge.level === "level2_certification" && badge.expiresOn) return badge.expiresOn;
  const anchor = badge[rule.anchor];
  if (!anchor) return null;
  return addMonths(anchor, rule.months);
}

export function badgeCurrency(badge: BadgeDates, today: IsoDate): Currency {
  const rule = currencyRule(badge);
  const expiresOn = expiryDate(badge);
  if (!rule || !expiresOn) {
    return { state: "no_expiry", expiresOn: null, daysToExpiry: null, hidden: false, label: "No expiry set by the framework" };
  }
  const days = daysBetween(today, expiresOn);
  const hidden =
    badge.kind === "csa_star" && badge.level === "level1_caiq" && !!badge.assessedOn && today > addMonths(badge.assessedOn, 36);

  if (days < 0) {
    return { state: "overdue", expiresOn, daysToExpiry: days, hidden, label: `${rule.lapsed} since ${formatDate(addDays(expiresOn, 1))}` };
  }
  if (days <= DUE_WINDOW_DAYS) {
    const when = days === 0 ? "due today" : `due in ${formatDayCount(days)}`;
    return { state: "due", expiresOn, daysToExpiry: days, hidden, label: `${rule.noun} ${when}` };
  }
  return { state: "current", expiresOn, daysToExpiry: days, hidden, label: `Current until ${formatDate(expiresOn)}` };
}

export const CURRENCY_STATE_LABELS: Record<CurrencyState, string> = {
  current: "Current",
  due: "Due within 90 days",
  overdue: "Overdue or expired",
  no_expiry: "No expiry",
};
