/**
 * The badge table's column lists, once: every query that reads badges picks one of these, so a
 * new badge field is added in one place and no query selects more than it shows.
 */
import { eq, sql } from "drizzle-orm";
import { assessors, badges } from "~db/schema";

/** What a badge's currency is worked out from (assurance/currency.ts). */
export const badgeDateColumns = {
  kind: badges.kind,
  level: badges.level,
  assessedOn: badges.assessedOn,
  expiresOn: badges.expiresOn,
  periodEnd: badges.periodEnd,
};

/** The assessor's name from the assessors list, else as the badge recorded it; needs {@link assessorJoin}. */
export const assessorNameColumn = sql<string | null>`coalesce(${assessors.name}, ${badges.assessorName})`;
export const assessorJoin = eq(badges.assessorId, assessors.id);

/** What the rules engine judges a badge by (procurement/product-facts.ts). */
export const badgeFactColumns = {
  ...badgeDateColumns,
  e8Levels: badges.e8Levels,
  evidenceLevel: badges.evidenceLevel,
  assessorName: assessorNameColumn,
  mapped: badges.mapped,
};

/** A badge as buyers read it on a product page; needs {@link assessorJoin}. */
export const badgeColumns = {
  id: badges.id,
  ...badgeFactColumns,
  scope: badges.scope,
  ismRelease: badges.ismRelease,
  evidenceRef: badges.evidenceRef,
  mapped: badges.mapped,
  updatedAt: badges.updatedAt,
};

/** A badge as stored, for edits and imports that compare or rewrite its own fields. */
export const storedBadgeColumns = {
  id: badges.id,
  ...badgeDateColumns,
  assessorId: badges.assessorId,
  assessorName: badges.assessorName,
  scope: badges.scope,
  ismRelease: badges.ismRelease,
  e8Levels: badges.e8Levels,
  evidenceLevel: badges.evidenceLevel,
  evidenceRef: badges.evidenceRef,
  mapped: badges.mapped,
};
