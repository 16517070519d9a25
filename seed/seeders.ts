/**
 * Seeders owned by other parts of the app (procurement rules, guidance articles...), run by
 * seed/seed.ts after the sample catalogue. Each is called on EVERY seed run, including runs that
 * find the catalogue already there, so each must be idempotent (insert what is missing, never
 * duplicate).
 */
import type { IsoDate } from "~/platform/dates";
import type { Db } from "~db/client.server";

export type ExtraSeeder = (db: Db, today: IsoDate) => void | Promise<void>;

import { seedArticles } from "./articles";
import { seedAssessmentFramework } from "./assessment-framework";
import { seedAssessments } from "./assessments";
import { seedPrices } from "./prices";
import { seedAgencyUsage } from "./agency-usage";
import { seedApproaches } from "./approaches";
import { seedProcurementRules } from "./procurement-rules";
import { seedResponsibility } from "./responsibility";
import { seedReviews } from "./reviews";

export const extraSeeders: ExtraSeeder[] = [
  (db) => seedProcurementRules(db),
  (db) => void seedResponsibility(db),
  (db) => void seedArticles(db),
  (db, today) => seedReviews(db, today),
  // The framework before the assessments that point at it; assessments reuse the reviewers seeded just above.
  (db) => seedAssessmentFramework(db),
  (db, today) => seedAssessments(db, today),
  // After the demo accounts: sample lists are approved by the demo editor.
  (db, today) => seedPrices(db, today),
  (db, today) => seedAgencyUsage(db, today),
  // Last: approaches invite sample products, are run by the demo staff account and name a sample reviewer.
  (db, today) => seedApproaches(db, today),
];
