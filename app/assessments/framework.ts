/**
 * The common assessment framework as data (pure, no I/O): categories, qualities, what each score
 * means, minimums that may rise with the data classification, and mandatory qualities. A published
 * version is one `FrameworkDocument`; an assessment is always judged by the version it used.
 */
import { CLASSIFICATIONS, classificationRank, type Classification } from "~/assurance/vocabulary";

/**
 * Where a minimum comes from. "dta": the DTA's 2019 Cloud Assessment Tool published it.
 * "proposed": Cloud Exchange proposed it where the tool is silent; shown as such, never as DTA's.
 */
export type MinimumSource = "dta" | "proposed";

export interface FrameworkQuality {
  key: string;
  category: string;
  label: string;
  /** The question an assessor answers. */
  question: string;
  /** What a score of 1 to 5 means for this quality, lowest first. */
  levels: [string, string, string, string, string];
  /** The minimum for OFFICIAL data and below. */
  minimum: number;
  minimumSource: MinimumSource;
  /** A higher minimum from a classification up (proposed by Cloud Exchange unless said otherwise). */
  raisedFrom?: { classification: Classification; minimum: number; source: MinimumSource }[];
  /** Mandatory from this classification up ("UNOFFICIAL" means always). */
  mandatoryFrom?: Classification;
  mandatorySource?: MinimumSource;
}

export interface FrameworkCategory {
  key: string;
  label: string;
}

export interface FrameworkDocument {
  categories: FrameworkCategory[];
  qualities: FrameworkQuality[];
}

export interface FrameworkVersion {
  id: number;
  version: number;
  effectiveFrom: string;
  summary: string;
  sourceTitle: string;
  sourceUrl: string;
  document: FrameworkDocument;
}

export const SCORES = [1, 2, 3, 4, 5] as const;

/** The minimum a quality needs for data of this classification, and who set it. */
export function minimumFor(quality: FrameworkQuality, classification: Classification): { minimum: number; source: MinimumSource } {
  let best = { minimum: quality.minimum, source: quality.minimumSource };
  for (const r of quality.raisedFrom ?? []) {
    if (classificationRank(classification) >= classificationRank(r.classification) && r.minimum > best.minimum) {
      best = { minimum: r.minimum, source: r.source };
    }
  }
  return best;
}

export function isMandatory(quality: FrameworkQuality, classification: Classification): boolean {
  return quality.mandatoryFrom !== undefined && classificationRank(classification) >= classificationRank(quality.mandatoryFrom);
}

/** The framework's own minimums for a classification: where a buyer's requirements profile starts. */
export function defaultMinimums(document: FrameworkDocument, classification: Classification): Record<string, number> {
  return Object.fromEntries(document.qualities.map((q) => [q.key, minimumFor(q, classification).minimum]));
}

export function qualityByKey(document: FrameworkDocument): Map<string, FrameworkQuality> {
  return new Map(document.qualities.map((q) => [q.key, q]));
}

/** Qualities grouped under their categories, in the framework's order. */
export function byCategory(document: FrameworkDocument): { category: FrameworkCategory; qualities: FrameworkQuality[] }[] {
  return document.categories.map((category) => ({
    category,
    qualities: document.qualities.filter((q) => q.category === category.key),
  }));
}

/** The version in force on a day: the newest whose effective date has come. */
export function versionInForce<V extends { version: number; effectiveFrom: string }>(versions: readonly V[], onDay: string): V | undefined {
  return [...versions].sort((a, b) => b.version - a.version).find((v) => v.effectiveFrom <= onDay);
}

export { CLASSIFICATIONS };

export type VersionState = "in_force" | "upcoming" | "superseded" | "never_in_force";

/**
 * Each version's place on the timeline, by the same rule as versionInForce: a version is in force
 * from its effective date until a later-numbered version's effective date comes. `until` is the
 * first day it is no longer in force (null while nothing replaces it).
 */
export function frameworkTimeline<V extends { version: number; effectiveFrom: string }>(
  versions: readonly V[],
  today: string,
): (V & { state: VersionState; until: string | null })[] {
  return [...versions]
    .sort((a, b) => a.version - b.version)
    .map((v) => {
      const later = versions.filter((w) => w.version > v.version).map((w) => w.effectiveFrom);
      const until = later.length ? later.reduce((a, b) => (b < a ? b : a)) : null;
      const state: VersionState =
        until !== null && until <= v.effectiveFrom
          ? "never_in_force"
          : v.effectiveFrom > today
            ? "upcoming"
            : until !== null && until <= today
              ? "superseded"
              : "in_force";
      return { ...v, state, until };
    });
}

/**
 * Mandatory qualities whose minimum in a requirements profile is below the framework's (or
 * missing): a buyer may raise a mandatory minimum, never drop it.
 */
export function belowMandatoryMinimum(
  document: FrameworkDocument,
  classification: Classification,
  minimums: Record<string, number | undefined>,
): { key: string; label: string; minimum: number }[] {
  return document.qualities.flatMap((q) => {
    if (!isMandatory(q, classification)) return [];
    const floor = minimumFor(q, classification).minimum;
    const chosen = minimums[q.key];
    return chosen === undefined || chosen < floor ? [{ key: q.key, label: q.label, minimum: floor }] : [];
  });
}
