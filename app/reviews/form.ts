/**
 * The review form, validated with zod. Parsing never throws: it returns either the clean value or
 * per-field messages plus what the person typed, so the form can be shown again unchanged.
 */
import { z } from "zod";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import { DEPLOYMENT_SIZES, RATING_DIMENSIONS } from "./vocabulary";

const text = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min <= 1 ? `Enter the ${label}` : `Write at least ${min} characters for the ${label}`)
    .max(max, `Keep the ${label} under ${max} characters`);

const rating = (label: string) =>
  z.coerce
    .number({ invalid_type_error: `Choose a rating from 1 to 5 for ${label}` })
    .int()
    .min(1, `Choose a rating from 1 to 5 for ${label}`)
    .max(5, `Choose a rating from 1 to 5 for ${label}`);

/** Dimension ratings are optional: a reviewer may not have seen, say, the exit process yet. */
const optionalRating = (label: string) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), rating(label).nullable());

export const reviewFormSchema = z
  .object({
    overall: rating("the overall rating"),
    ratingSecurity: optionalRating(RATING_DIMENSIONS[0].label),
    ratingSupport: optionalRating(RATING_DIMENSIONS[1].label),
    ratingValue: optionalRating(RATING_DIMENSIONS[2].label),
    ratingOnboarding: optionalRating(RATING_DIMENSIONS[3].label),
    ratingExit: optionalRating(RATING_DIMENSIONS[4].label),
    title: z.string().trim().max(120, "Keep the title under 120 characters"),
    pros: text("pros", 10, 4000),
    cons: text("cons", 10, 4000),
    useCase: text("use case", 10, 4000),
    dataClassification: z.enum(CLASSIFICATIONS, {
      errorMap: () => ({ message: "Choose the highest classification of data you used it with" }),
    }),
    deploymentSize: z.enum(DEPLOYMENT_SIZES, { errorMap: () => ({ message: "Choose the size of your deployment" }) }),
    monthsInUse: z.coerce
      .number({ invalid_type_error: "Enter the number of months as a whole number" })
      .int("Enter the number of months as a whole number")
      .min(1, "Enter at least 1 month: reviews are from people who have used the product")
      .max(600, "Enter a number of months under 600"),
    conflict: z.enum(["none", "declared"], {
      errorMap: () => ({ message: "Tell us whether you have a conflict of interest" }),
    }),
    conflictDetails: z.string().trim().max(1000, "Keep the declaration under 1000 characters"),
    showName: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.conflict === "declared" && v.conflictDetails.length < 5) {
      ctx.addIssue({ code: "custom", path: ["conflictDetails"], message: "Describe your conflict of interest" });
    }
  });

export type ReviewFormFields = keyof z.input<typeof reviewFormSchema>;
export type ReviewFormValues = Partial<Record<ReviewFormFields, string>>;

/** What the model stores: the conflict declaration collapses to "none" or its description. */
export type ReviewInput = Omit<z.output<typeof reviewFormSchema>, "conflict" | "conflictDetails"> & {
  conflictOfInterest: string;
};

export type ReviewFormResult =
  { ok: true; value: ReviewInput } | { ok: false; errors: Partial<Record<ReviewFormFields, string>>; values: ReviewFormValues };

const FIELDS = [
  "overall",
  ...RATING_DIMENSIONS.map((d) => d.key),
  "title",
  "pros",
  "cons",
  "useCase",
  "dataClassification",
  "deploymentSize",
  "monthsInUse",
  "conflict",
  "conflictDetails",
] as const;

/** The review fields exactly as typed, to show the form again. */
export function reviewFormValues(form: FormData): ReviewFormValues {
  const values: ReviewFormValues = {};
  for (const f of FIELDS) {
    const v = form.get(f);
    values[f] = typeof v === "string" ? v : "";
  }
  values.showName = form.get("showName") === "on" ? "on" : "";
  return values;
}

export function parseReviewForm(form: FormData): ReviewFormResult {
  const values = reviewFormValues(form);
  const parsed = reviewFormSchema.safeParse({ ...values, showName: values.showName === "on" });
  if (!parsed.success) {
    const errors: Partial<Record<ReviewFormFields, string>> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as ReviewFormFields;
      errors[key] ??= issue.message;
    }
    return { ok: false, errors, values };
  }
  const { conflict, conflictDetails, ...rest } = parsed.data;
  return { ok: true, value: { ...rest, conflictOfInterest: conflict === "none" ? "none" : conflictDetails } };
}

/** A stored review back into form values, for editing. */
type StoredReview = Omit<ReviewInput, "dataClassification" | "deploymentSize"> & { dataClassification: string; deploymentSize: string };

export function reviewToFormValues(r: StoredReview): ReviewFormValues {
  const num = (n: number | null) => (n === null ? "" : String(n));
  return {
    overall: String(r.overall),
    ratingSecurity: num(r.ratingSecurity),
    ratingSupport: num(r.ratingSupport),
    ratingValue: num(r.ratingValue),
    ratingOnboarding: num(r.ratingOnboarding),
    ratingExit: num(r.ratingExit),
    title: r.title,
    pros: r.pros,
    cons: r.cons,
    useCase: r.useCase,
    dataClassification: r.dataClassification,
    deploymentSize: r.deploymentSize,
    monthsInUse: String(r.monthsInUse),
    conflict: r.conflictOfInterest === "none" ? "none" : "declared",
    conflictDetails: r.conflictOfInterest === "none" ? "" : r.conflictOfInterest,
    showName: r.showName ? "on" : "",
  };
}

/** Trimmed text of a field, or null when it is missing or outside the length bounds. */
export function boundedText(form: FormData, name: string, min: number, max: number): string | null {
  const value = form.get(name);
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/\r\n/g, "\n");
  return text.length >= min && text.length <= max ? text : null;
}
