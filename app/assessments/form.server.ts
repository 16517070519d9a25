/**
 * The assessment form's checks, built from the framework version the assessment uses, so a new
 * version's qualities need no new form. Fields: `score.<quality>`, `justification.<quality>`,
 * `evidence.<quality>`; `intent` is "save" (a draft: ranges are checked, nothing is required
 * beyond the stated use) or "submit" (mandatory qualities scored, every score justified).
 */
import { z } from "zod";
import { CLASSIFICATIONS, type Classification } from "~/assurance/vocabulary";
import { isIsoDate, todayIso } from "~/platform/dates";
import { parseForm, type ParsedForm } from "~/platform/forms.server";
import { DEPLOYMENT_SIZES } from "~/reviews/vocabulary";
import type { AssessmentInput } from "./assessment.server";
import type { RelianceInput } from "./reliance.server";
import { isMandatory, type FrameworkDocument } from "./framework";
import { JUSTIFICATION } from "./vocabulary";

export type AssessmentForm = AssessmentInput & { submit: boolean };

const scoreField = (label: string) => {
  const message = `Choose a score from 1 to 5 for ${label}, or "Not assessed"`;
  return z.number({ invalid_type_error: message }).int(message).min(1, message).max(5, message).optional();
};

/** superRefine also runs when a field failed; a score outside 1-5 has its own message already. */
const isScore = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v) && v >= 1 && v <= 5;

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => v ?? "");

export function parseAssessmentForm(form: FormData, document: FrameworkDocument): ParsedForm<AssessmentForm> {
  const qualities = document.qualities;
  const schema = z
    .object({
      intent: z.enum(["save", "submit"], { errorMap: () => ({ message: "Choose to save a draft or submit for moderation." }) }),
      dataClassification: z.enum(CLASSIFICATIONS, {
        errorMap: () => ({ message: "Choose the highest classification of data the agency will use it with" }),
      }),
      deploymentSize: z.enum(DEPLOYMENT_SIZES, { errorMap: () => ({ message: "Choose the size of the deployment" }) }),
      useCase: optionalText(2000, "Keep the use under 2,000 characters"),
      assessedOn: z
        .string()
        .trim()
        .optional()
        .refine((v) => v === undefined || isIsoDate(v), "Enter the date as year-month-day, for example 2026-07-01")
        .refine((v) => v === undefined || v <= todayIso(), "The date the assessment was finished cannot be in the future"),
      score: z.object(Object.fromEntries(qualities.map((q) => [q.key, scoreField(q.label)]))).default({}),
      justification: z
        .object(
          Object.fromEntries(
            qualities.map((q) => [q.key, optionalText(JUSTIFICATION.max, `Keep the justification for ${q.label} under 1,000 characters`)]),
          ),
        )
        .default({}),
      evidence: z
        .object(Object.fromEntries(qualities.map((q) => [q.key, optionalText(200, `Keep the evidence reference under 200 characters`)])))
        .default({}),
    })
    .superRefine((v, ctx) => {
      if (v.intent !== "submit") return;
      if (v.useCase.length < 10) {
        ctx.addIssue({ code: "custom", path: ["useCase"], message: "Describe what the agency will use it for, in at least 10 characters" });
      }
      const scores = v.score as Record<string, number | undefined>;
      const why = v.justification as Record<string, string>;
      for (const q of qualities) {
        if (scores[q.key] === undefined && isMandatory(q, v.dataClassification as Classification)) {
          ctx.addIssue({
            code: "custom",
            path: ["score", q.key],
            message: `Score ${q.label}: it is mandatory for ${v.dataClassification} data`,
          });
        }
        if (isScore(scores[q.key]) && (why[q.key] ?? "").length < JUSTIFICATION.min) {
          ctx.addIssue({
            code: "custom",
            path: ["justification", q.key],
            message: `Say why you scored ${q.label} ${scores[q.key]}, in at least ${JUSTIFICATION.min} characters`,
          });
        }
      }
      if (!qualities.some((q) => scores[q.key] !== undefined)) {
        ctx.addIssue({ code: "custom", path: [""], message: "Score at least one quality before submitting" });
      }
    })
    .transform((v): AssessmentForm => {
      const scores = v.score as Record<string, number | undefined>;
      const why = v.justification as Record<string, string>;
      const evidence = v.evidence as Record<string, string>;
      return {
        submit: v.intent === "submit",
        dataClassification: v.dataClassification,
        deploymentSize: v.deploymentSize,
        useCase: v.useCase,
        assessedOn: v.assessedOn ?? null,
        scores: qualities.flatMap((q) => {
          const score = scores[q.key];
          return score === undefined
            ? []
            : [{ qualityKey: q.key, score, justification: why[q.key] ?? "", evidenceRef: evidence[q.key] || null }];
        }),
      };
    });
  return parseForm(form, schema);
}

