/**
 * Test data for search: the FedRAMP Marketplace corpus (436 real products) imported with the
 * project's own importer into this test file's fresh database.
 */
import fs from "node:fs";
import path from "node:path";
import { db } from "~db/client.server";
import { importCatalogue } from "../../seed/import/catalogue-import";
import { fedrampFeedSchema, mapFedramp } from "../../seed/import/fedramp-mapping";

export const CORPUS = path.resolve(__dirname, "../../seed/corpora/fedramp-marketplace.json");

export function importFedramp(): void {
  const feed = fedrampFeedSchema.parse(JSON.parse(fs.readFileSync(CORPUS, "utf8")));
  const result = importCatalogue({ db: db(), data: mapFedramp(feed), source: "fedramp" });
  if (!result.ok) throw new Error(`FedRAMP import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
}
