/**
 * The single source of truth for Cloud Exchange's data. Migrations in db/migrations are generated
 * from this file by `npm run db:generate` and committed.
 *
 * Conventions: calendar dates are ISO `YYYY-MM-DD` text (assessments happen on a day, not an
 * instant); moments are ISO-8601 UTC timestamps. Enumerations are text checked by zod at the edge
 * and listed in each domain's vocabulary module (app/assurance/vocabulary.ts, app/catalogue/vocabulary.ts,
 * app/accounts/roles.ts) so that the UI, the rules engine and the schema agree.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const createdAt = () => text("created_at").notNull().default(now);
const updatedAt = () => text("updated_at").notNull().default(now);

/** Where a row came from: seeded sample data, a catalogue import, or the FedRAMP mapping. */
export type RecordSource = "sample" | "import" | "fedramp" | "provider";

// ---------------------------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------------------------

export const providers = sqliteTable(
  "providers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    externalId: text("external_id").unique(),
    name: text("name").notNull(),
    summary: text("summary").notNull().default(""),
    website: text("website"),
    headquarters: text("headquarters"),
    australianOwned: integer("australian_owned", { mode: "boolean" }).notNull().default(false),
    /** Who ultimately owns and controls the provider, in the provider's words. */
    ownershipNote: text("ownership_note").notNull().default(""),
    /** "onshore" (Australia only), "offshore" or "both": where customer data may be held. */
    dataLocation: text("data_location").notNull().default("offshore"),
    dataCentres: text("data_centres", { mode: "json" }).$type<string[]>().notNull().default([]),
    supportStaffLocation: text("support_staff_location").notNull().default("offshore"),
    /** Highest clearance held by support staff with access to customer data. */
    staffClearance: text("staff_clearance").notNull().default("none"),
    securityOperationsCentre: integer("soc_24x7", { mode: "boolean" }).notNull().default(false),
    communityRules: integer("community_rules", { mode: "boolean" }).notNull().default(false),
    /** Separate environments per data level, e.g. ["OFFICIAL", "PROTECTED"]. */
    environments: text("environments", { mode: "json" }).$type<string[]>().notNull().default([]),
    sme: integer("sme", { mode: "boolean" }).notNull().default(false),
    indigenousBusiness: integer("indigenous_business", { mode: "boolean" }).notNull().default(false),
    source: text("source").$type<RecordSource>().notNull().default("sample"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("providers_name_idx").on(t.name)],
);

export const categories = sqliteTable("categories", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
});

export const products = sqliteTable(
  "products",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    externalId: text("external_id").unique(),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    serviceModel: text("service_model").notNull(),
    deploymentModel: text("deployment_model"),
    website: text("website"),
    /** "verified": checked by the marketplace operator; "supplied": as supplied by the provider. */
    verification: text("verification").notNull().default("supplied"),
    verifiedAt: text("verified_at"),
    /** Does the provider require customers to sign community rules before onboarding? */
    communityRulesRequired: integer("community_rules_required", { mode: "boolean" }).notNull().default(false),
    /** Fields whose Australian values were mapped from another jurisdiction's data. */
    mappedFields: text("mapped_fields", { mode: "json" }).$type<string[]>().notNull().default([]),
    source: text("source").$type<RecordSource>().notNull().default("sample"),
    listedOn: text("listed_on").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("products_provider_idx").on(t.providerId),
    index("products_name_idx").on(t.name),
    index("products_service_model_idx").on(t.serviceModel),
  ],
);

export const productCategories = sqliteTable(
  "product_categories",
  {
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.productId, t.categoryId] }), index("product_categories_category_idx").on(t.categoryId)],
);

