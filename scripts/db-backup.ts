/**
 * `npm run db:backup [-- --out FILE]`: a consistent copy of the live database through SQLite's
 * online backup API (safe while the server is writing), checked with PRAGMA integrity_check.
 */
import path from "node:path";
import { backupDatabase } from "./lib/backup";

const outIndex = process.argv.indexOf("--out");
const source = process.env.DATABASE_PATH ?? "data/cloud-exchange.db";
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = outIndex > 0 ? process.argv[outIndex + 1] : path.join("backups", `cloud-exchange-${stamp}.db`);
if (!out) throw new Error("--out needs a file name");

const result = await backupDatabase({ source, destination: out });
console.log(`Backed up ${source} to ${out}: ${result.pages} pages in ${result.ms} ms, integrity ${result.integrity}`);
if (result.integrity !== "ok") process.exit(1);
