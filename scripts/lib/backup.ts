/**
 * Backup and restore of the SQLite file. Backup uses the online backup API, so it never sees a
 * half-written transaction; restore replaces the file by rename, so a reader sees either the old
 * database or the restored one, never a mixture. Restore first makes sure the file is a Cloud Exchange
 * database this build can run: a wrong file named on the command line must not replace a good database.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export function integrityOf(file: string): string {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    return (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } finally {
    sqlite.close();
  }
}

export async function backupDatabase({ source, destination }: { source: string; destination: string }) {
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const started = performance.now();
  const sqlite = new Database(source, { fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  try {
    const { totalPages } = await sqlite.backup(destination);
    // The copy is a standalone file: no WAL beside it to lose when it is moved around.
    const copy = new Database(destination);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    return { pages: totalPages, ms: Math.round(performance.now() - started), integrity: integrityOf(destination) };
  } finally {
    sqlite.close();
  }
}

/** Is some process holding the database open? A live writer would keep writing to the old inode. */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(`${file}-shm`)) return false;
  // A running server holds a read lock on the WAL index; EXCLUSIVE locking mode fails fast if so.
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 0");
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.prepare("begin exclusive").run();
    sqlite.prepare("rollback").run();
    return false;
  } catch {
    return true;
  } finally {
    sqlite.close();
  }
}

/** A restore that did not happen, and why, in one sentence fit to show the operator as it is. */
export class RestoreRefused extends Error {
  name = "RestoreRefused";
}

const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");
// Where `npm run db:migrate` reads them: npm scripts run from the project root (as db/client.server.ts assumes).
const migrationsFolder = path.resolve("db/migrations");

/** What can be told from the file itself, before anything is copied anywhere. */
function refuseUnlessSqliteFile(file: string): void {
  const refuse = (what: string) => new RestoreRefused(`${file} ${what}, so nothing was restored.`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "ENOENT" || code === "ENOTDIR" ? refuse("does not exist") : refuse(`cannot be read (${code ?? String(error)})`);
  }
  if (stat.isDirectory()) throw refuse("is a directory, not a backup file");
  if (stat.size === 0) throw refuse("is empty (0 bytes)");
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (error) {
    throw refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  // Every SQLite file starts with these 16 bytes and a 100-byte header; anything else is some other file.
  if (stat.size < 100 || !header.equals(SQLITE_MAGIC)) throw refuse("is not an SQLite database");
  // Copying only the main file of a database still in WAL mode would silently drop what its log holds.
  const wal = `${file}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    throw refuse(
      `has a write-ahead log beside it (${wal}), so it is a live database rather than a backup (make one with npm run db:backup)`,
    );
  }
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/**
 * Is this copy a Cloud Exchange database this build can run? Checks integrity, drizzle's migration
 * journal against this build's migrations, and that every table the backup's last migration leaves
 * behind is there (from that migration's snapshot, so an older backup is not asked for newer tables).
 */
function checkCopy(copy: string, backup: string): { integrity: string; migrationsBehind: number } {
  const refuse = (what: string) => new RestoreRefused(`${backup} ${what}, so nothing was restored.`);
  const notOurs = (why: string) => refuse(`is an SQLite database but not a Cloud Exchange backup (${why})`);
  // Read-only: what is checked is exactly what will be put in place.
  const sqlite = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    let integrity: string;
    try {
      integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    } catch (error) {
      throw refuse(`is a damaged SQLite database (${(error as Error).message})`);
    }
    if (integrity !== "ok") throw refuse(`is a damaged SQLite database (integrity check: ${integrity.split("; ")[0]})`);

    const tables = new Set(
      (sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    if (!tables.has("__drizzle_migrations")) throw notOurs("it has no __drizzle_migrations table");
    const columns = (sqlite.pragma("table_info(__drizzle_migrations)") as { name: string }[]).map((c) => c.name);
    if (!columns.includes("created_at")) throw notOurs("its __drizzle_migrations table is not drizzle's: it has no created_at column");
    // drizzle identifies a migration by its journal timestamp (created_at), and applies those newer than the last one recorded.
    const applied = (sqlite.prepare("select created_at from __drizzle_migrations").all() as { created_at: number | string }[]).map((r) =>
      Number(r.created_at),
    );
    if (applied.length === 0) throw notOurs("its __drizzle_migrations table records no migrations");

    const journal = (
      JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: JournalEntry[] }
    ).entries;
    const latest = journal[journal.length - 1];
    const newest = Math.max(...applied);
    if (newest > latest.when) {
      throw refuse(
        `comes from a newer Cloud Exchange than this build (it has a migration from ${stamp(newest)}, after this build's last, ${latest.tag})`,
      );
    }
    const unknown = applied.find((when) => !journal.some((entry) => entry.when === when));
    if (unknown !== undefined) {
      throw refuse(`is not a backup of this Cloud Exchange (it has a migration from ${stamp(unknown)} that this build does not have)`);
    }
    const last = journal.find((entry) => entry.when === newest) as JournalEntry;
    const snapshot = JSON.parse(
      fs.readFileSync(path.join(migrationsFolder, "meta", `${String(last.idx).padStart(4, "0")}_snapshot.json`), "utf8"),
    ) as { tables: Record<string, unknown> };
    const missing = Object.keys(snapshot.tables).filter((table) => !tables.has(table));
    if (missing.length > 0) throw notOurs(`it has no ${listOf(missing)} ${missing.length === 1 ? "table" : "tables"}`);
    return { integrity, migrationsBehind: journal.length - 1 - journal.indexOf(last) };
  } finally {
    sqlite.close();
  }
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");

function listOf(names: string[]): string {
  if (names.length > 3) return `${names.slice(0, 3).join(", ")} or ${names.length - 3} other`;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/**
 * Checks the backup, then puts it in place of `destination`. Every refusal is a RestoreRefused
 * thrown before the destination (or its WAL) is touched, and leaves no copy behind.
 */
export function restoreDatabase({ backup, destination, force = false }: { backup: string; destination: string; force?: boolean }) {
  refuseUnlessSqliteFile(backup);
  const createdDirectory = fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  // The checks run on the copy in the destination's directory, so what passed is what is renamed into place.
  const temp = `${destination}.restore-${process.pid}`;
  const removeTemp = () => {
    // A read-only look at a WAL-mode file leaves an empty -wal and -shm beside it.
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${temp}${suffix}`, { force: true });
  };
  try {
    fs.copyFileSync(backup, temp);
    const fd = fs.openSync(temp, "r+");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    const checked = checkCopy(temp, backup);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${temp}${suffix}`, { force: true });
    if (!force && databaseInUse(destination)) {
      throw new RestoreRefused(`${destination} is in use: stop the server before restoring (or pass --force).`);
    }
    // A stale WAL from the old database would be replayed over the restored one.
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${destination}${suffix}`, { force: true });
    fs.renameSync(temp, destination);
    return checked;
  } catch (error) {
    removeTemp();
    if (createdDirectory) fs.rmSync(createdDirectory, { recursive: true, force: true });
    throw error;
  }
}