/** "Built on": a product that depends on another product's platform (e.g. a SaaS on an IaaS). */
export const productDependencies = sqliteTable(
  "product_dependencies",
  {
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    builtOnProductId: integer("built_on_product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.productId, t.builtOnProductId] }), index("product_dependencies_built_on_idx").on(t.builtOnProductId)],
);

export const agencies = sqliteTable("agencies", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull().unique(),
  /** Sample or mapped agencies are labelled so that nobody mistakes them for real usage. */
  source: text("source").$type<RecordSource>().notNull().default("sample"),
});

/** E-mail domains, beyond *.gov.au, that admins accept as government for agency staff. */
export const agencyDomains = sqliteTable("agency_domains", {
  domain: text("domain").primaryKey(),
  agencyId: integer("agency_id").references(() => agencies.id, { onDelete: "set null" }),
  addedBy: integer("added_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const productAgencies = sqliteTable(
  "product_agencies",
  {
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    /** "authorised" (the agency assessed it) or "reusing" (relies on another's assessment). */
    relationship: text("relationship").notNull().default("authorised"),
    /** The day the agency started using the product (ISO date), where staff recorded it; imports leave it null. */
    since: text("since"),
  },
  (t) => [primaryKey({ columns: [t.productId, t.agencyId] }), index("product_agencies_agency_idx").on(t.agencyId)],
);

export const assessors = sqliteTable("assessors", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  externalId: text("external_id").unique(),
  name: text("name").notNull(),
  /** What the firm assesses: "irap", "iso27001", "soc2", "csa_star", "pci_dss", "e8". */
  kinds: text("kinds", { mode: "json" }).$type<string[]>().notNull().default([]),
  description: text("description").notNull().default(""),
  source: text("source").$type<RecordSource>().notNull().default("sample"),
});

/**
 * Assurance records, shown as badges. `kind` picks which of the date columns mean something:
 * IRAP, E8, CSA STAR and PCI DSS use assessed_on; ISO 27001 uses assessed_on (issue) and
 * expires_on; SOC 2 uses period_end; HCF uses assessed_on as the certificate date.
 */
export const badges = sqliteTable(
  "badges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    level: text("level").notNull(),
    assessedOn: text("assessed_on"),
    expiresOn: text("expires_on"),
    periodEnd: text("period_end"),
    assessorId: integer("assessor_id").references(() => assessors.id, { onDelete: "set null" }),
    /** Free-text assessor where the firm is not in our register (or "self-assessed"). */
    assessorName: text("assessor_name"),
    scope: text("scope").notNull().default(""),
    /** IRAP only: the ISM release the assessment used, e.g. "ISM September 2024". */
    ismRelease: text("ism_release"),
    /** Essential Eight only: per-strategy maturity, e.g. { "patch_applications": 2, ... }. */
    e8Levels: text("e8_levels", { mode: "json" }).$type<Record<string, number>>(),
    evidenceLevel: text("evidence_level").notNull().default("self_declared"),
    evidenceRef: text("evidence_ref"),
    /** True where the level or date was mapped from non-Australian data (e.g. FedRAMP). */
    mapped: integer("mapped", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("badges_product_idx").on(t.productId), index("badges_kind_idx").on(t.kind, t.level)],
);

// ---------------------------------------------------------------------------------------------
// People, sessions and mail
// ---------------------------------------------------------------------------------------------

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  displayName: text("display_name").notNull(),
  agencyId: integer("agency_id").references(() => agencies.id, { onDelete: "set null" }),
  emailVerifiedAt: text("email_verified_at"),
  /** Sign-in lockout after repeated failures. */
  failedSignIns: integer("failed_sign_ins").notNull().default(0),
  lockedUntil: text("locked_until"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Roles beyond "buyer" (everyone signed in). Agency staff is derived from a verified government
 * e-mail, not stored. A provider representative is tied to one provider and needs approval.
 */
export const userRoles = sqliteTable(
  "user_roles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    providerId: integer("provider_id").references(() => providers.id, { onDelete: "cascade" }),
    approvedAt: text("approved_at"),
    approvedBy: integer("approved_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("user_roles_unique").on(t.userId, t.role, t.providerId)],
);

/** Server-side sessions; the cookie holds only the random id. Anonymous sessions have no user. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: text("last_seen_at").notNull().default(now),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** Sliding-window counters for sign-in, sign-up, review, vote and report limits. */
export const rateLimitEvents = sqliteTable(
  "rate_limit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    at: text("at").notNull().default(now),
  },
  (t) => [index("rate_limit_lookup_idx").on(t.bucket, t.key, t.at)],
);

/** One-time tokens for e-mail verification and password reset; only a hash is stored. */
export const emailTokens = sqliteTable("email_tokens", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  purpose: text("purpose").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: text("expires_at").notNull(),
  usedAt: text("used_at"),
  createdAt: createdAt(),
});

export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
    sentAt: text("sent_at"),
    /** queued, sending (claimed under a lease), failed (will retry at next_attempt_at), sent, dead: app/notifications/delivery.ts. */
    status: text("status").notNull().default("queued"),
    /** Set at the first claim and reused by every retry, so a message delivered twice is recognisable as one. */
    messageId: text("message_id"),
    /** A sender owns a claimed row until then; a row still "sending" after it is claimed again (the sender died). */
    leaseUntil: text("lease_until"),
    nextAttemptAt: text("next_attempt_at"),
    lastAttemptAt: text("last_attempt_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** The one-click unsubscribe address sent as List-Unsubscribe; null for mail that cannot be stopped (confirmations, resets). */
    unsubscribeUrl: text("unsubscribe_url"),
  },
  (t) => [index("outbox_status_idx").on(t.status, t.nextAttemptAt)],
);

/**
 * One-click unsubscribe links (RFC 8058), one per notification e-mail. Only the SHA-256 of the
 * token is kept; a token works once and stops one kind of e-mail (app/notifications/email-kinds.ts).
 */
export const unsubscribeTokens = sqliteTable("unsubscribe_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  kind: text("kind").notNull(),
  createdAt: createdAt(),
  usedAt: text("used_at"),
});

