/** What people watch, what can happen to it, and how they hear of it. Pure: pages and the server share it. */
export const WATCH_TARGETS = ["product", "provider", "search"] as const;
export type WatchTarget = (typeof WATCH_TARGETS)[number];

export const DELIVERIES = ["email", "digest", "feed"] as const;
export type Delivery = (typeof DELIVERIES)[number];

export const DELIVERY_LABELS: Record<Delivery, string> = {
  email: "An e-mail for each change",
  digest: "One e-mail a day with every change",
  feed: "Only in my feed and on this page",
};

/** Products on a person's shortlists are watched unless they choose "off". */
export const SHORTLIST_DELIVERIES = [...DELIVERIES, "off"] as const;
export type ShortlistDelivery = (typeof SHORTLIST_DELIVERIES)[number];
export const SHORTLIST_DELIVERY_LABELS: Record<ShortlistDelivery, string> = { ...DELIVERY_LABELS, off: "Do not watch them" };
export const DEFAULT_SHORTLIST_DELIVERY: ShortlistDelivery = "digest";

export const WATCH_EVENT_KINDS = [
  "badge_due",
  "badge_lapsed",
  "badge_renewed",
  "badge_changed",
  "badge_added",
  "listing_changed",
  "provider_changed",
  "review_published",
  "assessment_published",
  "search_match",
  "search_unmatch",
] as const;
export type WatchEventKind = (typeof WATCH_EVENT_KINDS)[number];

export const WATCH_EVENT_LABELS: Record<WatchEventKind, string> = {
  badge_due: "Badge due for renewal",
  badge_lapsed: "Badge lapsed",
  badge_renewed: "Badge renewed",
  badge_changed: "Badge changed",
  badge_added: "New badge",
  listing_changed: "Listing changed",
  provider_changed: "Provider profile changed",
  review_published: "New review",
  assessment_published: "New agency assessment",
  search_match: "New match for a saved search",
  search_unmatch: "No longer matches a saved search",
};
