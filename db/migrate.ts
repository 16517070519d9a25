/** `npm run db:migrate`: applies committed migrations to the database at DATABASE_PATH. */
import { closeDatabase, connection, migrateDatabase } from "./client.server";

const conn = connection();
migrateDatabase(conn);
const { n } = conn.sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
console.log(`Database migrated (${n} migrations applied) at ${conn.sqlite.name}`);
closeDatabase();
