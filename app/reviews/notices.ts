/**
 * The vote, report and reply forms post to their own routes and come back to the product page
 * with a notice code in the URL, so they work without JavaScript (a report or reply that needs
 * fixing is shown again on its route's own page instead, with what was typed). Only these fixed codes are
 * shown: nothing from the URL is echoed as text.
 */
import { safeRedirect } from "~/platform/safe-redirect";

export const NOTICES = {
  voted: { tone: "success", text: "Thank you: your vote was counted." },
  "vote-repeat": { tone: "info", text: "You have already marked this review as helpful; each person counts once." },
  reported: { tone: "success", text: "Thank you: an administrator will look at your concern." },
  replied: { tone: "success", text: "Your reply was sent for moderation. It will appear once an administrator approves it." },
  "rate-limited": { tone: "warning", text: "You have done that too many times recently. Please try again later." },
} as const;
export type NoticeCode = keyof typeof NOTICES;

export function noticeFor(code: string | null) {
  return code && code in NOTICES ? NOTICES[code as NoticeCode] : null;
}

/**
 * Back to the product page the form was on, keeping its sort and filter, with the notice added.
 * A `redirectTo` that is not this product's page is ignored.
 */
export function backToProduct({
  redirectTo,
  productSlug,
  notice,
  reviewId,
}: {
  redirectTo: FormDataEntryValue | null;
  productSlug: string;
  notice: NoticeCode;
  reviewId: number;
}): string {
  const home = `/products/${productSlug}`;
  const target = safeRedirect(redirectTo, home);
  const url = new URL(target, "http://x");
  if (url.pathname !== home) return `${home}?notice=${notice}#review-${reviewId}`;
  url.searchParams.set("notice", notice);
  return `${url.pathname}${url.search}#review-${reviewId}`;
}
