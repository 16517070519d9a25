/**
 * One better-sqlite3 connection per process, opened on first use (never at import time, so dev
 * rebuilds and tests do not open stray connections). Migrations are run by db/migrate.ts before
 * the server starts, never from here.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { config } from "~/platform/config.server";
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
  const db = drizzle(sqlite, { schema });
  // Every transaction the app opens writes. A deferred one (SQLite's default) that reads first and
  // then writes cannot wait for another process that wrote meanwhile: SQLite answers "database is
  // locked" at once, whatever busy_timeout says. With two server processes on one file that turned
  // review posts into 500s under load. IMMEDIATE takes the write lock at BEGIN, where busy_timeout
  // applies, so writers queue instead.
  const deferred = db.transaction.bind(db);
  db.transaction = ((work, options) => deferred(work, { ...options, behavior: options?.behavior ?? "immediate" })) as Db["transaction"];
  return { sqlite, db };
}

// npm scripts run from the project root, from source (tsx) and from the built app (build/server/migrate.js) alike.
const migrationsFolder = path.resolve("db/migrations");

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
