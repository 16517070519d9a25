/**
 * Gives each test worker a fresh SQLite file, migrated with the real migrator, before any test
 * module opens the app's lazily created connection.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDatabase, connection, migrateDatabase } from "~db/client.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cloud-exchange-test-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");
process.env.SEARCH_INDEX_PATH = path.join(dir, "search-index.bin");
process.env.NODE_ENV = "test";
// The origin the tests' requests use, so links in e-mails and feeds point where the tests look.
process.env.PUBLIC_ORIGIN = "http://test";
migrateDatabase(connection());

afterAll(() => {
  closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});
