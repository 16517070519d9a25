/**
 * What a seller's approach pages read, and the seller's three actions on them. A seller reaches an
 * approach only as canReadAsSeller allows (a representative of an invited provider, once it is
 * sent), and then reads only what every invited seller reads (the requirement, the criteria, the
 * closing history, the published answers) and what is their own (their questions, their responses,
 * their own scores once decided). No other seller's name, product, price or score is selected here,
 * so none can reach the browser. Plain values in, plain data out: the routes answer HTTP.
 */
import { z } from "zod";
import type { FormReply } from "~/platform/form-reply";
import { parseForm, type ParsedForm } from "~/platform/forms.server";
import { approachDetail, approachFacts, approachId, listForProvider, type Outcome } from "./approach.server";
import { decisionOf, parseRecord } from "./decision.server";
import { parseQuestionForm, parseResponseForm } from "./form.server";
import { canReadAsSeller, type Actor } from "./permissions";
import { askQuestion, ownQuestions, publishedAnswers } from "./questions.server";
import { ownResponses, submitResponse, withdrawResponse } from "./responses.server";
import { timeLeft } from "./time-left";
import type { ApproachStatus } from "./vocabulary";

/** The approach's id when this seller may read it; null for everyone else (the route answers 404). */
export function sellerApproachId(actor: Actor, param: string | undefined): number | null {
  const id = approachId(param);
  const facts = id === null ? null : approachFacts(id);
  return id !== null && facts && canReadAsSeller(actor, facts).ok ? id : null;
}

const STATE_ORDER: Record<ApproachStatus, number> = { open: 0, closed: 1, decided: 2, draft: 3 };

/** The approaches the provider is invited to: open ones first, soonest close first; then the rest, newest first. */
export function sellerInvitations({ providerId, now = new Date() }: { providerId: number; now?: Date }) {
  return listForProvider({ providerId, now })
    .map((a) => ({
      id: a.id,
      title: a.title,
      agencyName: a.agencyName,
      state: a.state,
      closesAt: a.closesAt,
      responded: a.responded,
      timeLeft: a.state === "open" ? timeLeft(a.closesAt, now) : null,
    }))
    .sort((a, b) => {
      const byState = STATE_ORDER[a.state] - STATE_ORDER[b.state];
      if (byState !== 0) return byState;
      const byClose = Date.parse(a.closesAt) - Date.parse(b.closesAt);
      return a.state === "open" ? byClose : -byClose;
    });
}
export type SellerInvitation = ReturnType<typeof sellerInvitations>[number];

type OwnResponse = ReturnType<typeof ownResponses>[number];

/** The seller's own scores and the reason given to them, from the frozen record: what the debrief e-mail said. */
function sellerOutcome(approachId: number, own: OwnResponse[]) {
  const decision = decisionOf(approachId);
  if (!decision) return null;
  const record = parseRecord(decision);
  const evaluated = own.filter((r) => r.status === "submitted");
  const chosenIsOurs = decision.outcome === "awarded" && evaluated.some((r) => r.id === decision.responseId);
  return {
    outcome: decision.outcome,
    decidedAt: decision.decidedAt,
    // The contract value is the winner's own business; the others are told only that it went elsewhere.
    contractValueCents: chosenIsOurs ? decision.contractValueCents : null,
    yours: evaluated.map((r) => {
      const result = record.results.find((x) => x.responseId === r.id);
      return {
        productId: r.productId,
        productName: r.productName,
        chosen: decision.outcome === "awarded" && decision.responseId === r.id,
        total: result?.total ?? null,
        scores: record.approach.criteria.map((c) => ({
          criterion: c.name,
          weight: c.weight,
          mean: result?.criteria.find((x) => x.criterionId === c.id)?.mean ?? null,
        })),
        reason: record.decision.notChosen.find((n) => n.responseId === r.id)?.reason ?? "",
      };
    }),
  };
}
export type SellerOutcomeData = NonNullable<ReturnType<typeof sellerOutcome>>;

/** Everything the seller's page shows, for one provider. The caller has checked sellerApproachId. */
export function sellerPage({ approachId, providerId, now = new Date() }: { approachId: number; providerId: number; now?: Date }) {
  const detail = approachDetail(approachId, now);
  if (!detail) return null;
  const own = ownResponses({ approachId, providerId });
  const products = detail.invitations
    .filter((i) => i.providerId === providerId)
    .map((i) => {
      const r = own.find((x) => x.productId === i.productId);
      return {
        productId: i.productId,
        productName: i.productName,
        productSlug: i.productSlug,
        response: r
          ? {
              priceCents: r.priceCents,
              body: r.body,
              attachments: r.attachments,
              status: r.status,
              revision: r.revision,
              submittedAt: r.submittedAt,
              updatedAt: r.updatedAt,
            }
          : null,
      };
    });
  return {
    approach: {
      id: detail.id,
      title: detail.title,
      agencyName: detail.agencyName,
      state: detail.state,
      closesAt: detail.closesAt,
      sentAt: detail.sentAt,
      pricingBasis: detail.pricingBasis,
      criteria: detail.criteria.map(({ id, name, description, weight, isPrice }) => ({ id, name, description, weight, isPrice })),
      closingChanges: detail.closingChanges,
      timeLeft: detail.state === "open" ? timeLeft(detail.closesAt, now) : null,
    },
    requirement: detail.requirement,
    answers: publishedAnswers(approachId),
    questions: ownQuestions({ approachId, providerId }).map((q) => ({
      id: q.id,
      question: q.question,
      askedAt: q.askedAt,
      answered: !!q.answeredAt,
    })),
    products,
    outcome: detail.state === "decided" ? sellerOutcome(approachId, own) : null,
  };
}

export type SellerResult =
  | { kind: "done"; notice: "asked" | "submitted" | "withdrawn" }
  | { kind: "refused"; reply: FormReply; status: 400 | 409 }
  | { kind: "unknown" };

function withForm<T>(parsed: ParsedForm<T>, step: (value: T) => Outcome, notice: "asked" | "submitted" | "withdrawn"): SellerResult {
  if (!parsed.ok) return { kind: "refused", reply: parsed.reply, status: 400 };
  const result = step(parsed.value);
  return result.ok ? { kind: "done", notice } : { kind: "refused", reply: parsed.refuse(result.errors), status: 409 };
}

// The withdraw button carries only the product; parsing it still gives a reply that names the product, so the page puts a refusal beside the right form.
const withdrawSchema = z.object({ productId: z.coerce.number({ invalid_type_error: "Choose the response to withdraw" }).int().positive() });

/** One seller action, by `intent`, always for the representative's own provider. */
export function runSellerIntent(
  formData: FormData,
  {
    approachId,
    providerId,
    actor,
    ip,
    now,
  }: { approachId: number; providerId: number; actor: { id: number }; ip: string | null; now?: Date },
): SellerResult {
  const step = { actor, ip, now };
  switch (String(formData.get("intent") ?? "")) {
    case "ask":
      return withForm(parseQuestionForm(formData), (v) => askQuestion({ approachId, providerId, question: v.question, ...step }), "asked");
    case "respond":
      return withForm(parseResponseForm(formData), (input) => submitResponse({ approachId, providerId, input, ...step }), "submitted");
    case "withdraw":
      return withForm(
        parseForm(formData, withdrawSchema),
        (v) => withdrawResponse({ approachId, providerId, productId: v.productId, ...step }),
        "withdrawn",
      );
  }
  return { kind: "unknown" };
}
