/**
 * A buyer's requirements profile: the minimum score per quality for their proposed purchase. It
 * starts from the framework's minimums for the purchase's classification and is the buyer's to
 * raise or lower; a mandatory quality's minimum can be raised, never dropped below the framework's.
 */
import { eq, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { requirementProfiles } from "~db/schema";
import type { Classification } from "~/assurance/vocabulary";
import { defaultMinimums, type FrameworkDocument } from "./framework";

export interface RequirementProfile {
  classification: Classification;
  minimums: Record<string, number>;
  frameworkVersion: number;
  /** False when nothing is saved and these are the framework's own minimums. */
  saved: boolean;
}

export function savedProfile(userId: number): RequirementProfile | null {
  const row = db()
    .select({
      classification: requirementProfiles.dataClassification,
      minimums: requirementProfiles.minimums,
      frameworkVersion: requirementProfiles.frameworkVersion,
    })
    .from(requirementProfiles)
    .where(eq(requirementProfiles.userId, userId))
    .get();
  return row ? { ...row, classification: row.classification as Classification, saved: true } : null;
}

/** The saved profile, or the framework's minimums for the classification the buyer's purchase names. */
export function profileFor({
  userId,
  classification,
  framework,
}: {
  userId: number | null;
  classification: Classification;
  framework: { version: number; document: FrameworkDocument };
}): RequirementProfile {
  const saved = userId === null ? null : savedProfile(userId);
  if (saved) return saved;
  return {
    classification,
    minimums: defaultMinimums(framework.document, classification),
    frameworkVersion: framework.version,
    saved: false,
  };
}

export function saveProfile({ userId, profile }: { userId: number; profile: Omit<RequirementProfile, "saved"> }): void {
  const values = { dataClassification: profile.classification, minimums: profile.minimums, frameworkVersion: profile.frameworkVersion };
  db()
    .insert(requirementProfiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: requirementProfiles.userId, set: { ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` } })
    .run();
}

export function clearProfile(userId: number): void {
  db().delete(requirementProfiles).where(eq(requirementProfiles.userId, userId)).run();
}
