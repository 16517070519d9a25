/**
 * Which fields a badge of each kind has, and the levels it may take with their names: the provider's
 * badge form shows exactly these, and the proposal schema (fields.server.ts) accepts exactly these,
 * so a field never appears on a kind it does not describe ("SOC 2 only" on an IRAP badge) and a
 * level is always one of the kind's own, shown in words rather than as its stored code.
 */
import { levelLabel } from "~/assurance/labels";
import type { BadgeKind } from "~/assurance/vocabulary";
import { levelsFor } from "./fields";

export interface BadgeKindFields {
  /** The level is chosen from the kind's levels; false where the kind has one level (ISO 27001, SOC 2). */
  chooseLevel: boolean;
  /** The assessment or issue date, the anchor of every kind but SOC 2. */
  assessedOn: boolean;
  /** Required: false for an uncertified HCF record, which has no certificate date. */
  assessedOnRequired: (level: string) => boolean;
  /** Only certificates that state their own expiry (ISO 27001, CSA STAR Certification). */
  expiresOn: boolean;
  /** SOC 2: the report's period end, its anchor date. */
  periodEnd: boolean;
  /** IRAP: the ISM release the assessment used. */
  ismRelease: boolean;
  /** Essential Eight: a maturity level for each of the eight strategies; the overall level is their lowest. */
  e8Strategies: boolean;
}

const always = () => true;

export function badgeKindFields(kind: BadgeKind | string): BadgeKindFields {
  return {
    chooseLevel: (levelsFor(kind)?.length ?? 0) > 1,
    assessedOn: kind !== "soc2",
    assessedOnRequired: kind === "hcf" ? (level) => level !== "uncertified" : always,
    expiresOn: kind === "iso27001" || kind === "csa_star",
    periodEnd: kind === "soc2",
    ismRelease: kind === "irap",
    e8Strategies: kind === "e8",
  };
}

/** The kind's levels as a person reads them, e.g. { value: "level2_attestation", label: "Level 2 Attestation" }. */
export function levelOptions(kind: string): { value: string; label: string }[] {
  return (levelsFor(kind) ?? []).map((value) => ({ value, label: levelLabel(kind, value) }));
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * "ISM June 2024" from what a provider typed ("June 2024", "ism june 2024"), with the first day of
 * that month so it can be compared with the assessment date; null when it is not a month and year.
 */
export function parseIsmRelease(value: string): { name: string; firstDay: string } | null {
  const match = /^(?:ISM\s+)?([A-Za-z]+)\s+(\d{4})$/i.exec(value.trim());
  if (!match) return null;
  const month = MONTHS.findIndex((m) => m.toLowerCase() === match[1].toLowerCase());
  const year = Number(match[2]);
  if (month < 0 || year < 2000 || year > 2100) return null;
  return { name: `ISM ${MONTHS[month]} ${year}`, firstDay: `${year}-${String(month + 1).padStart(2, "0")}-01` };
}
