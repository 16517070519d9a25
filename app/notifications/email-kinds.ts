/**
 * The kinds of notification e-mail a person can stop, each with one click from the e-mail itself
 * or on their notifications page. Account e-mail (address confirmation, password reset) is not a
 * notification: it answers something the person just did, and carries no unsubscribe link.
 *
 * Besides these, a watch's own e-mails ("watch:12") and those about shortlisted products
 * ("shortlisted") are stopped by setting that watch to the feed only (app/watches).
 */
export const EMAIL_KINDS = [
  "review_outcomes",
  "assessment_outcomes",
  "provider_news",
  "badge_reminders",
  "queue_digest",
  "watch_digest",
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  review_outcomes: "Your reviews: published, not published, or replied to",
  assessment_outcomes: "Your agency's assessments: published, not published, or relied on by another agency",
  provider_news: "For providers: new reviews of your products and decisions on your listing changes",
  badge_reminders: "For providers: badges due for renewal or lapsed",
  queue_digest: "For administrators and editors: the daily summary of what waits for moderation and approval",
  watch_digest: "The daily digest of what changed on what you watch",
};

/** An unsubscribe link stops one of the kinds above, one watch's e-mails, or e-mail about shortlisted products. */
export type UnsubscribeKind = EmailKind | "shortlisted" | `watch:${number}`;

export function isEmailKind(value: string): value is EmailKind {
  return (EMAIL_KINDS as readonly string[]).includes(value);
}

export function parseUnsubscribeKind(value: string): UnsubscribeKind | null {
  if (isEmailKind(value) || value === "shortlisted") return value;
  const watch = /^watch:([1-9]\d*)$/.exec(value);
  return watch ? `watch:${Number(watch[1])}` : null;
}
