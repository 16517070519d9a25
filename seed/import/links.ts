/**
 * A product's badges, categories, agencies and "built on" links, brought to the file's set by a
 * diff: rows already right are left alone, so re-importing a file writes nothing and the
 * data_version triggers (db/migrations/0001) do not fire.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "~db/client.server";
import { agencies, badges, categories, productAgencies, productCategories, productDependencies } from "~db/schema";
import type { RecordSource } from "~db/schema";
import type { CatalogueBadge } from "./format";
import { uniqueSlug } from "./slugs";
import { storedBadgeColumns } from "~/assurance/badge-columns.server";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** A reference to a category or agency: its slug or name, or both for a row to create. */
export type NamedRef = string | { slug: string; name: string };

/** Finds a row by slug, then by case-insensitive name, creating it on first mention. */
class NamedRows {
  private bySlug = new Map<string, number>();
  private byName = new Map<string, number>();
  private slugs = new Set<string>();
  created = 0;

  constructor(
    rows: { id: number; slug: string; name: string }[],
    private insert: (row: { slug: string; name: string }) => number,
  ) {
    // Oldest first, so that when two rows share a name the same one is chosen on every import.
    for (const row of [...rows].sort((a, b) => a.id - b.id)) this.remember(row);
  }

  private remember(row: { id: number; slug: string; name: string }) {
    this.slugs.add(row.slug);
    this.bySlug.set(row.slug, row.id);
    if (!this.byName.has(row.name.toLowerCase())) this.byName.set(row.name.toLowerCase(), row.id);
  }

  idFor(ref: NamedRef): number {
    const { slug, name } = typeof ref === "string" ? { slug: ref, name: ref } : ref;
    const found = this.bySlug.get(slug) ?? this.byName.get(name.toLowerCase());
    if (found !== undefined) return found;
    const row = { slug: typeof ref === "string" ? uniqueSlug(name, this.slugs) : slug, name };
    const id = this.insert(row);
    this.remember({ id, ...row });
    this.created++;
    return id;
  }
}

export function categoryRows(tx: Tx): NamedRows {
  const rows = tx.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).all();
  return new NamedRows(rows, (row) => tx.insert(categories).values(row).returning({ id: categories.id }).get().id);
}

export function agencyRows(tx: Tx, source: RecordSource): NamedRows {
  const rows = tx.select({ id: agencies.id, slug: agencies.slug, name: agencies.name }).from(agencies).all();
  return new NamedRows(
    rows,
    (row) =>
      tx
        .insert(agencies)
        .values({ ...row, source })
        .returning({ id: agencies.id })
        .get().id,
  );
}

/** Adds and removes ids so that `existing` becomes `wanted`; true when anything changed. */
function syncIdSet(existing: number[], wanted: Set<number>, add: (ids: number[]) => void, remove: (ids: number[]) => void): boolean {
  const have = new Set(existing);
  const toAdd = [...wanted].filter((id) => !have.has(id));
  const toRemove = existing.filter((id) => !wanted.has(id));
  if (toAdd.length) add(toAdd);
  if (toRemove.length) remove(toRemove);
  return toAdd.length + toRemove.length > 0;
}

export function syncCategories(tx: Tx, productId: number, wanted: Set<number>): boolean {
  const existing = tx
    .select({ id: productCategories.categoryId })
    .from(productCategories)
    .where(eq(productCategories.productId, productId))
    .all();
  return syncIdSet(
    existing.map((r) => r.id),
    wanted,
    (ids) =>
      tx
        .insert(productCategories)
        .values(ids.map((categoryId) => ({ productId, categoryId })))
        .run(),
    (ids) =>
      tx
        .delete(productCategories)
        .where(and(eq(productCategories.productId, productId), inArray(productCategories.categoryId, ids)))
        .run(),
  );
}

