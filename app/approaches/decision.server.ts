/**
 * The decision record. Deciding freezes everything that led to the decision (the requirement and
 * its criteria, the invitations, every closing change, the questions and answers, the responses,
 * the panel's declarations and scores, the ranking, and the listings and rule results as they
 * stood when the approach was sent) into one canonical JSON document (RFC 8785, as evidence packs
 * are) with its SHA-256. The row is inserted once and a trigger refuses any change to it, so the
 * JSON a person downloads is byte for byte the document the checksum was taken of.
 */
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { approachDecisions, approaches, users } from "~db/schema";
import { audit } from "~/audit/audit.server";
import { approachDetail, type Outcome, type Step } from "./approach.server";
import { sendOutcomes } from "./approach-mail.server";
import { evaluationOf } from "./evaluation.server";
import { questionsForBuyer } from "./questions.server";
import { allResponses } from "./responses.server";
import { RECORD_FORMAT } from "./vocabulary";

export type DecisionInput =
  | {
      outcome: "awarded";
      responseId: number;
      contractValueCents: number;
      austenderId: string | null;
      reason: string;
      notChosen: Record<number, string>;
    }
  | { outcome: "no_award"; reason: string; notChosen: Record<number, string> };

const refused = (message: string, field = ""): Outcome => ({ ok: false, errors: { [field]: message } });

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function snapshotOf(approachId: number): unknown {
  return db().select({ snapshot: approaches.snapshot }).from(approaches).where(eq(approaches.id, approachId)).get()?.snapshot ?? null;
}