/** Kinds of notification e-mail a person has stopped. */
export const emailOptOuts = sqliteTable(
  "email_opt_outs",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

// ---------------------------------------------------------------------------------------------
// Watches: what a person follows, what happened to it, and how they hear of it
// ---------------------------------------------------------------------------------------------

/**
 * A product, a provider or a saved catalogue search that a person follows. `delivery` says how
 * they hear of its events: an e-mail each, a daily digest, or the feed only.
 */
export const watches = sqliteTable(
  "watches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    target: text("target").notNull(),
    productId: integer("product_id").references(() => products.id, { onDelete: "cascade" }),
    providerId: integer("provider_id").references(() => providers.id, { onDelete: "cascade" }),
    /** A saved search: the catalogue's query string, normalised (app/catalogue/facets.ts toSearchParams). */
    search: text("search"),
    /** The proposed purchase a saved search judges fit by, frozen when it was saved. */
    purchase: text("purchase", { mode: "json" }).$type<Record<string, unknown>>(),
    /** What it is, as the person reads it ("IaaS, IRAP PROTECTED: kubernetes"). */
    label: text("label").notNull(),
    delivery: text("delivery").notNull().default("email"),
    /** A saved search's matching product ids when last checked; null until its first check. */
    matching: text("matching", { mode: "json" }).$type<number[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("watches_product_unique").on(t.userId, t.productId),
    uniqueIndex("watches_provider_unique").on(t.userId, t.providerId),
    uniqueIndex("watches_search_unique").on(t.userId, t.search),
    index("watches_product_idx").on(t.productId),
    index("watches_provider_idx").on(t.providerId),
  ],
);

/** Per person: how products on their shortlists are watched, and the secret of their feed's address. */
export const watchSettings = sqliteTable("watch_settings", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** email, digest, feed, or off (not watched at all). */
  shortlistDelivery: text("shortlist_delivery").notNull().default("digest"),
  /**
   * Random; the feed's address carries it, and replacing it revokes the old address. Kept as it is:
   * whoever can read this table can read the events the feed shows anyway.
   */
  feedSecret: text("feed_secret"),
});

/** Something that happened to a product or provider that people may watch. */
export const watchEvents = sqliteTable(
  "watch_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(now),
    kind: text("kind").notNull(),
    productId: integer("product_id").references(() => products.id, { onDelete: "cascade" }),
    providerId: integer("provider_id").references(() => providers.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    detail: text("detail").notNull().default(""),
    /** The page it concerns, relative to the site. */
    path: text("path").notNull(),
  },
  (t) => [index("watch_events_at_idx").on(t.at)],
);

