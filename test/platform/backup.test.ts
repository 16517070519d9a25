import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { connection } from "~db/client.server";
import { backupDatabase, databaseInUse, integrityOf, restoreDatabase } from "../../scripts/lib/backup";

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
