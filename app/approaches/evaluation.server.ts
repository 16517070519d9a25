/**
 * The evaluation panel and its scores. The owner names colleagues from the same agency; each
 * evaluator declares their interests before they may score, and one who declares a conflict stands
 * aside (their scores, if any, are not counted). Scoring opens at the close and ends at the decision.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { approachEvaluators, approachScores, users } from "~db/schema";
import { getCurrentUserById, findUserIdByEmail } from "~/accounts/user.server";
import { audit } from "~/audit/audit.server";
import { approachDetail, criteriaOf, type Outcome, type Step } from "./approach.server";
import { evaluate, SCORE_MAX, SCORE_MIN } from "./evaluation";
import { allResponses } from "./responses.server";

const refused = (message: string, field = ""): Outcome => ({ ok: false, errors: { [field]: message } });

export function evaluatorsOf(approachId: number) {
  return db()
    .select({
      userId: approachEvaluators.userId,
      name: users.displayName,
      email: users.email,
      declaredAt: approachEvaluators.declaredAt,
      conflict: approachEvaluators.conflict,
      declaration: approachEvaluators.declaration,
    })
    .from(approachEvaluators)
    .innerJoin(users, eq(users.id, approachEvaluators.userId))
    .where(eq(approachEvaluators.approachId, approachId))
    .orderBy(asc(users.displayName))
    .all();
}
export type Evaluator = ReturnType<typeof evaluatorsOf>[number];

/** Those whose scores count: declared, without a conflict. */
export const countedEvaluators = (evaluators: Evaluator[]) => evaluators.filter((e) => e.declaredAt && !e.conflict).map((e) => e.userId);

export function addEvaluator({
  approachId,
  agencyId,
  email,
  actor,
  ip,
  now = new Date(),
}: { approachId: number; agencyId: number; email: string } & Step): Outcome {
  const detail = approachDetail(approachId, now);
  if (!detail || detail.state === "decided") return refused("The decision is recorded: the panel can no longer change.", "email");
  const id = findUserIdByEmail(email);
  const person = id === null ? null : getCurrentUserById(id);
  if (!person || !person.roles.includes("agency_staff") || person.agencyId !== agencyId) {
    return refused("Enter the e-mail address of a colleague in your agency who has a Cloud Exchange account.", "email");
  }
  const added = db().insert(approachEvaluators).values({ approachId, userId: person.id, addedBy: actor.id }).onConflictDoNothing().run();
  if (added.changes === 0) return refused(`${person.displayName} is already an evaluator.`, "email");
  audit({ ip, actor, action: "approach.add_evaluator", entity: "approach", entityId: approachId, details: { evaluatorId: person.id } });
  return { ok: true };
}

export function removeEvaluator({
  approachId,
  userId,
  ownerId,
  actor,
  ip,
}: { approachId: number; userId: number; ownerId: number | null } & Step): Outcome {
  // As addEvaluator: once the decision is recorded the panel is part of the record and stays as it was.
  if (approachDetail(approachId)?.state === "decided") return refused("The decision is recorded: the panel can no longer change.");
  if (userId === ownerId) return refused("The person running the approach is always an evaluator.");
  if (responsesScoredBy(approachId, userId)) return refused("That evaluator has scored responses, so they stay on the record.");
  const removed = db()
    .delete(approachEvaluators)
    .where(and(eq(approachEvaluators.approachId, approachId), eq(approachEvaluators.userId, userId)))
    .run();
  if (removed.changes === 0) return refused("That person is not an evaluator.");
  audit({ ip, actor, action: "approach.remove_evaluator", entity: "approach", entityId: approachId, details: { evaluatorId: userId } });
  return { ok: true };
}

function responsesScoredBy(approachId: number, userId: number): boolean {
  const ids = new Set(allResponses(approachId).map((r) => r.id));
  if (ids.size === 0) return false;
  return !!db()
    .select({ responseId: approachScores.responseId })
    .from(approachScores)
    .where(and(eq(approachScores.evaluatorId, userId), inArray(approachScores.responseId, [...ids])))
    .get();
}