/** Who hears of an event, through which watch, and how; the feed reads these, the digest marks them. */
export const watchNotices = sqliteTable(
  "watch_notices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => watchEvents.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Null when the product is watched because it is on one of the person's shortlists. */
    watchId: integer("watch_id").references(() => watches.id, { onDelete: "set null" }),
    delivery: text("delivery").notNull(),
    digestedAt: text("digested_at"),
  },
  (t) => [uniqueIndex("watch_notices_unique").on(t.eventId, t.userId), index("watch_notices_user_idx").on(t.userId, t.id)],
);

// ---------------------------------------------------------------------------------------------
// Community reviews
// ---------------------------------------------------------------------------------------------

export const reviews = sqliteTable(
  "reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "pending", "published" or "rejected". */
    status: text("status").notNull().default("pending"),
    rejectionReason: text("rejection_reason"),
    overall: integer("overall").notNull(),
    ratingSecurity: integer("rating_security"),
    ratingSupport: integer("rating_support"),
    ratingValue: integer("rating_value"),
    ratingOnboarding: integer("rating_onboarding"),
    ratingExit: integer("rating_exit"),
    title: text("title").notNull().default(""),
    pros: text("pros").notNull().default(""),
    cons: text("cons").notNull().default(""),
    useCase: text("use_case").notNull().default(""),
    dataClassification: text("data_classification").notNull(),
    deploymentSize: text("deployment_size").notNull(),
    monthsInUse: integer("months_in_use").notNull(),
    conflictOfInterest: text("conflict_of_interest").notNull().default(""),
    showName: integer("show_name", { mode: "boolean" }).notNull().default(false),
    helpfulCount: integer("helpful_count").notNull().default(0),
    moderatedBy: integer("moderated_by").references(() => users.id, { onDelete: "set null" }),
    moderatedAt: text("moderated_at"),
    publishedAt: text("published_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("reviews_one_per_person").on(t.productId, t.userId), index("reviews_status_idx").on(t.status, t.publishedAt)],
);

export const reviewRevisions = sqliteTable("review_revisions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  reviewId: integer("review_id")
    .notNull()
    .references(() => reviews.id, { onDelete: "cascade" }),
  snapshot: text("snapshot", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});

export const reviewVotes = sqliteTable(
  "review_votes",
  {
    reviewId: integer("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.userId] })],
);

export const reviewReports = sqliteTable("review_reports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  reviewId: integer("review_id")
    .notNull()
    .references(() => reviews.id, { onDelete: "cascade" }),
  userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
  reason: text("reason").notNull(),
  resolvedAt: text("resolved_at"),
  resolvedBy: integer("resolved_by").references(() => users.id, { onDelete: "set null" }),
  resolution: text("resolution"),
  createdAt: createdAt(),
});

/** The provider's right of reply: one per review, moderated like the review itself. */
export const reviewResponses = sqliteTable("review_responses", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  reviewId: integer("review_id")
    .notNull()
    .unique()
    .references(() => reviews.id, { onDelete: "cascade" }),
  providerId: integer("provider_id")
    .notNull()
    .references(() => providers.id, { onDelete: "cascade" }),
  userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
  body: text("body").notNull(),
  status: text("status").notNull().default("pending"),
  rejectionReason: text("rejection_reason"),
  moderatedBy: integer("moderated_by").references(() => users.id, { onDelete: "set null" }),
  moderatedAt: text("moderated_at"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// ---------------------------------------------------------------------------------------------
// Guidance articles
// ---------------------------------------------------------------------------------------------

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    body: text("body").notNull(),
    /** "draft", "in_review", "published" or "archived". */
    status: text("status").notNull().default("draft"),
    responsibleAgency: text("responsible_agency").notNull(),
    applicability: text("applicability").notNull().default(""),
    /** Secure Cloud Strategy principle numbers (1-7) the article serves. */
    principles: text("principles", { mode: "json" }).$type<number[]>().notNull().default([]),
    /** Badge kinds the article explains, e.g. ["irap", "hcf"]. */
    badgeKinds: text("badge_kinds", { mode: "json" }).$type<string[]>().notNull().default([]),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: text("published_at"),
    helpfulYes: integer("helpful_yes").notNull().default(0),
    helpfulNo: integer("helpful_no").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("articles_status_idx").on(t.status, t.publishedAt)],
);

export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    body: text("body").notNull(),
    status: text("status").notNull(),
    editorId: integer("editor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId)],
);

export const tags = sqliteTable("tags", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
});

export const articleTags = sqliteTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] })],
);

