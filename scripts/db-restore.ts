/**
 * `npm run db:restore -- FILE`: puts a backup in place of DATABASE_PATH. Stop the server first:
 * the script refuses while another process has the database open (`--force` overrides).
 */
import { databaseInUse, restoreDatabase } from "./lib/backup";

const args = process.argv.slice(2);
const backup = args.find((a) => !a.startsWith("--"));
const destination = process.env.DATABASE_PATH ?? "data/cloud-exchange.db";
if (!backup) {
  console.error("Usage: npm run db:restore -- backups/cloud-exchange-<timestamp>.db");
  process.exit(2);
}
if (!args.includes("--force") && databaseInUse(destination)) {
  console.error(`${destination} is in use: stop the server before restoring (or pass --force).`);
  process.exit(1);
}
const { integrity } = restoreDatabase({ backup, destination });
console.log(`Restored ${backup} to ${destination} (integrity ${integrity}). Start the server again.`);
