/**
 * Questions and answers. A seller asks privately; the buyer answers once, for everyone: the
 * question as the buyer words it (so that it does not give the asker away) and the answer go to
 * every invited seller, and the asker is never named to the others. Both close with the approach.
 */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { approachQuestions, providers, users } from "~db/schema";
import { audit } from "~/audit/audit.server";
import { approachDetail, type Outcome, type Step } from "./approach.server";
import { tellInvitedSellers, tellOwnerOfQuestion } from "./approach-mail.server";

const refused = (message: string, field = ""): Outcome => ({ ok: false, errors: { [field]: message } });

export function askQuestion({
  approachId,
  providerId,
  question,
  actor,
  ip,
  now = new Date(),
}: { approachId: number; providerId: number; question: string } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const detail = approachDetail(approachId, now);
      if (!detail || detail.state !== "open") return refused("This approach has closed, so questions can no longer be asked.", "question");
      const row = db()
        .insert(approachQuestions)
        .values({ approachId, providerId, askedBy: actor.id, question, askedAt: now.toISOString() })
        .returning({ id: approachQuestions.id })
        .get();
      audit({
        ip,
        actor,
        action: "approach.ask_question",
        entity: "approach",
        entityId: approachId,
        details: { questionId: row.id, providerId },
      });
      const owner =
        detail.ownerId === null ? undefined : db().select({ email: users.email }).from(users).where(eq(users.id, detail.ownerId)).get();
      if (owner) tellOwnerOfQuestion({ approach: detail, ownerEmail: owner.email });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

export function answerQuestion({
  approachId,
  questionId,
  publishedQuestion,
  answer,
  actor,
  ip,
  now = new Date(),
}: { approachId: number; questionId: number; publishedQuestion: string; answer: string } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const detail = approachDetail(approachId, now);
      if (!detail || detail.state !== "open")
        return refused("This approach has closed, so questions can no longer be answered.", `answer.${questionId}`);
      const q = db()
        .select({ answeredAt: approachQuestions.answeredAt })
        .from(approachQuestions)
        .where(and(eq(approachQuestions.id, questionId), eq(approachQuestions.approachId, approachId)))
        .get();
      if (!q) return refused("We could not find that question.", `answer.${questionId}`);
      if (q.answeredAt) return refused("That question has already been answered for every seller.", `answer.${questionId}`);
      db()
        .update(approachQuestions)
        .set({ publishedQuestion, answer, answeredBy: actor.id, answeredAt: now.toISOString() })
        .where(eq(approachQuestions.id, questionId))
        .run();
      audit({ ip, actor, action: "approach.answer_question", entity: "approach", entityId: approachId, details: { questionId } });
      tellInvitedSellers({ approach: detail, what: "answered" });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/** The buyer's view: every question, with who asked (the agency may need to know), answered or not. */
export function questionsForBuyer(approachId: number) {
  return db()
    .select({
      id: approachQuestions.id,
      providerName: providers.name,
      question: approachQuestions.question,
      askedAt: approachQuestions.askedAt,
      publishedQuestion: approachQuestions.publishedQuestion,
      answer: approachQuestions.answer,
      answeredAt: approachQuestions.answeredAt,
    })
    .from(approachQuestions)
    .innerJoin(providers, eq(providers.id, approachQuestions.providerId))
    .where(eq(approachQuestions.approachId, approachId))
    .orderBy(asc(approachQuestions.id))
    .all();
}

/** What every invited seller reads: the published questions and answers, nobody named. */
export function publishedAnswers(approachId: number) {
  return db()
    .select({
      id: approachQuestions.id,
      question: approachQuestions.publishedQuestion,
      answer: approachQuestions.answer,
      answeredAt: approachQuestions.answeredAt,
    })
    .from(approachQuestions)
    .where(and(eq(approachQuestions.approachId, approachId), isNotNull(approachQuestions.answeredAt)))
    .orderBy(asc(approachQuestions.answeredAt))
    .all()
    .map((q) => ({ id: q.id, question: q.question ?? "", answer: q.answer ?? "", answeredAt: q.answeredAt ?? "" }));
}

/** A seller's own questions, answered or still waiting. */
export function ownQuestions({ approachId, providerId }: { approachId: number; providerId: number }) {
  return db()
    .select({
      id: approachQuestions.id,
      question: approachQuestions.question,
      askedAt: approachQuestions.askedAt,
      answeredAt: approachQuestions.answeredAt,
    })
    .from(approachQuestions)
    .where(and(eq(approachQuestions.approachId, approachId), eq(approachQuestions.providerId, providerId)))
    .orderBy(asc(approachQuestions.id))
    .all();
}