export const articleProducts = sqliteTable(
  "article_products",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.productId] })],
);

// ---------------------------------------------------------------------------------------------
// Procurement: rules, purchases, shortlists
// ---------------------------------------------------------------------------------------------

export const procurementRules = sqliteTable("procurement_rules", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Stable key the engine dispatches on, e.g. "consider_first", "initial_term_cap". */
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
  owner: text("owner").notNull(),
  retiredAt: text("retired_at"),
  createdAt: createdAt(),
});

/** A rule's thresholds and citation as in force between two dates. */
export const procurementRuleVersions = sqliteTable(
  "procurement_rule_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ruleId: integer("rule_id")
      .notNull()
      .references(() => procurementRules.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    effectiveFrom: text("effective_from").notNull(),
    effectiveTo: text("effective_to"),
    params: text("params", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
    summary: text("summary").notNull(),
    sourceTitle: text("source_title").notNull(),
    sourceUrl: text("source_url").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("rule_versions_unique").on(t.ruleId, t.version)],
);

/** A proposed purchase; anonymous buyers keep theirs in the session instead. */
export const purchases = sqliteTable("purchases", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  userId: integer("user_id")
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  inputs: text("inputs", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  updatedAt: updatedAt(),
});

export const shortlists = sqliteTable("shortlists", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const shortlistItems = sqliteTable(
  "shortlist_items",
  {
    shortlistId: integer("shortlist_id")
      .notNull()
      .references(() => shortlists.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    note: text("note").notNull().default(""),
    addedAt: text("added_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.shortlistId, t.productId] })],
);

/** A frozen copy of a shortlist's listings, badges and rule results: never updated. */
export const shortlistSnapshots = sqliteTable("shortlist_snapshots", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  shortlistId: integer("shortlist_id")
    .notNull()
    .references(() => shortlists.id, { onDelete: "cascade" }),
  takenAt: text("taken_at").notNull().default(now),
  takenBy: integer("taken_by").references(() => users.id, { onDelete: "set null" }),
  data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
});

// ---------------------------------------------------------------------------------------------
// Shared responsibility, provider self-service, reminders
// ---------------------------------------------------------------------------------------------

/** Per-product refinements of the service-model default responsibility matrix. */
export const responsibilityOverrides = sqliteTable(
  "responsibility_overrides",
  {
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    area: text("area").notNull(),
    /** "provider", "agency" or "shared". */
    party: text("party").notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.productId, t.area] })],
);

/** A provider's proposed edit, waiting in the approval queue. */
export const listingChanges = sqliteTable(
  "listing_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    productId: integer("product_id").references(() => products.id, { onDelete: "cascade" }),
    /** "provider", "product", "badge" or "responsibility". */
    entity: text("entity").notNull(),
    entityId: integer("entity_id"),
    before: text("before", { mode: "json" }).$type<Record<string, unknown>>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status").notNull().default("pending"),
    submittedBy: integer("submitted_by").references(() => users.id, { onDelete: "set null" }),
    reviewedBy: integer("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewNote: text("review_note"),
    reviewedAt: text("reviewed_at"),
    createdAt: createdAt(),
  },
  (t) => [index("listing_changes_status_idx").on(t.status)],
);

/** Archived approved versions of a listing, shown as its history. */
export const listingVersions = sqliteTable(
  "listing_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entity: text("entity").notNull(),
    entityId: integer("entity_id").notNull(),
    productId: integer("product_id").references(() => products.id, { onDelete: "cascade" }),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    changeId: integer("change_id").references(() => listingChanges.id, { onDelete: "set null" }),
    archivedAt: text("archived_at").notNull().default(now),
  },
  (t) => [index("listing_versions_entity_idx").on(t.entity, t.entityId)],
);