/** Relying on an assessment: notes, and any qualities re-scored (each re-score justified). */
export function parseRelianceForm(form: FormData, document: FrameworkDocument): ParsedForm<RelianceInput> {
  const qualities = document.qualities;
  const schema = z
    .object({
      notes: optionalText(2000, "Keep the notes under 2,000 characters"),
      rescore: z.object(Object.fromEntries(qualities.map((q) => [q.key, scoreField(q.label)]))).default({}),
      rejustify: z
        .object(
          Object.fromEntries(
            qualities.map((q) => [q.key, optionalText(JUSTIFICATION.max, "Keep the justification under 1,000 characters")]),
          ),
        )
        .default({}),
    })
    .superRefine((v, ctx) => {
      const scores = v.rescore as Record<string, number | undefined>;
      const why = v.rejustify as Record<string, string>;
      for (const q of qualities) {
        if (isScore(scores[q.key]) && (why[q.key] ?? "").length < JUSTIFICATION.min) {
          ctx.addIssue({
            code: "custom",
            path: ["rejustify", q.key],
            message: `Say why your agency scores ${q.label} ${scores[q.key]}, in at least ${JUSTIFICATION.min} characters`,
          });
        }
      }
    })
    .transform((v): RelianceInput => {
      const scores = v.rescore as Record<string, number | undefined>;
      const why = v.rejustify as Record<string, string>;
      return {
        notes: v.notes,
        rescores: Object.fromEntries(
          qualities.flatMap((q) =>
            scores[q.key] === undefined ? [] : [[q.key, { score: scores[q.key]!, justification: why[q.key] ?? "" }]],
          ),
        ),
      };
    });
  return parseForm(form, schema);
}

/** A requirements profile: the classification and a minimum (or none) per quality. */
export function parseProfileForm(form: FormData, document: FrameworkDocument) {
  const schema = z.object({
    classification: z.enum(CLASSIFICATIONS, { errorMap: () => ({ message: "Choose the classification of the data" }) }),
    minimum: z
      .object(
        Object.fromEntries(
          document.qualities.map((q) => {
            const message = `Choose a minimum from 1 to 5 for ${q.label}, or "No minimum"`;
            return [q.key, z.number({ invalid_type_error: message }).int(message).min(1, message).max(5, message).optional()];
          }),
        ),
      )
      .default({}),
  });
  return parseForm(form, schema);
}

/**
 * A moderator's decision on a submitted assessment. Its own schema beside the reviews' one, so the
 * moderation page tells the two apart by intent; a rejection needs a reason the author will read.
 */
export function parseAssessmentModerationForm(form: FormData) {
  const schema = z
    .object({
      intent: z.enum(["approve-assessment", "reject-assessment"], { errorMap: () => ({ message: "Unknown moderation action." }) }),
      id: z.number({ required_error: "That item does not exist.", invalid_type_error: "That item does not exist." }).int().positive(),
      reason: z
        .string()
        .trim()
        .optional()
        .transform((v) => (v ?? "").replace(/\r\n/g, "\n")),
    })
    .superRefine((v, ctx) => {
      if (v.intent === "reject-assessment" && (v.reason.length < 5 || v.reason.length > 1000)) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason (5 to 1,000 characters): the author will see it." });
      }
    });
  return parseForm(form, schema);
}
