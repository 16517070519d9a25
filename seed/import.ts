/**
 * `npm run import -- FILE`: imports a catalogue file (docs/import-format.md) into the database at
 * DATABASE_PATH. Writes everything or, if any record is bad, nothing; exits 1 listing every error.
 */
import { closeDatabase, db } from "~db/client.server";
import { importCatalogue, readJsonFile } from "./import/catalogue-import";
import { reportFailure, reportImport } from "./import/report";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run import -- FILE.json   (format: docs/import-format.md)");
  process.exit(2);
}

const read = readJsonFile({ file });
let code: number;
if (!read.ok) {
  code = reportFailure(file, read.errors);
} else {
  const started = performance.now();
  const result = importCatalogue({ db: db(), data: read.data, source: "import" });
  code = reportImport(file, result, performance.now() - started);
}
closeDatabase();
process.exitCode = code;