/** Which badge-state reminders have been sent, so each transition mails once. */
export const badgeReminders = sqliteTable(
  "badge_reminders",
  {
    badgeId: integer("badge_id")
      .notNull()
      .references(() => badges.id, { onDelete: "cascade" }),
    state: text("state").notNull(),
    sentAt: text("sent_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.badgeId, t.state] })],
);

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(now),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    ip: text("ip"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_entity_idx").on(t.entity, t.entityId)],
);

/**
 * Key-value metadata. `data_version` is bumped by triggers on every searchable table so each
 * app process can tell whether its search index is stale (see app/search).
 */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  number: real("number"),
});

// ---------------------------------------------------------------------------------------------
// The common assessment framework: qualities agencies score, their assessments and reuse
// ---------------------------------------------------------------------------------------------

/**
 * One published version of the framework. The whole framework (categories, qualities, what each
 * score means, minimums by classification, mandatory qualities) is one JSON document, as the DTA
 * publishes it, so an assessment can always be judged by the exact version it used.
 */
export const assessmentFrameworkVersions = sqliteTable("assessment_framework_versions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  version: integer("version").notNull().unique(),
  effectiveFrom: text("effective_from").notNull(),
  summary: text("summary").notNull(),
  sourceTitle: text("source_title").notNull(),
  sourceUrl: text("source_url").notNull(),
  document: text("document", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

/** An agency's assessment of one product for a stated use, moderated like a review. */
export const assessments = sqliteTable(
  "assessments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    frameworkVersionId: integer("framework_version_id")
      .notNull()
      .references(() => assessmentFrameworkVersions.id),
    /** "draft", "pending", "published" or "rejected". */
    status: text("status").notNull().default("draft"),
    dataClassification: text("data_classification").notNull(),
    deploymentSize: text("deployment_size").notNull(),
    useCase: text("use_case").notNull().default(""),
    /** The day the agency finished assessing (staleness is counted from it). */
    assessedOn: text("assessed_on"),
    rejectionReason: text("rejection_reason"),
    submittedAt: text("submitted_at"),
    moderatedBy: integer("moderated_by").references(() => users.id, { onDelete: "set null" }),
    moderatedAt: text("moderated_at"),
    publishedAt: text("published_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("assessments_product_idx").on(t.productId, t.status), index("assessments_agency_idx").on(t.agencyId)],
);

/** One quality's score in an assessment. A quality left unscored has no row. */
export const assessmentScores = sqliteTable(
  "assessment_scores",
  {
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    qualityKey: text("quality_key").notNull(),
    score: integer("score").notNull(),
    justification: text("justification").notNull().default(""),
    evidenceRef: text("evidence_ref"),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.qualityKey] })],
);

/** Another agency's record that it relies on a published assessment, with its own re-scores. */
export const assessmentReliances = sqliteTable(
  "assessment_reliances",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    notes: text("notes").notNull().default(""),
    /** Qualities this agency scored differently: { quality: { score, justification } }. */
    rescores: text("rescores", { mode: "json" }).$type<Record<string, { score: number; justification: string }>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("reliances_one_per_agency").on(t.assessmentId, t.agencyId)],
);

/** A buyer's minimum score per quality for their proposed purchase. */
export const requirementProfiles = sqliteTable("requirement_profiles", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  dataClassification: text("data_classification").notNull(),
  /** { quality: minimum 1-5 }; a quality absent has no minimum. */
  minimums: text("minimums", { mode: "json" }).$type<Record<string, number>>().notNull(),
  frameworkVersion: integer("framework_version").notNull(),
  updatedAt: updatedAt(),
});

// ---------------------------------------------------------------------------------------------
// Prices and service documents
// ---------------------------------------------------------------------------------------------

/**
 * A product's approved price list from a date. Lists are never edited: a provider proposes a new
 * one through the approval queue, and the list in force on a day is the newest that applies by
 * then, so every price ever approved stays in the history.
 */
