/**
 * `npm run db:seed`: fills an empty database with the sample catalogue and demo accounts.
 * For local and demo use only: the demo accounts' passwords are published in the README.
 *
 *   npm run db:seed            seeds only when there are no providers yet
 *   npm run db:seed -- --force replaces the sample rows (source 'sample') and re-seeds
 *
 * The data is deterministic (seeded PRNG); only its dates move, relative to today, so badges show
 * every currency state on whatever day it runs.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { count } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { todayIso, type IsoDate } from "~/platform/dates";
import { closeDatabase, db as openDb, type Db } from "~db/client.server";
import * as schema from "~db/schema";
import { buildSampleCatalogue } from "./sample/catalogue";
import { SAMPLE_PROVIDERS } from "./sample/providers";
import { demoPasswordHashes, writeDemoAccounts } from "./sample/write-accounts";
import { removeSampleRows, writeCatalogue } from "./sample/write";
import { extraSeeders } from "./seeders";

const COUNTED: Record<string, SQLiteTable> = {
  providers: schema.providers,
  products: schema.products,
  categories: schema.categories,
  productCategories: schema.productCategories,
  productDependencies: schema.productDependencies,
  agencies: schema.agencies,
  productAgencies: schema.productAgencies,
  assessors: schema.assessors,
  badges: schema.badges,
  users: schema.users,
  userRoles: schema.userRoles,
};

export function countRows(db: Db): Record<string, number> {
  return Object.fromEntries(Object.entries(COUNTED).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()?.n ?? 0]));
}

export async function seedDatabase(opts: {
  db: Db;
  today?: IsoDate;
  force?: boolean;
}): Promise<{ seeded: boolean; counts: Record<string, number> }> {
  const { db, today = todayIso(), force = false } = opts;
  const hasProviders = db.select({ id: schema.providers.id }).from(schema.providers).limit(1).get() !== undefined;
  const seeded = !hasProviders || force;

  if (seeded) {
    const catalogue = buildSampleCatalogue(today);
    const hashes = await demoPasswordHashes(db);
    db.transaction((tx) => {
      if (force) removeSampleRows(tx);
      const ids = writeCatalogue(tx, catalogue);
      writeDemoAccounts(tx, { hashes, ids, providerSlug: SAMPLE_PROVIDERS[0].slug, today });
    });
  }

  for (const seeder of extraSeeders) await seeder(db, today);
  return { seeded, counts: countRows(db) };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (invokedDirectly) {
  const started = performance.now();
  const { seeded, counts } = await seedDatabase({ db: openDb(), force: process.argv.includes("--force") });
  const ms = Math.round(performance.now() - started);
  console.log(
    seeded ? `Seeded sample data in ${ms} ms:` : "Database already has providers; nothing seeded (use --force to replace the sample data).",
  );
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(20)} ${n}`);
  closeDatabase();
}
