/**
 * The approach forms' checks (zod through conform, as every form: app/platform/forms.server.ts).
 * Field names are the contract with the pages:
 * - approach: title, requirement, pricingBasis, closeDate, closeTime, criteria[i].name,
 *   criteria[i].description, criteria[i].weight, priceCriterion (the index of the price row), products;
 * - extend: closeDate, closeTime, reason; question: question; answer: questionId, publishedQuestion, answer;
 * - response: productId, price, body, attachments[i].label, attachments[i].url;
 * - evaluator: email; declaration: conflict ("no" or "yes"), declaration;
 * - scores: responseId, score.<criterionId>, comment.<criterionId>;
 * - decision: outcome ("awarded" or "no_award"), responseId, contractValue, austenderId, reason, notChosen.<responseId>.
 */
import { z } from "zod";
import { parseForm, type ParsedForm } from "~/platform/forms.server";
import { parseAud } from "~/platform/money";
import type { ApproachInput } from "./approach.server";
import { fromCanberra } from "./closing";
import type { DecisionInput } from "./decision.server";
import { criteriaProblems, SCORE_MAX, SCORE_MIN } from "./evaluation";
import type { ScoreInput } from "./evaluation.server";
import type { ResponseInput } from "./responses.server";
import { AUSTENDER_ID, LIMITS } from "./vocabulary";

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${label} under ${max.toLocaleString("en-AU")} characters`)
    .optional()
    .transform((v) => v ?? "");
const required = (max: number, label: string, missing: string) =>
  z
    .string({ required_error: missing })
    .trim()
    .min(1, missing)
    .max(max, `Keep ${label} under ${max.toLocaleString("en-AU")} characters`);

const DAY = 86_400_000;

/** A Canberra closing date and time, in the future and within a year; added to ctx as field errors. */
function closingMoment(v: { closeDate?: string; closeTime?: string }, ctx: z.RefinementCtx, now: Date): string | null {
  if (!v.closeDate) {
    ctx.addIssue({ code: "custom", path: ["closeDate"], message: "Enter the closing date, for example 2027-02-26" });
    return null;
  }
  if (!v.closeTime) {
    ctx.addIssue({ code: "custom", path: ["closeTime"], message: "Enter the closing time in Canberra, for example 14:00" });
    return null;
  }
  const moment = fromCanberra(v.closeDate, v.closeTime);
  if (!moment.ok) {
    const messages = {
      date: ["closeDate", "Enter the closing date as year-month-day, for example 2027-02-26"],
      time: ["closeTime", "Enter the closing time as hours and minutes on a 24-hour clock, for example 14:00"],
      skipped: [
        "closeTime",
        "That time does not exist in Canberra: the clocks go forward from 2:00 to 3:00 am that day. Choose another time",
      ],
    } as const;
    const [path, message] = messages[moment.problem];
    ctx.addIssue({ code: "custom", path: [path], message });
    return null;
  }
  const at = Date.parse(moment.utc);
  if (at <= now.getTime()) {
    ctx.addIssue({ code: "custom", path: ["closeDate"], message: "The closing time must be in the future" });
    return null;
  }
  if (at > now.getTime() + LIMITS.closeWithinDays * DAY) {
    ctx.addIssue({ code: "custom", path: ["closeDate"], message: "Choose a closing date within a year" });
    return null;
  }
  return moment.utc;
}

const closeFields = { closeDate: z.string().trim().optional(), closeTime: z.string().trim().optional() };

const criterionRow = z.object({
  name: text(LIMITS.criterionName, "the criterion's name"),
  description: text(LIMITS.criterionDescription, "the description"),
  weight: z.string().trim().optional(),
});

export function parseApproachForm(
  form: FormData,
  { allowedProductIds, now = new Date() }: { allowedProductIds: readonly number[]; now?: Date },
): ParsedForm<ApproachInput> {
  const allowed = new Set(allowedProductIds);
  const schema = z
    .object({
      title: required(LIMITS.title, "the title", "Give the approach a title sellers will recognise"),
      requirement: required(LIMITS.requirement, "the requirement", "Describe what you need: sellers respond to this"),
      pricingBasis: text(LIMITS.pricingBasis, "what sellers should price"),
      ...closeFields,
      criteria: z
        .array(criterionRow)
        .max(LIMITS.criteria + 5)
        .default([]),
      priceCriterion: z.string().optional(),
      products: z.array(z.string()).default([]),
    })
    .transform((v, ctx): ApproachInput => {
      const closesAt = closingMoment(v, ctx, now) ?? "";
      const rows = v.criteria.map((c, index) => ({ ...c, index })).filter((c) => c.name || c.weight || c.description);
      const criteria = rows.map((c) => {
        const weight = Number(c.weight);
        if (!c.name)
          ctx.addIssue({ code: "custom", path: ["criteria", c.index, "name"], message: "Name this criterion, or clear its row" });
        if (!/^\d{1,3}$/.test(c.weight ?? "") || weight < 1 || weight > 100) {
          ctx.addIssue({
            code: "custom",
            path: ["criteria", c.index, "weight"],
            message: "Enter the weight as a whole number from 1 to 100",
          });
        }
        return {
          name: c.name,
          description: c.description,
          weight: Number.isFinite(weight) ? weight : 0,
          isPrice: v.priceCriterion === String(c.index),
        };
      });
      if (rows.length > LIMITS.criteria)
        ctx.addIssue({ code: "custom", path: ["weights"], message: `Use at most ${LIMITS.criteria} criteria` });
      for (const [field, message] of Object.entries(criteriaProblems(criteria))) {
        ctx.addIssue({ code: "custom", path: [field === "" || field === "price" ? "weights" : field], message });
      }
      const productIds = [...new Set(v.products.map(Number))];
      if (productIds.some((id) => !allowed.has(id))) {
        ctx.addIssue({ code: "custom", path: ["products"], message: "Invite only products from your shortlist or that fit your purchase" });
      }
      if (productIds.length === 0) ctx.addIssue({ code: "custom", path: ["products"], message: "Invite at least one product's provider" });
      if (productIds.length > LIMITS.invitations) {
        ctx.addIssue({ code: "custom", path: ["products"], message: `Invite at most ${LIMITS.invitations} products` });
      }
      return { title: v.title, requirement: v.requirement, pricingBasis: v.pricingBasis, closesAt, criteria, productIds };
    });
  return parseForm(form, schema);
}

export function parseExtendForm(form: FormData, now = new Date()): ParsedForm<{ closesAt: string; reason: string }> {
  const schema = z
    .object({ ...closeFields, reason: required(LIMITS.reason, "the reason", "Say why the close is extended: every seller is told") })
    .transform((v, ctx) => ({ closesAt: closingMoment(v, ctx, now) ?? "", reason: v.reason }));
  return parseForm(form, schema);
}

export function parseQuestionForm(form: FormData): ParsedForm<{ question: string }> {
  return parseForm(form, z.object({ question: required(LIMITS.question, "the question", "Write your question") }));
}

export function parseAnswerForm(form: FormData): ParsedForm<{ questionId: number; publishedQuestion: string; answer: string }> {
  return parseForm(
    form,
    z.object({
      questionId: z.coerce.number().int().positive(),
      publishedQuestion: required(LIMITS.question, "the question", "Word the question as every seller will read it"),
      answer: required(LIMITS.answer, "the answer", "Write the answer every seller will read"),
    }),
  );
}

const attachmentRow = z.object({ label: text(200, "the label"), url: z.string().trim().optional() });

export function parseResponseForm(form: FormData): ParsedForm<ResponseInput> {
  const schema = z
    .object({
      productId: z.coerce.number({ invalid_type_error: "Choose the product you are responding for" }).int().positive(),
      price: z.string({ required_error: "Enter your price for the buyer's quantities, in dollars" }).trim(),
      body: required(LIMITS.response, "the response", "Write your response to the requirement"),
      attachments: z.array(attachmentRow).max(LIMITS.attachments).default([]),
    })
    .transform((v, ctx): ResponseInput => {
      const dollars = parseAud(v.price);
      if (dollars === null) {
        ctx.addIssue({
          code: "custom",
          path: ["price"],
          message: "Enter the price as an amount in dollars, for example 125000 or $125,000.50",
        });
      } else if (dollars === 0) {
        ctx.addIssue({ code: "custom", path: ["price"], message: "Enter a price above $0" });
      }
      const attachments = v.attachments.flatMap((a, i) => {
        if (!a.url && !a.label) return [];
        let ok = false;
        try {
          ok = !!a.url && ["http:", "https:"].includes(new URL(a.url).protocol);
        } catch {
          ok = false;
        }
        if (!ok)
          ctx.addIssue({ code: "custom", path: ["attachments", i, "url"], message: "Enter the link as a web address starting https://" });
        return [{ label: a.label || (a.url ?? ""), url: a.url ?? "" }];
      });
      return { productId: v.productId, priceCents: Math.round((dollars ?? 0) * 100), body: v.body, attachments };
    });
  return parseForm(form, schema);
}

export function parseEvaluatorForm(form: FormData): ParsedForm<{ email: string }> {
  return parseForm(
    form,
    z.object({ email: required(254, "the address", "Enter your colleague's e-mail address").transform((v) => v.toLowerCase()) }),
  );
}

export function parseDeclarationForm(form: FormData): ParsedForm<{ conflict: boolean; declaration: string }> {
  const schema = z
    .object({
      conflict: z.enum(["no", "yes"], { errorMap: () => ({ message: "Say whether you have a conflict of interest" }) }),
      declaration: text(LIMITS.reason, "the declaration"),
    })
    .superRefine((v, ctx) => {
      if (v.conflict === "yes" && v.declaration.length < 10) {
        ctx.addIssue({ code: "custom", path: ["declaration"], message: "Describe the conflict, in at least 10 characters" });
      }
    })
    .transform((v) => ({ conflict: v.conflict === "yes", declaration: v.declaration }));
  return parseForm(form, schema);
}

export function parseScoresForm(form: FormData, criterionIds: readonly number[]): ParsedForm<{ responseId: number; scores: ScoreInput[] }> {
  const message = `Enter a whole number from ${SCORE_MIN} to ${SCORE_MAX}, or leave it blank`;
  const schema = z
    .object({
      responseId: z.coerce.number().int().positive(),
      score: z.record(z.string().trim()).default({}),
      comment: z.record(text(LIMITS.comment, "the comment")).default({}),
    })
    .transform((v, ctx) => ({
      responseId: v.responseId,
      scores: criterionIds.flatMap((id): ScoreInput[] => {
        const raw = v.score[String(id)] ?? "";
        if (raw === "") return [];
        const score = Number(raw);
        if (!/^\d{1,2}$/.test(raw) || score < SCORE_MIN || score > SCORE_MAX) {
          ctx.addIssue({ code: "custom", path: ["score", String(id)], message });
          return [];
        }
        return [{ criterionId: id, score, comment: v.comment[String(id)] ?? "" }];
      }),
    }));
  return parseForm(form, schema);
}

export function parseDecisionForm(form: FormData): ParsedForm<DecisionInput> {
  const schema = z
    .object({
      outcome: z.enum(["awarded", "no_award"], { errorMap: () => ({ message: "Choose to award a contract or to make no award" }) }),
      responseId: z.string().optional(),
      contractValue: z.string().trim().optional(),
      austenderId: z.string().trim().optional(),
      reason: z.string().trim().max(LIMITS.reason, "Keep the reason under 2,000 characters").optional().default(""),
      notChosen: z.record(text(LIMITS.reason, "the reason")).default({}),
    })
    .transform((v, ctx): DecisionInput => {
      const notChosen = Object.fromEntries(Object.entries(v.notChosen).map(([k, r]) => [Number(k), r]));
      if (v.outcome === "no_award") {
        if (!v.reason)
          ctx.addIssue({
            code: "custom",
            path: ["reason"],
            message: "Say why no contract is awarded: the record and every seller need the reason",
          });
        return { outcome: "no_award", reason: v.reason, notChosen };
      }
      const responseId = Number(v.responseId);
      if (!Number.isInteger(responseId) || responseId <= 0)
        ctx.addIssue({ code: "custom", path: ["responseId"], message: "Choose the response you are awarding" });
      const dollars = v.contractValue ? parseAud(v.contractValue) : null;
      if (dollars === null || dollars === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["contractValue"],
          message: "Enter the contract value in dollars, GST inclusive, for example 480000",
        });
      }
      const austenderId = v.austenderId ? v.austenderId.toUpperCase() : null;
      if (austenderId && !AUSTENDER_ID.test(austenderId)) {
        ctx.addIssue({
          code: "custom",
          path: ["austenderId"],
          message: "Enter the AusTender contract notice ID as CN followed by its digits, for example CN3912345, or leave it blank",
        });
      }
      if (!v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why this response was chosen" });
      return {
        outcome: "awarded",
        responseId,
        contractValueCents: Math.round((dollars ?? 0) * 100),
        austenderId,
        reason: v.reason,
        notChosen,
      };
    });
  return parseForm(form, schema);
}
