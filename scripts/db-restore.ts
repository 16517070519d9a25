/**
 * `npm run db:restore -- FILE`: puts a backup in place of DATABASE_PATH. Stop the server first:
 * the script refuses while another process has the database open (`--force` overrides).
 */
import { restoreDatabase, RestoreRefused } from "./lib/backup";

const args = process.argv.slice(2);
const backup = args.find((a) => !a.startsWith("--"));
const destination = process.env.DATABASE_PATH ?? "data/cloud-exchange.db";
if (!backup) {
  console.error("Usage: npm run db:restore -- backups/cloud-exchange-<timestamp>.db");
  process.exit(2);
}
try {
  const { integrity, migrationsBehind } = restoreDatabase({ backup, destination, force: args.includes("--force") });
  console.log(`Restored ${backup} to ${destination} (integrity ${integrity}).`);
  console.log(
    migrationsBehind > 0
      ? `It predates ${migrationsBehind} of this build's migrations: run npm run db:migrate, then start the server again.`
      : "Start the server again.",
  );
} catch (error) {
  // The operator needs the reason, not a stack trace; every refusal is one sentence already.
  if (error instanceof RestoreRefused) console.error(error.message);
  else console.error(`Restoring ${backup} to ${destination} failed: ${(error as Error).message}`);
  process.exit(1);
}
