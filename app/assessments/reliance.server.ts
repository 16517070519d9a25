/**
 * "Do once, use many": an agency records that it relies on another agency's published assessment,
 * with its own notes and any qualities it scores differently. One reliance per agency and
 * assessment; the author is told.
 */
import { and, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { assessmentReliances, assessments } from "~db/schema";
import { notifyRelianceRecorded } from "./assessment-notices.server";

export interface RelianceInput {
  notes: string;
  rescores: Record<string, { score: number; justification: string }>;
}

export type RelianceResult = { ok: true; id: number } | { ok: false; reason: "not_published" | "already" };

export function recordReliance({
  assessmentId,
  agencyId,
  userId,
  input,
}: {
  assessmentId: number;
  agencyId: number;
  userId: number;
  input: RelianceInput;
}): RelianceResult {
  return db().transaction((tx): RelianceResult => {
    const published = tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.id, assessmentId), eq(assessments.status, "published")))
      .get();
    if (!published) return { ok: false, reason: "not_published" };
    const row = tx
      .insert(assessmentReliances)
      .values({ assessmentId, agencyId, userId, notes: input.notes, rescores: input.rescores })
      .onConflictDoNothing()
      .returning({ id: assessmentReliances.id })
      .get();
    if (!row) return { ok: false, reason: "already" };
    notifyRelianceRecorded({ assessmentId, agencyId });
    return { ok: true, id: row.id };
  });
}

/** The agency stops relying on it (its own record only). */
export function withdrawReliance({ assessmentId, agencyId }: { assessmentId: number; agencyId: number }): boolean {
  return (
    db()
      .delete(assessmentReliances)
      .where(and(eq(assessmentReliances.assessmentId, assessmentId), eq(assessmentReliances.agencyId, agencyId)))
      .run().changes > 0
  );
}
