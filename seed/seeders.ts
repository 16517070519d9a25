/**
 * Seeders owned by other parts of the app (procurement rules, guidance articles...), run by
 * seed/seed.ts after the sample catalogue. Each is called on EVERY seed run, including runs that
 * find the catalogue already there, so each must be idempotent (insert what is missing, never
 * duplicate).
 */
import type { IsoDate } from "~/lib/dates";
import type { Db } from "~db/client.server";

export type ExtraSeeder = (db: Db, today: IsoDate) => void | Promise<void>;

import { seedProcurementRules } from "./procurement-rules";

export const extraSeeders: ExtraSeeder[] = [(db) => seedProcurementRules(db)];
