/**
 * Backup and restore of the SQLite file. Backup uses the online backup API, so it never sees a
 * half-written transaction; restore replaces the file by rename, so a reader sees either the old
 * database or the restored one, never a mixture.
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

export function restoreDatabase({ backup, destination }: { backup: string; destination: string }) {
  const integrity = integrityOf(backup);
  if (integrity !== "ok") throw new Error(`The backup ${backup} failed its integrity check: ${integrity}`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const temp = `${destination}.restore-${process.pid}`;
  fs.copyFileSync(backup, temp);
  const fd = fs.openSync(temp, "r+");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  // A stale WAL from the old database would be replayed over the restored one.
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${destination}${suffix}`, { force: true });
  fs.renameSync(temp, destination);
  return { integrity };
}