export function syncBuiltOn(tx: Tx, productId: number, wanted: Set<number>): boolean {
  const existing = tx
    .select({ id: productDependencies.builtOnProductId })
    .from(productDependencies)
    .where(eq(productDependencies.productId, productId))
    .all();
  return syncIdSet(
    existing.map((r) => r.id),
    wanted,
    (ids) =>
      tx
        .insert(productDependencies)
        .values(ids.map((builtOnProductId) => ({ productId, builtOnProductId })))
        .run(),
    (ids) =>
      tx
        .delete(productDependencies)
        .where(and(eq(productDependencies.productId, productId), inArray(productDependencies.builtOnProductId, ids)))
        .run(),
  );
}

/** `wanted` maps agency id to relationship ("authorised" or "reusing"). */
export function syncAgencies(tx: Tx, productId: number, wanted: Map<number, string>): boolean {
  const existing = tx
    .select({ id: productAgencies.agencyId, relationship: productAgencies.relationship })
    .from(productAgencies)
    .where(eq(productAgencies.productId, productId))
    .all();
  let changed = syncIdSet(
    existing.map((r) => r.id),
    new Set(wanted.keys()),
    (ids) =>
      tx
        .insert(productAgencies)
        .values(ids.map((agencyId) => ({ productId, agencyId, relationship: wanted.get(agencyId)! })))
        .run(),
    (ids) =>
      tx
        .delete(productAgencies)
        .where(and(eq(productAgencies.productId, productId), inArray(productAgencies.agencyId, ids)))
        .run(),
  );
  for (const row of existing) {
    const relationship = wanted.get(row.id);
    if (relationship === undefined || relationship === row.relationship) continue;
    tx.update(productAgencies)
      .set({ relationship })
      .where(and(eq(productAgencies.productId, productId), eq(productAgencies.agencyId, row.id)))
      .run();
    changed = true;
  }
  return changed;
}

export type BadgeRow = Omit<typeof badges.$inferInsert, "id" | "productId" | "createdAt" | "updatedAt">;

export function badgeRow(badge: CatalogueBadge, assessorId: number | undefined): BadgeRow {
  return {
    kind: badge.kind,
    level: badge.level,
    assessedOn: badge.assessedOn ?? null,
    expiresOn: badge.expiresOn ?? null,
    periodEnd: badge.periodEnd ?? null,
    assessorId: assessorId ?? null,
    // The schema keeps free text only for firms outside the assessor register.
    assessorName: assessorId === undefined ? (badge.assessor ?? null) : null,
    scope: badge.scope,
    ismRelease: badge.ismRelease ?? null,
    e8Levels: badge.e8Levels ?? null,
    evidenceLevel: badge.evidenceLevel,
    evidenceRef: badge.evidenceRef ?? null,
    mapped: badge.mapped,
  };
}

function badgeKey(row: BadgeRow): string {
  const e8 = row.e8Levels ? Object.entries(row.e8Levels).sort(([a], [b]) => a.localeCompare(b)) : null;
  return JSON.stringify([
    row.kind,
    row.level,
    row.assessedOn,
    row.expiresOn,
    row.periodEnd,
    row.assessorId,
    row.assessorName,
    row.scope,
    row.ismRelease,
    e8,
    row.evidenceLevel,
    row.evidenceRef,
    row.mapped,
  ]);
}

/** Badges are matched as a multiset of their values: identical badges are kept, not rewritten. */
export function syncBadges(tx: Tx, productId: number, wanted: BadgeRow[]): boolean {
  const existing = tx
    .select({
      ...storedBadgeColumns,
    })
    .from(badges)
    .where(eq(badges.productId, productId))
    .all();
  const unmatched = new Map<string, number[]>();
  for (const { id, ...row } of existing) {
    const key = badgeKey(row);
    unmatched.set(key, [...(unmatched.get(key) ?? []), id]);
  }
  const toInsert = wanted.filter((row) => unmatched.get(badgeKey(row))?.shift() === undefined);
  const toDelete = [...unmatched.values()].flat();
  if (toDelete.length) tx.delete(badges).where(inArray(badges.id, toDelete)).run();
  if (toInsert.length)
    tx.insert(badges)
      .values(toInsert.map((row) => ({ ...row, productId })))
      .run();
  return toInsert.length + toDelete.length > 0;
}
