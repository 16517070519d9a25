/**
 * The review form as the page shows it: the field names and the values to fill them with. Its
 * checks are in form.server.ts (zod stays out of the browser).
 */
import type { Classification } from "~/assurance/vocabulary";
import type { DeploymentSize } from "./vocabulary";

export type ReviewFormFields =
  | "overall"
  | "ratingSecurity"
  | "ratingSupport"
  | "ratingValue"
  | "ratingOnboarding"
  | "ratingExit"
  | "title"
  | "pros"
  | "cons"
  | "useCase"
  | "dataClassification"
  | "deploymentSize"
  | "monthsInUse"
  | "conflict"
  | "conflictDetails"
  | "showName";
export type ReviewFormValues = Partial<Record<ReviewFormFields, string>>;

/** What the model stores: the conflict declaration collapsed to "none" or its description. */
export interface ReviewInput {
  overall: number;
  ratingSecurity: number | null;
  ratingSupport: number | null;
  ratingValue: number | null;
  ratingOnboarding: number | null;
  ratingExit: number | null;
  title: string;
  pros: string;
  cons: string;
  useCase: string;
  dataClassification: Classification;
  deploymentSize: DeploymentSize;
  monthsInUse: number;
  conflictOfInterest: string;
  showName: boolean;
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