/** Records the decision, freezes the record and sends every responding seller the outcome (with a debrief to the unsuccessful). */
export function decide({
  approachId,
  input,
  actor,
  ip,
  now = new Date(),
  sample = false,
}: { approachId: number; input: DecisionInput; sample?: boolean } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const detail = approachDetail(approachId, now);
      if (!detail) return refused("We could not find that approach to market.");
      if (detail.state === "decided") return refused("The decision is already recorded, and a decision record never changes.");
      if (detail.state !== "closed") return refused("The decision can be recorded only after the approach has closed.");
      const evaluation = evaluationOf(approachId);
      if (evaluation.undeclared.length > 0) {
        return refused(
          `Every evaluator must declare their interests first: ${evaluation.undeclared.map((e) => e.name).join(", ")} still to declare.`,
        );
      }
      const responses = evaluation.responses;
      const chosen = input.outcome === "awarded" ? responses.find((r) => r.id === input.responseId) : undefined;
      if (input.outcome === "awarded") {
        if (!chosen) return refused("Choose one of the responses received.", "responseId");
        const result = evaluation.results.find((r) => r.responseId === chosen.id);
        if (!result || result.total === null)
          return refused("Finish scoring the chosen response on every criterion before awarding it.", "responseId");
      }
      const errors: Record<string, string> = {};
      for (const r of responses) {
        if (r.id === chosen?.id) continue;
        if (!(input.notChosen[r.id] ?? "").trim())
          errors[`notChosen.${r.id}`] = `Say why the response for ${r.productName} was not chosen: the seller is told.`;
      }
      if (Object.keys(errors).length > 0) return { ok: false, errors };

      const decidedAt = now.toISOString();
      const decider = db().select({ name: users.displayName }).from(users).where(eq(users.id, actor.id)).get();
      const record = {
        format: RECORD_FORMAT,
        approach: {
          id: detail.id,
          title: detail.title,
          agency: detail.agencyName,
          runBy: detail.ownerName,
          requirement: detail.requirement,
          pricingBasis: detail.pricingBasis,
          purchase: detail.purchase,
          criteria: detail.criteria.map(({ id, name, description, weight, isPrice }) => ({ id, name, description, weight, isPrice })),
          sentAt: detail.sentAt,
          closesAt: detail.closesAt,
          closingChanges: detail.closingChanges,
        },
        invitations: detail.invitations.map((i) => ({ product: i.productName, productSlug: i.productSlug, provider: i.providerName })),
        sentWith: snapshotOf(approachId),
        questions: questionsForBuyer(approachId).map((q) => ({
          askedBy: q.providerName,
          question: q.question,
          askedAt: q.askedAt,
          publishedQuestion: q.publishedQuestion,
          answer: q.answer,
          answeredAt: q.answeredAt,
        })),
        responses: allResponses(approachId).map((r) => ({
          id: r.id,
          product: r.productName,
          provider: r.providerName,
          priceCents: r.priceCents,
          body: r.body,
          attachments: r.attachments,
          status: r.status,
          revision: r.revision,
          submittedAt: r.submittedAt,
          updatedAt: r.updatedAt,
        })),
        evaluators: evaluation.evaluators.map((e) => ({
          name: e.name,
          declaredAt: e.declaredAt,
          conflict: e.conflict,
          declaration: e.declaration,
        })),
        scores: evaluation.scores.map((s) => ({
          responseId: s.responseId,
          criterionId: s.criterionId,
          evaluator: s.evaluatorName,
          score: s.score,
          comment: s.comment,
        })),
        results: evaluation.results,
        decision: {
          outcome: input.outcome,
          responseId: chosen?.id ?? null,
          product: chosen?.productName ?? null,
          provider: chosen?.providerName ?? null,
          contractValueCents: input.outcome === "awarded" ? input.contractValueCents : null,
          austenderId: input.outcome === "awarded" ? input.austenderId : null,
          reason: input.reason,
          notChosen: responses
            .filter((r) => r.id !== chosen?.id)
            .map((r) => ({ responseId: r.id, product: r.productName, reason: input.notChosen[r.id].trim() })),
          decidedBy: decider?.name ?? null,
          decidedAt,
        },
      };
      const text = canonicalize(record)!;
      db()
        .insert(approachDecisions)
        .values({
          approachId,
          outcome: input.outcome,
          responseId: chosen?.id ?? null,
          productId: chosen?.productId ?? null,
          contractValueCents: input.outcome === "awarded" ? input.contractValueCents : null,
          austenderId: input.outcome === "awarded" ? input.austenderId : null,
          reason: input.reason,
          decidedBy: actor.id,
          decidedAt,
          record: text,
          checksum: sha256(text),
          sample,
        })
        .run();
      db().update(approaches).set({ status: "decided", updatedAt: decidedAt }).where(eq(approaches.id, approachId)).run();
      audit({
        ip,
        actor,
        action: "approach.decide",
        entity: "approach",
        entityId: approachId,
        details: { outcome: input.outcome, responseId: chosen?.id ?? null, checksum: sha256(text) },
      });
      const ranked = evaluation.results.filter((r) => r.rank !== null).length;
      sendOutcomes({
        approach: detail,
        awarded: chosen && input.outcome === "awarded" ? { productName: chosen.productName, valueCents: input.contractValueCents } : null,
        responses: responses.map((r) => {
          const result = evaluation.results.find((x) => x.responseId === r.id)!;
          return {
            providerId: r.providerId,
            productName: r.productName,
            chosen: r.id === chosen?.id,
            total: result.total,
            rank: result.rank,
            of: ranked,
            reason: r.id === chosen?.id ? "" : input.notChosen[r.id].trim(),
            scores: detail.criteria.map((c) => ({
              criterion: c.name,
              weight: c.weight,
              mean: result.criteria.find((x) => x.criterionId === c.id)?.mean ?? null,
            })),
          };
        }),
      });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/** The frozen record: its canonical text (what the JSON download is), checksum and the headline facts. */
export function decisionOf(approachId: number) {
  return (
    db()
      .select({
        outcome: approachDecisions.outcome,
        responseId: approachDecisions.responseId,
        productId: approachDecisions.productId,
        contractValueCents: approachDecisions.contractValueCents,
        austenderId: approachDecisions.austenderId,
        reason: approachDecisions.reason,
        decidedAt: approachDecisions.decidedAt,
        record: approachDecisions.record,
        checksum: approachDecisions.checksum,
      })
      .from(approachDecisions)
      .where(eq(approachDecisions.approachId, approachId))
      .get() ?? null
  );
}
export type Decision = NonNullable<ReturnType<typeof decisionOf>>;

export type DecisionRecord = {
  format: string;
  approach: {
    id: number;
    title: string;
    agency: string;
    runBy: string | null;
    requirement: string;
    pricingBasis: string;
    criteria: { id: number; name: string; description: string; weight: number; isPrice: boolean }[];
    sentAt: string | null;
    closesAt: string;
    closingChanges: { previousClosesAt: string; closesAt: string; reason: string; at: string }[];
    purchase: Record<string, unknown>;
  };
  invitations: { product: string; productSlug: string; provider: string }[];
  sentWith: {
    takenAt: string;
    listings: { name: string; slug: string; results: { key: string; name: string; outcome: string; reason: string }[] }[];
  } | null;
  questions: {
    askedBy: string;
    question: string;
    askedAt: string;
    publishedQuestion: string | null;
    answer: string | null;
    answeredAt: string | null;
  }[];
  responses: {
    id: number;
    product: string;
    provider: string;
    priceCents: number;
    body: string;
    attachments: { label: string; url: string }[];
    status: string;
    revision: number;
    submittedAt: string;
    updatedAt: string;
  }[];
  evaluators: { name: string; declaredAt: string | null; conflict: boolean | null; declaration: string | null }[];
  scores: { responseId: number; criterionId: number; evaluator: string; score: number; comment: string }[];
  results: {
    responseId: number;
    total: number | null;
    rank: number | null;
    tied: boolean;
    missing: number;
    criteria: { criterionId: number; mean: number | null; scored: number }[];
  }[];
  decision: {
    outcome: "awarded" | "no_award";
    responseId: number | null;
    product: string | null;
    provider: string | null;
    contractValueCents: number | null;
    austenderId: string | null;
    reason: string;
    notChosen: { responseId: number; product: string; reason: string }[];
    decidedBy: string | null;
    decidedAt: string;
  };
};

export const parseRecord = (decision: Decision) => JSON.parse(decision.record) as DecisionRecord;
