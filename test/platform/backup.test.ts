import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { connection, migrateDatabase, openDatabase } from "~db/client.server";
import { backupDatabase, databaseInUse, integrityOf, restoreDatabase } from "../../scripts/lib/backup";

// The newest migration this build has, as the restore script names it: read from the journal so a new migration does not change the test.
const { entries } = JSON.parse(fs.readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: { tag: string }[] };
const lastMigrationTag = entries[entries.length - 1].tag;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-backup-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const live = () => process.env.DATABASE_PATH as string;
const countUsers = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare("select count(*) as n from users").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};

function addUser(n: number) {
  connection()
    .sqlite.prepare("insert into users (email, password_hash, display_name) values (?, 'x', 'Backup test')")
    .run(`backup-${n}@example.com`);
}

describe("database backup and restore", () => {
  it("copies a consistent database while writes carry on, and restores it", async () => {
    for (let i = 0; i < 200; i++) addUser(i);
    let written = 200;
    // Writes keep landing on the live database from timers while the backup runs.
    const writer = setInterval(() => {
      for (let i = 0; i < 20; i++) addUser(written++);
    }, 1);
    const backupFile = path.join(dir, "copy.db");
    const result = await backupDatabase({ source: live(), destination: backupFile });
    clearInterval(writer);
    addUser(written++);

    expect(result.integrity).toBe("ok");
    const inBackup = countUsers(backupFile);
    expect(inBackup).toBeGreaterThanOrEqual(200);
    expect(inBackup).toBeLessThan(countUsers(live()));
    expect(fs.existsSync(`${backupFile}-wal`)).toBe(false);

    const restored = path.join(dir, "restored", "cloud-exchange.db");
    fs.mkdirSync(path.dirname(restored));
    fs.writeFileSync(`${restored}-wal`, "stale");
    restoreDatabase({ backup: backupFile, destination: restored });
    expect(fs.existsSync(`${restored}-wal`)).toBe(false);
    expect(integrityOf(restored)).toBe("ok");
    expect(countUsers(restored)).toBe(inBackup);
    const sqlite = new Database(restored, { readonly: true });
    expect(sqlite.prepare("select display_name from users where email = 'backup-199@example.com'").get()).toEqual({
      display_name: "Backup test",
    });
    sqlite.close();
  });

  it("refuses a corrupt backup and leaves the database alone", () => {
    const bad = path.join(dir, "bad.db");
    fs.writeFileSync(bad, Buffer.alloc(8192, 7));
    const target = path.join(dir, "target.db");
    fs.writeFileSync(target, "original");
    expect(() => restoreDatabase({ backup: bad, destination: target })).toThrow();
    expect(fs.readFileSync(target, "utf8")).toBe("original");
  });

  it("knows when a server still has the database open", () => {
    addUser(100_000);
    expect(databaseInUse(live())).toBe(true);
    const copy = path.join(dir, "idle.db");
    fs.copyFileSync(path.join(dir, "copy.db"), copy);
    expect(databaseInUse(copy)).toBe(false);
  });
});

/** A database as the app makes it: the real migrations, one user. */
function migratedDatabase(file: string) {
  const conn = openDatabase(file);
  migrateDatabase(conn);
  conn.sqlite.prepare("insert into users (email, password_hash, display_name) values ('kept@example.com', 'x', 'Kept')").run();
  conn.sqlite.close();
  return file;
}

function sqliteFile(file: string, sql: string) {
  const sqlite = new Database(file);
  sqlite.exec(sql);
  sqlite.close();
  return file;
}

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const listing = (folder: string) => fs.readdirSync(folder).sort();

