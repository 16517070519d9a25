/**
 * A small world for assessment tests: the reviews' world (a provider, its product, agency A with
 * two staff, a buyer, the provider's representative, an administrator), a second agency with its
 * own staff, and version 1 of the framework, published as an editor would.
 */
import { and, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, assessmentReliances, assessmentScores, assessments, auditLog, outbox, users } from "~db/schema";
import { action as assessAction } from "~/routes/products.$slug_.assess";
import { makeUser } from "../accounts/support";
import { buildWorld, call, post, type Browser } from "../reviews/fixtures";
import { ensureFrameworkV1 } from "./framework-fixture";

export async function buildAssessmentWorld(tag: string) {
  ensureFrameworkV1();
  const world = await buildWorld(tag);
  const agencyB = db()
    .insert(agencies)
    .values({ slug: `${tag}-agency-b`, name: `${tag} Agency B` })
    .returning({ id: agencies.id })
    .get().id;
  const otherStaff = await makeUser({ email: `other@${tag}-b.gov.au`, displayName: "Other agency person" });
  db().update(users).set({ agencyId: agencyB }).where(eq(users.id, otherStaff)).run();
  const otherStaff2 = await makeUser({ email: `second@${tag}-b.gov.au`, displayName: "Second other person" });
  db().update(users).set({ agencyId: agencyB }).where(eq(users.id, otherStaff2)).run();
  return { ...world, agencyB, ids: { ...world.ids, otherStaff, otherStaff2 }, authorEmail: `author@${tag}.gov.au` };
}

/** A complete submission for OFFICIAL data: the mandatory privacy quality and two more, each justified. */
export const VALID_ASSESSMENT: Record<string, string> = {
  intent: "submit",
  dataClassification: "OFFICIAL",
  deploymentSize: "50-500 users",
  useCase: "Case management for a regulatory team of 200.",
  assessedOn: "2025-11-14",
  "score.privacy_principles": "5",
  "justification.privacy_principles": "Privacy impact assessment done; APP 8 addressed by onshore hosting.",
  "evidence.privacy_principles": "PIA 2026-14",
  "score.price_transparency": "4",
  "justification.price_transparency": "Full published price list covering every unit we use.",
  "evidence.price_transparency": "",
  "score.data_sovereignty": "3",
  "justification.data_sovereignty": "Data stays in Australia; support staff can reach it from overseas.",
  "evidence.data_sovereignty": "Contract schedule 4",
};

export function assess(slug: string, fields: Record<string, string>, browser: Browser) {
  return call(assessAction as never, post(`/products/${slug}/assess`, fields, browser), { slug });
}

/** The assessment id a save redirected to (/assessments/:id?saved=...). */
export function savedId(res: Response): number {
  const m = /^\/assessments\/(\d+)\?saved=(draft|submitted)$/.exec(res.headers.get("Location") ?? "");
  if (!m) throw new Error(`Expected a redirect to the saved assessment, got ${res.status} ${res.headers.get("Location")}`);
  return Number(m[1]);
}

export function assessmentRow(id: number) {
  return db()
    .select({
      status: assessments.status,
      rejectionReason: assessments.rejectionReason,
      assessedOn: assessments.assessedOn,
      useCase: assessments.useCase,
    })
    .from(assessments)
    .where(eq(assessments.id, id))
    .get();
}

export function scoresOf(id: number) {
  return db()
    .select({ qualityKey: assessmentScores.qualityKey, score: assessmentScores.score, justification: assessmentScores.justification })
    .from(assessmentScores)
    .where(eq(assessmentScores.assessmentId, id))
    .orderBy(assessmentScores.qualityKey)
    .all();
}

export function reliancesOf(id: number) {
  return db()
    .select({ agencyId: assessmentReliances.agencyId, notes: assessmentReliances.notes, rescores: assessmentReliances.rescores })
    .from(assessmentReliances)
    .where(eq(assessmentReliances.assessmentId, id))
    .all();
}

export function mailTo(address: string) {
  return db().select({ subject: outbox.subject, body: outbox.body }).from(outbox).where(eq(outbox.toAddress, address)).all();
}

export function auditEntries(action: string, id: number) {
  return db()
    .select({ actor: auditLog.actorUserId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entity, "assessment"), eq(auditLog.entityId, String(id))))
    .all();
}

/** Everything an assessment write could touch, to show a refused one changed nothing. */
export function snapshot() {
  return JSON.stringify({
    assessments: db().select().from(assessments).orderBy(assessments.id).all(),
    scores: db().select().from(assessmentScores).orderBy(assessmentScores.assessmentId, assessmentScores.qualityKey).all(),
    reliances: db().select().from(assessmentReliances).orderBy(assessmentReliances.id).all(),
  });
}