export const priceLists = sqliteTable(
  "price_lists",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    effectiveFrom: text("effective_from").notNull(),
    /** PriceItem[] (app/pricing/price-items.ts): amounts in millionths of a dollar, ex GST. */
    items: text("items", { mode: "json" }).$type<Record<string, unknown>[]>().notNull(),
    note: text("note").notNull().default(""),
    /** Where the list came from: "sample" lists are labelled as such wherever prices are shown. */
    source: text("source").$type<RecordSource>().notNull().default("provider"),
    changeId: integer("change_id").references(() => listingChanges.id, { onDelete: "set null" }),
    approvedBy: integer("approved_by").references(() => users.id, { onDelete: "set null" }),
    approvedAt: text("approved_at"),
    createdAt: createdAt(),
  },
  (t) => [index("price_lists_product_idx").on(t.productId, t.effectiveFrom)],
);

/** The documents a buyer reads before buying, and what the SLA promises. Changed through approval. */
export const serviceDocuments = sqliteTable("service_documents", {
  productId: integer("product_id")
    .primaryKey()
    .references(() => products.id, { onDelete: "cascade" }),
  definitionUrl: text("definition_url"),
  definitionDate: text("definition_date"),
  pricingUrl: text("pricing_url"),
  pricingDate: text("pricing_date"),
  termsUrl: text("terms_url"),
  termsDate: text("terms_date"),
  slaUrl: text("sla_url"),
  slaDate: text("sla_date"),
  /** The availability the SLA promises, as a percentage (99.9). */
  slaAvailability: real("sla_availability"),
  supportHours: text("support_hours"),
  source: text("source").$type<RecordSource>().notNull().default("provider"),
  updatedAt: updatedAt(),
});

// ---------------------------------------------------------------------------------------------
// Approaches to market: from a shortlist to a recorded decision
// ---------------------------------------------------------------------------------------------

/**
 * An agency's approach to market. "draft" until sent; "open" from then (closed once the server's
 * clock passes `closesAt`, which is derived, never stored); "decided" once the decision record is
 * frozen. `snapshot` holds the listings and rule results the buyer saw when sending.
 */
export const approaches = sqliteTable(
  "approaches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    ownerId: integer("owner_id").references(() => users.id, { onDelete: "set null" }),
    shortlistId: integer("shortlist_id").references(() => shortlists.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    /** Markdown, rendered and sanitised like articles. */
    requirement: text("requirement").notNull().default(""),
    /** What sellers price, in the buyer's words ("500 users for 36 months"). */
    pricingBasis: text("pricing_basis").notNull().default(""),
    /** The proposed purchase (app/procurement/purchase.ts) the rules judged, as it stood when saved. */
    purchase: text("purchase", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<"draft" | "open" | "decided">().notNull().default("draft"),
    /** The closing moment, ISO-8601 UTC to the second. */
    closesAt: text("closes_at").notNull(),
    sentAt: text("sent_at"),
    snapshot: text("snapshot", { mode: "json" }).$type<Record<string, unknown>>(),
    source: text("source").$type<RecordSource>().notNull().default("provider"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("approaches_agency_idx").on(t.agencyId, t.status)],
);

/** The evaluation criteria, with weights that sum to 100; exactly one is price. */
export const approachCriteria = sqliteTable(
  "approach_criteria",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    approachId: integer("approach_id")
      .notNull()
      .references(() => approaches.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    weight: integer("weight").notNull(),
    isPrice: integer("is_price", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("approach_criteria_position").on(t.approachId, t.position)],
);

/** One invited product; its provider's representatives act for it. */
export const approachInvitations = sqliteTable(
  "approach_invitations",
  {
    approachId: integer("approach_id")
      .notNull()
      .references(() => approaches.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.approachId, t.productId] }), index("approach_invitations_provider_idx").on(t.providerId)],
);

/** Each change of the closing moment, so the record shows every extension and sellers were told. */
export const approachClosingChanges = sqliteTable("approach_closing_changes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  approachId: integer("approach_id")
    .notNull()
    .references(() => approaches.id, { onDelete: "cascade" }),
  previousClosesAt: text("previous_closes_at").notNull(),
  closesAt: text("closes_at").notNull(),
  reason: text("reason").notNull(),
  changedBy: integer("changed_by").references(() => users.id, { onDelete: "set null" }),
  at: text("at").notNull().default(now),
});