/** `npm run db:restore -- FILE` as an operator runs it (package.json: tsx scripts/db-restore.ts). */
function runRestore(backup: string, destination: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-restore.ts", backup], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, DATABASE_PATH: destination },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run db:restore refuses a file that is not a Cloud Exchange backup", () => {
  const live = migratedDatabase(path.join(fs.mkdtempSync(path.join(dir, "live-")), "cloud-exchange.db"));
  const files = fs.mkdtempSync(path.join(dir, "files-"));
  const file = (name: string) => path.join(files, name);
  const copyOfLive = (name: string, sql: string) => {
    fs.copyFileSync(live, file(name));
    return sqliteFile(file(name), sql);
  };

  const cases: [string, () => string, string][] = [
    ["a text file", () => (fs.writeFileSync(file("notes.txt"), "not a database\n"), file("notes.txt")), "is not an SQLite database"],
    ["a missing file", () => file("no-such-backup.db"), "does not exist"],
    ["a directory", () => files, "is a directory, not a backup file"],
    ["an empty file", () => (fs.writeFileSync(file("empty.db"), ""), file("empty.db")), "is empty (0 bytes)"],
    [
      "another application's SQLite database",
      () => sqliteFile(file("other-app.db"), "create table notes (id integer primary key, body text)"),
      "is an SQLite database but not a Cloud Exchange backup (it has no __drizzle_migrations table)",
    ],
    [
      "another drizzle application's database",
      () =>
        sqliteFile(
          file("other-drizzle.db"),
          `create table __drizzle_migrations (id integer primary key, hash text not null, created_at numeric);
           insert into __drizzle_migrations (hash, created_at) values ('abc', 1795453236565);
           create table users (id integer primary key)`,
        ),
      "is an SQLite database but not a Cloud Exchange backup (it has no agencies, agency_domains, article_products or 34 other tables)",
    ],
    [
      "a database whose migrations journal is empty",
      () => copyOfLive("never-migrated.db", "delete from __drizzle_migrations"),
      "is an SQLite database but not a Cloud Exchange backup (its __drizzle_migrations table records no migrations)",
    ],
    [
      "a backup from a newer build",
      () => copyOfLive("newer.db", "insert into __drizzle_migrations (hash, created_at) values ('future', 1900000000000)"),
      `comes from a newer Cloud Exchange than this build (it has a migration from 2030-03-17T17:46:40Z, after this build's last, ${lastMigrationTag})`,
    ],
    [
      "a backup with a migration this build never had",
      () => copyOfLive("branch.db", "insert into __drizzle_migrations (hash, created_at) values ('branch', 1795453238000)"),
      "is not a backup of this Cloud Exchange (it has a migration from 2026-11-23T17:00:38Z that this build does not have)",
    ],
    [
      "a truncated database",
      () => (fs.writeFileSync(file("truncated.db"), fs.readFileSync(live).subarray(0, 20_000)), file("truncated.db")),
      "is a damaged SQLite database (database disk image is malformed)",
    ],
    [
      "a live database copied with its write-ahead log",
      () => {
        fs.copyFileSync(live, file("copied-live.db"));
        fs.writeFileSync(file("copied-live.db-wal"), Buffer.alloc(4096, 1));
        return file("copied-live.db");
      },
      `has a write-ahead log beside it (${file("copied-live.db-wal")}), so it is a live database rather than a backup (make one with npm run db:backup)`,
    ],
  ];

  it.each(cases)("%s: one sentence, exit 1, the database untouched", (_name, make, problem) => {
    const backup = make();
    const before = { hash: sha256(live), live: listing(path.dirname(live)), files: listing(files) };

    const { status, stdout, stderr } = runRestore(backup, live);

    expect(stderr).toBe(`${backup} ${problem}, so nothing was restored.\n`);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(sha256(live)).toBe(before.hash);
    // No temporary copy (or -wal/-shm of one) left beside the database or the backup.
    expect(listing(path.dirname(live))).toEqual(before.live);
    expect(listing(files)).toEqual(before.files);
  });

  it("refuses while a server has the database open, after checking the backup", () => {
    const backup = file("good.db");
    fs.copyFileSync(live, backup);
    const server = new Database(live);
    server.pragma("journal_mode = WAL");
    server.prepare("select count(*) from users").get();
    try {
      const { status, stderr } = runRestore(backup, live);
      expect(stderr).toBe(`${live} is in use: stop the server before restoring (or pass --force).\n`);
      expect(status).toBe(1);
    } finally {
      server.close();
    }
    expect(listing(path.dirname(live))).toEqual(["cloud-exchange.db"]);
  });

  it("restores a good backup, and says when it needs migrating", () => {
    const destination = migratedDatabase(path.join(fs.mkdtempSync(path.join(dir, "restore-into-")), "cloud-exchange.db"));
    const older = copyOfLive(
      "older.db",
      "delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)",
    );

    const { status, stdout, stderr } = runRestore(older, destination);

    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toBe(
      `Restored ${older} to ${destination} (integrity ok).\nIt predates 1 of this build's migrations: run npm run db:migrate, then start the server again.\n`,
    );
    expect(sha256(destination)).toBe(sha256(older));
    expect(listing(path.dirname(destination))).toEqual(["cloud-exchange.db"]);
    expect(runRestore(live, destination).stdout).toBe(`Restored ${live} to ${destination} (integrity ok).\nStart the server again.\n`);
  });
});
