/**
 * The review form's checks (zod, so server-side only: decision 006). An empty field arrives as
 * undefined (platform/forms.server.ts), so each required field names what is missing.
 */
import { z } from "zod";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import { parseForm, type ParsedForm } from "~/platform/forms.server";
import type { ReviewInput } from "./form";
import { DEPLOYMENT_SIZES, RATING_DIMENSIONS } from "./vocabulary";

const text = (label: string, min: number, max: number) => {
  const missing = min <= 1 ? `Enter the ${label}` : `Write at least ${min} characters for the ${label}`;
  return z.string({ required_error: missing }).trim().min(min, missing).max(max, `Keep the ${label} under ${max} characters`);
};

const rating = (label: string) => {
  const message = `Choose a rating from 1 to 5 for ${label}`;
  return z.number({ required_error: message, invalid_type_error: message }).int(message).min(1, message).max(5, message);
};

/** Dimension ratings are optional: a reviewer may not have seen, say, the exit process yet. */
const optionalRating = (label: string) =>
  rating(label)
    .optional()
    .transform((v) => v ?? null);

const months = "Enter the number of months as a whole number";

const reviewFormSchema = z
  .object({
    overall: rating("the overall rating"),
    ratingSecurity: optionalRating(RATING_DIMENSIONS[0].label),
    ratingSupport: optionalRating(RATING_DIMENSIONS[1].label),
    ratingValue: optionalRating(RATING_DIMENSIONS[2].label),
    ratingOnboarding: optionalRating(RATING_DIMENSIONS[3].label),
    ratingExit: optionalRating(RATING_DIMENSIONS[4].label),
    title: z
      .string()
      .trim()
      .max(120, "Keep the title under 120 characters")
      .optional()
      .transform((v) => v ?? ""),
    pros: text("pros", 10, 4000),
    cons: text("cons", 10, 4000),
    useCase: text("use case", 10, 4000),
    dataClassification: z.enum(CLASSIFICATIONS, {
      errorMap: () => ({ message: "Choose the highest classification of data you used it with" }),
    }),
    deploymentSize: z.enum(DEPLOYMENT_SIZES, { errorMap: () => ({ message: "Choose the size of your deployment" }) }),
    monthsInUse: z
      .number({ required_error: months, invalid_type_error: months })
      .int(months)
      .min(1, "Enter at least 1 month: reviews are from people who have used the product")
      .max(600, "Enter a number of months under 600"),
    conflict: z.enum(["none", "declared"], {
      errorMap: () => ({ message: "Tell us whether you have a conflict of interest" }),
    }),
    conflictDetails: z
      .string()
      .trim()
      .max(1000, "Keep the declaration under 1000 characters")
      .optional()
      .transform((v) => v ?? ""),
    showName: z
      .boolean()
      .optional()
      .transform((v) => v ?? false),
  })
  .superRefine((v, ctx) => {
    if (v.conflict === "declared" && v.conflictDetails.length < 5) {
      ctx.addIssue({ code: "custom", path: ["conflictDetails"], message: "Describe your conflict of interest" });
    }
  })
  // What the model stores: the conflict declaration collapses to "none" or its description.
  .transform(({ conflict, conflictDetails, ...rest }): ReviewInput => ({
    ...rest,
    conflictOfInterest: conflict === "none" ? "none" : conflictDetails,
  }));

export function parseReviewForm(form: FormData): ParsedForm<ReviewInput> {
  return parseForm(form, reviewFormSchema);
}

const replySchema = z.object({
  body: z
    .string({ required_error: "Write a reply of 10 to 4000 characters" })
    .trim()
    .min(10, "Write a reply of 10 to 4000 characters")
    .max(4000, "Write a reply of 10 to 4000 characters"),
});

export function parseReplyForm(form: FormData) {
  return parseForm(form, replySchema);
}

const MODERATION_INTENTS = ["approve-review", "reject-review", "approve-reply", "reject-reply", "resolve-report"] as const;
const WHO_SEES_THE_REASON: Partial<Record<(typeof MODERATION_INTENTS)[number], string>> = {
  "reject-review": "its author will see it.",
  "reject-reply": "the provider will see it.",
  "resolve-report": "it is kept with the report.",
};

/** A moderator's decision on a review, a provider's reply or a report: a rejection or resolution needs a reason. */
const moderationSchema = z
  .object({
    intent: z.enum(MODERATION_INTENTS, { errorMap: () => ({ message: "Unknown moderation action." }) }),
    id: z.number({ required_error: "That item does not exist.", invalid_type_error: "That item does not exist." }).int().positive(),
    reason: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ?? "").replace(/\r\n/g, "\n")),
    removeReview: z
      .boolean()
      .optional()
      .transform((v) => v ?? false),
  })
  .superRefine((v, ctx) => {
    const who = WHO_SEES_THE_REASON[v.intent];
    if (who && (v.reason.length < 5 || v.reason.length > 1000)) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: `Give a reason (5 to 1,000 characters): ${who}` });
    }
  });

export function parseModerationForm(form: FormData) {
  return parseForm(form, moderationSchema);
}

const reportSchema = z.object({
  reason: z
    .string({ required_error: "Say what is wrong with this review in 10 to 1,000 characters" })
    .trim()
    .min(10, "Say what is wrong with this review in 10 to 1,000 characters")
    .max(1000, "Say what is wrong with this review in 10 to 1,000 characters"),
});

export function parseReportForm(form: FormData) {
  return parseForm(form, reportSchema);
}
