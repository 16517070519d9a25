/**
 * Two server processes share one database file. A transaction that reads and then writes must not
 * fail because the other process wrote in between: it takes the write lock when it begins, and the
 * other writer waits for it (busy_timeout) instead.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type Connection } from "~db/client.server";

const opened: Connection[] = [];
let dir: string | undefined;
afterEach(() => {
  for (const c of opened.splice(0)) c.sqlite.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it("a read-then-write transaction holds the write lock from its start, so another writer waits rather than breaking it", () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-tx-"));
  const file = path.join(dir, "two.db");
  const first = openDatabase(file);
  const second = openDatabase(file);
  opened.push(first, second);
  first.sqlite.exec("create table counter (n integer not null)");
  first.sqlite.exec("insert into counter values (0)");
  // The other process would wait up to busy_timeout; here it gives up at once so the test can see it.
  second.sqlite.pragma("busy_timeout = 0");

  first.db.transaction((tx) => {
    const n = tx.get<{ n: number }>(sql`select n from counter`).n;
    expect(() => second.sqlite.prepare("update counter set n = n + 100").run()).toThrow(/locked|busy/i);
    tx.run(sql`update counter set n = ${n + 1}`);
  });

  expect(second.sqlite.prepare("update counter set n = n + 100").run().changes).toBe(1);
  expect(first.sqlite.prepare("select n from counter").get()).toEqual({ n: 101 });
});
