/**
 * Upsert by external id for the three keyed tables (assessors, providers, products). A row is
 * written only when a column the file describes differs, so an identical re-import changes
 * nothing; a new row gets a slug once and keeps it for good.
 */
import { eq, getTableColumns, isNotNull } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { type assessors, type products, type providers } from "~db/schema";
import { uniqueSlug } from "./slugs";
import type { Tx } from "./links";

type KeyedTable = typeof assessors | typeof providers | typeof products;

export interface KeyedRecord<T extends KeyedTable> {
  externalId: string;
  /** Name the slug is made from, and what to add to it when another row has that slug. */
  slugName: string;
  slugQualifier?: string;
  /** Columns the file decides; compared with the stored row on every import. */
  values: Partial<T["$inferInsert"]>;
  /** Columns set only when the row is created (e.g. listed_on). */
  onCreate?: Partial<T["$inferInsert"]>;
}

export interface UpsertOutcome {
  created: Set<string>;
  updated: Set<string>;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function upsertByExternalId<T extends KeyedTable>(tx: Tx, table: T, records: KeyedRecord<T>[], updatedAt: string): UpsertOutcome {
  // One table type at a time from here on: drizzle cannot query through a union of tables.
  const t = table as typeof providers;
  const columns: Record<string, SQLiteColumn> = getTableColumns(t);
  const compared = [...new Set(records.flatMap((r) => Object.keys(r.values)))];
  const selection = Object.fromEntries(["id", "slug", "externalId", ...compared].map((key) => [key, columns[key]]));
  const stored = tx.select(selection).from(t).where(isNotNull(t.externalId)).all() as Record<string, unknown>[];
  const byExternalId = new Map(stored.map((row) => [row.externalId as string, row]));
  const slugs = new Set(
    tx
      .select({ slug: t.slug })
      .from(t)
      .all()
      .map((r) => r.slug),
  );
  const touches = "updatedAt" in columns;

  const outcome: UpsertOutcome = { created: new Set(), updated: new Set() };
  for (const record of records) {
    const row = byExternalId.get(record.externalId);
    if (!row) {
      const values = {
        ...record.onCreate,
        ...record.values,
        externalId: record.externalId,
        slug: uniqueSlug(record.slugName, slugs, record.slugQualifier),
      } as typeof t.$inferInsert;
      tx.insert(t).values(values).run();
      outcome.created.add(record.externalId);
      continue;
    }
    const changes = Object.fromEntries(Object.entries(record.values).filter(([key, value]) => !same(row[key], value)));
    if (Object.keys(changes).length === 0) continue;
    tx.update(t)
      .set({ ...changes, ...(touches ? { updatedAt } : {}) })
      .where(eq(t.id, row.id as number))
      .run();
    outcome.updated.add(record.externalId);
  }
  return outcome;
}
