/**
 * One better-sqlite3 connection per process, opened on first use (never at import time, so dev
 * rebuilds and tests do not open stray connections). Migrations are run by db/migrate.ts before
 * the server starts, never from here.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { config } from "../app/config.server";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

export interface Connection {
  sqlite: Database.Database;
  db: Db;
}

export function openDatabase(file: string): Connection {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // WAL with NORMAL sync is durable across application crashes (not power loss), the usual choice.
  sqlite.pragma("synchronous = NORMAL");
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export function migrateDatabase(conn: Connection, folder = migrationsFolder): void {
  migrate(conn.db, { migrationsFolder: folder });
}

let current: Connection | undefined;

export function connection(): Connection {
  current ??= openDatabase(config().DATABASE_PATH);
  return current;
}

export function db(): Db {
  return connection().db;
}

export function closeDatabase(): void {
  current?.sqlite.close();
  current = undefined;
}
