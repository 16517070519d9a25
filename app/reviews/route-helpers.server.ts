/** Shared by the action-only review routes: find the review named in the URL or answer 404. */
import { json } from "@remix-run/node";
import { reviewFacts } from "./review.server";

export function loadReview(id: string | undefined) {
  const reviewId = Number(id);
  const review = Number.isSafeInteger(reviewId) && reviewId > 0 ? reviewFacts({ reviewId }) : null;
  if (!review) throw json("We could not find that review.", { status: 404 });
  return review;
}

/** Trimmed text of a field, or null when it is missing or outside the length bounds. */
export function boundedText(form: FormData, name: string, min: number, max: number): string | null {
  const value = form.get(name);
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/\r\n/g, "\n");
  return text.length >= min && text.length <= max ? text : null;
}
