/**
 * `npm run import:fedramp [FILE]`: maps the US FedRAMP Marketplace feed into the catalogue format
 * and imports it (source 'fedramp') into the database at DATABASE_PATH. Re-running it with the
 * same feed changes nothing.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { closeDatabase, db } from "~db/client.server";
import { importCatalogue, readJsonFile } from "./import/catalogue-import";
import { zodErrors } from "./import/validation";
import { fedrampFeedSchema, mapFedramp } from "./import/fedramp-mapping";
import { reportFailure, reportImport } from "./import/report";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = process.argv[2] ?? path.resolve(projectRoot, "seed/corpora/fedramp-marketplace.json");

function run(): number {
  const read = readJsonFile({ file });
  if (!read.ok) return reportFailure(file, read.errors);
  const feed = fedrampFeedSchema.safeParse(read.data);
  if (!feed.success) return reportFailure(`${file} (not a FedRAMP Marketplace feed)`, zodErrors(feed.error, read.data));
  const started = performance.now();
  const result = importCatalogue({ db: db(), data: mapFedramp(feed.data), source: "fedramp" });
  const products = feed.data.products.length;
  return reportImport(`${products} FedRAMP products from ${file}`, result, performance.now() - started);
}

process.exitCode = run();
closeDatabase();