/** The conflict-of-interest declaration: made once, and final, as a signed declaration is. */
export function declareInterests({
  approachId,
  conflict,
  declaration,
  actor,
  ip,
  now = new Date(),
}: { approachId: number; conflict: boolean; declaration: string } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const row = db()
        .select({ declaredAt: approachEvaluators.declaredAt })
        .from(approachEvaluators)
        .where(and(eq(approachEvaluators.approachId, approachId), eq(approachEvaluators.userId, actor.id)))
        .get();
      if (!row) return refused("Only the evaluators the buyer named declare their interests.");
      if (row.declaredAt) return refused("You have already made your declaration.");
      db()
        .update(approachEvaluators)
        .set({ declaredAt: now.toISOString(), conflict, declaration })
        .where(and(eq(approachEvaluators.approachId, approachId), eq(approachEvaluators.userId, actor.id)))
        .run();
      audit({ ip, actor, action: "approach.declare_interests", entity: "approach", entityId: approachId, details: { conflict } });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

export interface ScoreInput {
  criterionId: number;
  score: number;
  comment: string;
}

/** One evaluator's scores for one response (any subset of criteria), replacing their earlier ones. */
export function saveScores({
  approachId,
  responseId,
  scores,
  actor,
  ip,
  now = new Date(),
}: { approachId: number; responseId: number; scores: ScoreInput[] } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const detail = approachDetail(approachId, now);
      if (!detail || detail.state !== "closed") {
        return refused(
          detail?.state === "decided"
            ? "The decision is recorded: scores can no longer change."
            : "Responses can be scored only once the approach has closed.",
        );
      }
      const me = evaluatorsOf(approachId).find((e) => e.userId === actor.id);
      if (!me) return refused("Only the evaluators the buyer named can score responses.");
      if (!me.declaredAt) return refused("Declare your interests before you score.");
      if (me.conflict) return refused("You declared a conflict of interest, so you stand aside from scoring.");
      if (!allResponses(approachId, ["submitted"]).some((r) => r.id === responseId)) return refused("We could not find that response.");
      const criteria = new Set(detail.criteria.map((c) => c.id));
      for (const s of scores) {
        if (!criteria.has(s.criterionId)) return refused("That criterion is not part of this approach.");
        if (!Number.isInteger(s.score) || s.score < SCORE_MIN || s.score > SCORE_MAX)
          return refused(`Scores are whole numbers from ${SCORE_MIN} to ${SCORE_MAX}.`, `score.${s.criterionId}`);
      }
      for (const s of scores) {
        db()
          .insert(approachScores)
          .values({
            responseId,
            criterionId: s.criterionId,
            evaluatorId: actor.id,
            score: s.score,
            comment: s.comment,
            updatedAt: now.toISOString(),
          })
          .onConflictDoUpdate({
            target: [approachScores.responseId, approachScores.criterionId, approachScores.evaluatorId],
            set: { score: s.score, comment: s.comment, updatedAt: now.toISOString() },
          })
          .run();
      }
      audit({
        ip,
        actor,
        action: "approach.score",
        entity: "approach",
        entityId: approachId,
        details: { responseId, criteria: scores.map((s) => s.criterionId) },
      });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

export function scoresOf(approachId: number) {
  const ids = allResponses(approachId, ["submitted"]).map((r) => r.id);
  if (ids.length === 0) return [];
  return db()
    .select({
      responseId: approachScores.responseId,
      criterionId: approachScores.criterionId,
      evaluatorId: approachScores.evaluatorId,
      evaluatorName: users.displayName,
      score: approachScores.score,
      comment: approachScores.comment,
    })
    .from(approachScores)
    .innerJoin(users, eq(users.id, approachScores.evaluatorId))
    .where(inArray(approachScores.responseId, ids))
    .all();
}

/** The panel, every submitted response's scores, the weighted totals and the ranking. */
export function evaluationOf(approachId: number) {
  const evaluators = evaluatorsOf(approachId);
  const responses = allResponses(approachId, ["submitted"]);
  const criteria = criteriaOf(approachId);
  const scores = scoresOf(approachId);
  const counted = countedEvaluators(evaluators);
  const results = evaluate({ responseIds: responses.map((r) => r.id), criteria, evaluatorIds: counted, scores });
  return { evaluators, responses, criteria, scores, results, undeclared: evaluators.filter((e) => !e.declaredAt) };
}
export type Evaluation = ReturnType<typeof evaluationOf>;