/** A seller's private question; once answered, question (as the buyer worded it) and answer go to every invited seller. */
export const approachQuestions = sqliteTable("approach_questions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  approachId: integer("approach_id")
    .notNull()
    .references(() => approaches.id, { onDelete: "cascade" }),
  providerId: integer("provider_id")
    .notNull()
    .references(() => providers.id, { onDelete: "cascade" }),
  askedBy: integer("asked_by").references(() => users.id, { onDelete: "set null" }),
  question: text("question").notNull(),
  askedAt: text("asked_at").notNull().default(now),
  /** The question as published: the buyer may reword it so that it does not identify the asker. */
  publishedQuestion: text("published_question"),
  answer: text("answer"),
  answeredBy: integer("answered_by").references(() => users.id, { onDelete: "set null" }),
  answeredAt: text("answered_at"),
});

/** One response per invited product, revisable until the close; withdrawn ones are kept, marked. */
export const approachResponses = sqliteTable(
  "approach_responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    approachId: integer("approach_id")
      .notNull()
      .references(() => approaches.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    submittedBy: integer("submitted_by").references(() => users.id, { onDelete: "set null" }),
    /** The price for the buyer's quantities, whole of life, GST inclusive, in cents. */
    priceCents: integer("price_cents").notNull(),
    body: text("body").notNull(),
    /** [{ label, url }] */
    attachments: text("attachments", { mode: "json" }).$type<{ label: string; url: string }[]>().notNull().default([]),
    status: text("status").$type<"submitted" | "withdrawn">().notNull().default("submitted"),
    revision: integer("revision").notNull().default(1),
    submittedAt: text("submitted_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("approach_responses_one_per_product").on(t.approachId, t.productId)],
);

/** The buyer and the colleagues they add; nobody scores before declaring their interests. */
export const approachEvaluators = sqliteTable(
  "approach_evaluators",
  {
    approachId: integer("approach_id")
      .notNull()
      .references(() => approaches.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedBy: integer("added_by").references(() => users.id, { onDelete: "set null" }),
    declaredAt: text("declared_at"),
    /** True when the evaluator declared a conflict: they are then stood aside and do not score. */
    conflict: integer("conflict", { mode: "boolean" }),
    declaration: text("declaration"),
  },
  (t) => [primaryKey({ columns: [t.approachId, t.userId] })],
);

/** One evaluator's score (0-10) of one response against one criterion, with their comment. */
export const approachScores = sqliteTable(
  "approach_scores",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => approachResponses.id, { onDelete: "cascade" }),
    criterionId: integer("criterion_id")
      .notNull()
      .references(() => approachCriteria.id, { onDelete: "cascade" }),
    evaluatorId: integer("evaluator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    score: integer("score").notNull(),
    comment: text("comment").notNull().default(""),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.criterionId, t.evaluatorId] })],
);

/**
 * The decision, frozen: `record` is the canonical JSON (RFC 8785) of everything that led to it and
 * `checksum` its SHA-256. A trigger refuses any UPDATE or DELETE, so the record never changes.
 */
export const approachDecisions = sqliteTable(
  "approach_decisions",
  {
    // Cascades (never SET NULL, which the trigger would refuse as an update): removing an approach,
    // a response or a product that a real record names is refused by the trigger; sample ones go.
    approachId: integer("approach_id")
      .primaryKey()
      .references(() => approaches.id, { onDelete: "cascade" }),
    outcome: text("outcome").$type<"awarded" | "no_award">().notNull(),
    responseId: integer("response_id").references(() => approachResponses.id, { onDelete: "cascade" }),
    productId: integer("product_id").references(() => products.id, { onDelete: "cascade" }),
    contractValueCents: integer("contract_value_cents"),
    austenderId: text("austender_id"),
    reason: text("reason").notNull(),
    /** Not a foreign key: the record outlives accounts, and the trigger refuses the update a SET NULL would make. */
    decidedBy: integer("decided_by"),
    decidedAt: text("decided_at").notNull(),
    record: text("record").notNull(),
    checksum: text("checksum").notNull(),
    /** Sample records (the demo seed) are the one kind the trigger lets `db:seed --force` remove. */
    sample: integer("sample", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("approach_decisions_decided_idx").on(t.decidedAt)],
);
