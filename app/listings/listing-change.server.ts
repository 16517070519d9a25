/**
 * Provider self-service: proposals wait in `listing_changes` until an editor approves or rejects
 * them. Approval applies the change and archives the replaced version in one synchronous
 * transaction, so the public listing and its history never disagree.
 */
import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { db, type Db } from "~db/client.server";
import { notifyChangeDecision } from "./change-notices.server";
import {
  assessors,
  badges,
  categories,
  listingChanges,
  listingVersions,
  priceLists,
  productCategories,
  products,
  providers,
  responsibilityOverrides,
  serviceDocuments,
  users,
} from "~db/schema";
import { storedListSchema, type PriceListProposal } from "~/pricing/price-form.server";
import { newestApprovedList, serviceDocumentsSnapshot } from "~/pricing/prices.server";
import { DOCUMENT_FIELDS, type ServiceDocumentsProposal } from "~/pricing/documents";
import { todayIso } from "~/platform/dates";
import { planOverrides } from "~/responsibility/form";
import { parseResponsibilityChange } from "~/responsibility/form.server";
import { getResponsibilityModel } from "~/responsibility/responsibility.server";
import { BADGE_FIELDS, PROVIDER_FIELDS, type ListingEntity } from "./fields";
import type { BadgeProposal, ProductProposal, ProviderProposal } from "./fields.server";
import { readReply } from "~/platform/form-reply";
import { assessorJoin, assessorNameColumn, badgeDateColumns } from "~/assurance/badge-columns.server";
import { e8Overall } from "~/assurance/essential-eight";
import { levelLabel } from "~/assurance/labels";
import { badgeKindFields } from "./badge-fields";
import { audit } from "~/audit/audit.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Snapshot = Record<string, unknown>;

function pick(row: Record<string, unknown>, fields: readonly string[]): Snapshot {
  return Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
}

function providerSnapshot(q: Db | Tx, providerId: number): Snapshot | null {
  const row = q.select().from(providers).where(eq(providers.id, providerId)).get();
  return row ? pick(row, PROVIDER_FIELDS) : null;
}

function productSnapshot(q: Db | Tx, productId: number): Snapshot | null {
  const row = q
    .select({ name: products.name, summary: products.summary, description: products.description, website: products.website })
    .from(products)
    .where(eq(products.id, productId))
    .get();
  if (!row) return null;
  const slugs = q
    .select({ slug: categories.slug })
    .from(productCategories)
    .innerJoin(categories, eq(productCategories.categoryId, categories.id))
    .where(eq(productCategories.productId, productId))
    .orderBy(asc(categories.slug))
    .all()
    .map((c) => c.slug);
  return { ...row, categories: slugs };
}

/** A badge's proposable fields, its assessor named from the register where it is linked there (as buyers read it). */
function badgeSnapshot(q: Db | Tx, badgeId: number): Snapshot | null {
  const row = q
    .select({ badge: badges, assessorName: assessorNameColumn })
    .from(badges)
    .leftJoin(assessors, assessorJoin)
    .where(eq(badges.id, badgeId))
    .get();
  return row ? pick({ ...row.badge, assessorName: row.assessorName }, BADGE_FIELDS) : null;
}

export function productBySlug({ slug }: { slug: string }) {
  return (
    db().select({ id: products.id, slug: products.slug, name: products.name }).from(products).where(eq(products.slug, slug)).get() ?? null
  );
}

/** A product of this provider, or null: the ownership check every provider route relies on. */
export function ownedProduct({ providerId, slug }: { providerId: number; slug: string }) {
  return (
    db()
      .select({ id: products.id, slug: products.slug, name: products.name, providerId: products.providerId })
      .from(products)
      .where(and(eq(products.slug, slug), eq(products.providerId, providerId)))
      .get() ?? null
  );
}

/** Where the proposal came from, for the audit log: the representative's address and what it concerns. */
interface Proposer {
  userId: number;
  ip: string | null;
}

function insertChange(values: typeof listingChanges.$inferInsert & { submittedBy: number }, ip: string | null, details: object): number {
  const id = db().insert(listingChanges).values(values).returning({ id: listingChanges.id }).get().id;
  proposed({ id, entity: values.entity, userId: values.submittedBy, ip, details });
  return id;
}

function proposed({ id, entity, userId, ip, details }: { id: number; entity: string; userId: number; ip: string | null; details: object }) {
  audit({ ip, actor: { id: userId }, action: "listing.proposed", entity: "listing_change", entityId: id, details: { entity, ...details } });
}

function ownsProduct(providerId: number, productId: number): boolean {
  return !!db()
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.providerId, providerId)))
    .get();
}

export function proposeProviderChange({ providerId, userId, ip, after }: Proposer & { providerId: number; after: ProviderProposal }) {
  const before = providerSnapshot(db(), providerId);
  if (!before) return null;
  return insertChange({ providerId, entity: "provider", entityId: providerId, before, after, submittedBy: userId }, ip, { providerId });
}

export function proposeProductChange({
  providerId,
  productId,
  userId,
  ip,
  after,
}: Proposer & { providerId: number; productId: number; after: ProductProposal }) {
  if (!ownsProduct(providerId, productId)) return null;
  const before = productSnapshot(db(), productId);
  return insertChange({ providerId, productId, entity: "product", entityId: productId, before, after, submittedBy: userId }, ip, {
    productId,
  });
}

/** A new badge (no badgeId) or a renewal of one the product already carries. */
export function proposeBadgeChange({
  providerId,
  productId,
  badgeId,
  userId,
  ip,
  after,
}: Proposer & { providerId: number; productId: number; badgeId: number | null; after: BadgeProposal }) {
  if (after.evidenceLevel === "verified") throw new Error("Only the marketplace can mark a badge verified");
  if (!ownsProduct(providerId, productId)) return null;
  let before: Snapshot | null = null;
  if (badgeId !== null) {
    const badge = db().select({ productId: badges.productId }).from(badges).where(eq(badges.id, badgeId)).get();
    if (!badge || badge.productId !== productId) return null;
    before = badgeSnapshot(db(), badgeId);
  }
  const values = { providerId, productId, entity: "badge", entityId: badgeId, before, after, submittedBy: userId };
  return insertChange(values, ip, { productId, badgeId });
}

const changeColumns = {
  id: listingChanges.id,
  providerId: listingChanges.providerId,
  providerName: providers.name,
  productId: listingChanges.productId,
  productName: products.name,
  productSlug: products.slug,
  entity: listingChanges.entity,
  entityId: listingChanges.entityId,
  before: listingChanges.before,
  after: listingChanges.after,
  status: listingChanges.status,
  submittedBy: users.displayName,
  reviewNote: listingChanges.reviewNote,
  reviewedAt: listingChanges.reviewedAt,
  createdAt: listingChanges.createdAt,
};

function changesQuery() {
  return db()
    .select(changeColumns)
    .from(listingChanges)
    .innerJoin(providers, eq(listingChanges.providerId, providers.id))
    .leftJoin(products, eq(listingChanges.productId, products.id))
    .leftJoin(users, eq(listingChanges.submittedBy, users.id));
}

export type ListingChangeRow = ReturnType<typeof pendingChanges>[number];

export function pendingChanges() {
  return changesQuery().where(eq(listingChanges.status, "pending")).orderBy(asc(listingChanges.createdAt), asc(listingChanges.id)).all();
}

/** The badges of this provider with a change waiting for approval: however old, so none reads as still to do. */
export function badgesPendingApproval({ providerId }: { providerId: number }): Set<number> {
  const rows = db()
    .select({ entityId: listingChanges.entityId })
    .from(listingChanges)
    .where(and(eq(listingChanges.providerId, providerId), eq(listingChanges.entity, "badge"), eq(listingChanges.status, "pending")))
    .all();
  return new Set(rows.flatMap((r) => (r.entityId === null ? [] : [r.entityId])));
}

export function changesForProvider({ providerId }: { providerId: number }) {
  return changesQuery()
    .where(eq(listingChanges.providerId, providerId))
    .orderBy(desc(listingChanges.createdAt), desc(listingChanges.id))
    .limit(50)
    .all();
}

function applyChange(
  tx: Tx,
  change: { entity: string; entityId: number | null; productId: number | null },
  after: Snapshot,
  markVerified: boolean,
  approval: { changeId: number; reviewerId: number; details: Record<string, unknown> },
): number {
  const now = new Date().toISOString();
  switch (change.entity as ListingEntity) {
    case "prices":
      return applyPrices(tx, change.entityId!, after, approval, now);
    case "documents": {
      const values = pick(after, DOCUMENT_FIELDS) as Partial<typeof serviceDocuments.$inferInsert>;
      tx.insert(serviceDocuments)
        .values({ ...values, productId: change.entityId!, source: "provider", updatedAt: now })
        .onConflictDoUpdate({ target: serviceDocuments.productId, set: { ...values, source: "provider", updatedAt: now } })
        .run();
      return change.entityId!;
    }
    case "provider":
      tx.update(providers)
        .set({ ...(pick(after, PROVIDER_FIELDS) as Partial<typeof providers.$inferInsert>), source: "provider", updatedAt: now })
        .where(eq(providers.id, change.entityId!))
        .run();
      return change.entityId!;
    case "product": {
      const p = after as ProductProposal;
      tx.update(products)
        .set({ name: p.name, summary: p.summary, description: p.description, website: p.website, updatedAt: now })
        .where(eq(products.id, change.entityId!))
        .run();
      const ids = p.categories.length
        ? tx.select({ id: categories.id }).from(categories).where(inArray(categories.slug, p.categories)).all()
        : [];
      tx.delete(productCategories).where(eq(productCategories.productId, change.entityId!)).run();
      for (const c of ids) tx.insert(productCategories).values({ productId: change.entityId!, categoryId: c.id }).run();
      return change.entityId!;
    }
    case "badge":
      return applyBadge(tx, change, after as BadgeSnapshot, markVerified, now);
    case "responsibility": {
      const productId = change.entityId!;
      const model = getResponsibilityModel({ productId });
      if (!model) throw new Error(`No product ${productId}`);
      // Re-checked by the form's own rules: an approver never applies what the form would refuse.
      const parsed = parseResponsibilityChange(after, {
        serviceModel: model.serviceModel,
        current: model.rows,
        communityRulesRequired: model.communityRulesRequired,
      });
      if (!parsed.ok)
        throw new ProposalNoLongerValid(
          readReply(parsed.reply)
            .errors.map((e) => e.message)
            .join(" "),
        );
      const { upserts } = planOverrides({ serviceModel: model.serviceModel, current: model.rows, entries: parsed.value.entries });
      for (const u of upserts) {
        tx.insert(responsibilityOverrides)
          .values({ productId, area: u.area, party: u.party, note: u.note })
          .onConflictDoUpdate({
            target: [responsibilityOverrides.productId, responsibilityOverrides.area],
            set: { party: u.party, note: u.note },
          })
          .run();
      }
      tx.update(products)
        .set({ communityRulesRequired: parsed.value.communityRulesRequired, updatedAt: now })
        .where(eq(products.id, productId))
        .run();
      return productId;
    }
    default:
      throw new Error(`Cannot apply a ${change.entity} change here`);
  }
}

/**
 * A new approved price list, checked again in its stored shape. A list approved after its proposed
 * start starts on the day of approval instead: buyers were never shown it before, so it was never in
 * force, and history must not say otherwise. The audit records the move.
 */
function applyPrices(
  tx: Tx,
  productId: number,
  after: Snapshot,
  approval: { changeId: number; reviewerId: number; details: Record<string, unknown> },
  now: string,
): number {
  const parsed = storedListSchema.safeParse(after);
  if (!parsed.success) throw new ProposalNoLongerValid("its price items are not in the shape a price list needs");
  const today = todayIso(new Date(now));
  const effectiveFrom = parsed.data.effectiveFrom < today ? today : parsed.data.effectiveFrom;
  approval.details.effectiveFrom = effectiveFrom;
  if (effectiveFrom !== parsed.data.effectiveFrom) approval.details.proposedEffectiveFrom = parsed.data.effectiveFrom;
  tx.insert(priceLists)
    .values({
      productId,
      effectiveFrom,
      items: parsed.data.items as unknown as Record<string, unknown>[],
      note: parsed.data.note,
      source: "provider",
      changeId: approval.changeId,
      approvedBy: approval.reviewerId,
      approvedAt: now,
    })
    .run();
  return productId;
}

/** A badge proposal as stored; proposals made before the ISM release and strategies were asked for lack those keys. */
type BadgeSnapshot = Omit<BadgeProposal, "ismRelease" | "e8Levels"> & Partial<Pick<BadgeProposal, "ismRelease" | "e8Levels">>;

function applyBadge(
  tx: Tx,
  change: { entityId: number | null; productId: number | null },
  b: BadgeSnapshot,
  markVerified: boolean,
  now: string,
): number {
  const has = badgeKindFields(b.kind);
  const stored =
    change.entityId === null
      ? null
      : (tx.select({ e8Levels: badges.e8Levels }).from(badges).where(eq(badges.id, change.entityId)).get() ?? null);
  // An older proposal that did not carry them keeps the badge's own ISM release and strategies.
  const ismRelease = "ismRelease" in b ? (has.ismRelease ? (b.ismRelease ?? null) : null) : undefined;
  const e8Levels = "e8Levels" in b ? (has.e8Strategies ? (b.e8Levels ?? null) : null) : undefined;
  let level = b.level;
  if (has.e8Strategies) {
    const strategies = e8Levels === undefined ? (stored?.e8Levels ?? null) : e8Levels;
    const overall = e8Overall(strategies);
    if (!overall) throw new ProposalNoLongerValid("it does not give a maturity level for each of the eight strategies");
    // Derived, never taken on trust: an older proposal whose level claims more than its strategies is refused.
    if (e8Levels === undefined && overall !== b.level)
      throw new ProposalNoLongerValid(
        `its overall ${levelLabel("e8", b.level)} disagrees with the strategies on record, whose lowest gives ${levelLabel("e8", overall)}`,
      );
    level = overall;
  }
  const values = {
    kind: b.kind,
    level,
    assessedOn: b.assessedOn,
    expiresOn: b.expiresOn,
    periodEnd: b.periodEnd,
    ...(ismRelease === undefined ? {} : { ismRelease }),
    ...(e8Levels === undefined ? {} : { e8Levels }),
    // A renewal names its assessor afresh; the register link would describe the old assessment.
    assessorId: null,
    assessorName: b.assessorName,
    scope: b.scope,
    evidenceLevel: markVerified ? "verified" : b.evidenceLevel,
    evidenceRef: b.evidenceRef,
    mapped: false,
    updatedAt: now,
  };
  if (change.entityId !== null) {
    tx.update(badges).set(values).where(eq(badges.id, change.entityId)).run();
    return change.entityId;
  }
  return tx
    .insert(badges)
    .values({ ...values, productId: change.productId! })
    .returning({ id: badges.id })
    .get().id;
}

function currentSnapshot(tx: Tx, entity: string, entityId: number | null): Snapshot | null {
  if (entityId === null) return null;
  if (entity === "provider") return providerSnapshot(tx, entityId);
  if (entity === "product") return productSnapshot(tx, entityId);
  if (entity === "badge") return badgeSnapshot(tx, entityId);
  if (entity === "responsibility") return responsibilityFacts(entityId);
  if (entity === "prices") return priceFacts(entityId);
  if (entity === "documents") return serviceDocumentsSnapshot({ productId: entityId });
  return null;
}

/** A proposal that passed its form when made but fails the same checks now; the transaction rolls back. */
export class ProposalNoLongerValid extends Error {}

/**
 * Applies a pending change and audits it. Returns false when it is no longer pending (someone else
 * decided it). `markVerified` is the marketplace's own judgement of a badge's evidence, never the
 * provider's, and needs `evidenceAcknowledged`: the editor saying they opened and checked the
 * evidence the proposal gives, which the audit records with the reference they checked.
 */
export function approveChange({
  changeId,
  reviewerId,
  note,
  markVerified = false,
  evidenceAcknowledged = false,
  ip = null,
}: {
  changeId: number;
  reviewerId: number;
  note: string | null;
  markVerified?: boolean;
  evidenceAcknowledged?: boolean;
  ip?: string | null;
}): boolean {
  if (markVerified && !evidenceAcknowledged) throw new Error("A badge is marked verified only once its evidence has been checked");
  return db().transaction((tx) => {
    const change = tx
      .select({
        entity: listingChanges.entity,
        entityId: listingChanges.entityId,
        productId: listingChanges.productId,
        after: listingChanges.after,
        status: listingChanges.status,
      })
      .from(listingChanges)
      .where(eq(listingChanges.id, changeId))
      .get();
    if (!change || change.status !== "pending") return false;
    const verified = markVerified && change.entity === "badge";
    // The version being replaced is read now, not from the proposal, in case an earlier approval changed it.
    const previous = currentSnapshot(tx, change.entity, change.entityId);
    const details: Record<string, unknown> = {};
    const entityId = applyChange(tx, change, change.after, verified, { changeId, reviewerId, details });
    const productId = change.entity === "provider" ? null : (change.productId ?? change.entityId);
    // A price list replaces nothing (lists are never edited; each stays in price_lists as history).
    if (change.entity !== "prices")
      tx.insert(listingVersions)
        .values({ entity: change.entity, entityId, productId, data: previous ?? {}, changeId })
        .run();
    tx.update(listingChanges)
      .set({ status: "approved", reviewedBy: reviewerId, reviewNote: note, reviewedAt: new Date().toISOString(), entityId })
      .where(eq(listingChanges.id, changeId))
      .run();
    const evidenceRef = change.entity === "badge" ? (change.after.evidenceRef ?? null) : null;
    audit({
      ip,
      actor: { id: reviewerId },
      action: "listing.approved",
      entity: "listing_change",
      entityId: changeId,
      details: {
        markVerified: verified,
        evidenceAcknowledged: evidenceAcknowledged && change.entity === "badge" ? { by: reviewerId, evidenceRef } : null,
        ...details,
      },
    });
    notifyChangeDecision(changeId);
    return true;
  });
}

/** Rejects a pending change with the reason the provider sees, and audits it; false when it was already decided. */
export function rejectChange({
  changeId,
  reviewerId,
  reason,
  ip = null,
}: {
  changeId: number;
  reviewerId: number;
  reason: string;
  ip?: string | null;
}): boolean {
  const result = db()
    .update(listingChanges)
    .set({ status: "rejected", reviewedBy: reviewerId, reviewNote: reason, reviewedAt: new Date().toISOString() })
    .where(and(eq(listingChanges.id, changeId), eq(listingChanges.status, "pending")))
    .run();
  if (result.changes !== 1) return false;
  audit({ ip, actor: { id: reviewerId }, action: "listing.rejected", entity: "listing_change", entityId: changeId, details: { reason } });
  notifyChangeDecision(changeId);
  return true;
}

/** Approved versions of a product's listing and its badges, newest first: what was replaced, by what. */
export function listingHistory({ productId }: { productId: number }) {
  return db()
    .select({
      id: listingVersions.id,
      entity: listingVersions.entity,
      entityId: listingVersions.entityId,
      previous: listingVersions.data,
      after: listingChanges.after,
      reviewNote: listingChanges.reviewNote,
      archivedAt: listingVersions.archivedAt,
    })
    .from(listingVersions)
    .leftJoin(listingChanges, eq(listingVersions.changeId, listingChanges.id))
    .where(eq(listingVersions.productId, productId))
    .orderBy(desc(listingVersions.archivedAt), desc(listingVersions.id))
    .all();
}

export function hasListingHistory({ productId }: { productId: number }): boolean {
  return !!db().select({ id: listingVersions.id }).from(listingVersions).where(eq(listingVersions.productId, productId)).limit(1).get();
}

function responsibilityFacts(productId: number): Snapshot | null {
  const model = getResponsibilityModel({ productId });
  if (!model) return null;
  return {
    communityRulesRequired: model.communityRulesRequired,
    entries: model.rows.map((r) => ({ area: r.area, party: r.party, note: r.note })),
  };
}

/**
 * A refinement of the product's shared-responsibility model, in the shape parseResponsibilityChange reads.
 * A proposal states only what it changes. A new one replaces any still pending for the product (it
 * starts from that one's values): two waiting side by side could be approved in either order and the
 * older would undo the newer. The replaced ones are marked "superseded", so an editor who acts on
 * one is told it was already decided, and their ids are returned for the audit log.
 */
export function proposeResponsibilityChange({
  providerId,
  productId,
  userId,
  ip,
  after,
}: Proposer & {
  providerId: number;
  productId: number;
  after: { entries: { area: string; party: string; note: string }[]; communityRulesRequired?: boolean };
}): { id: number; superseded: number[] } | null {
  if (!ownsProduct(providerId, productId)) return null;
  const before = responsibilityFacts(productId);
  return db().transaction((tx) => {
    const id = tx
      .insert(listingChanges)
      .values({ providerId, productId, entity: "responsibility", entityId: productId, before, after, submittedBy: userId })
      .returning({ id: listingChanges.id })
      .get().id;
    const superseded = tx
      .update(listingChanges)
      .set({ status: "superseded", reviewNote: `Replaced by a later proposal (change ${id}).`, reviewedAt: new Date().toISOString() })
      .where(
        and(
          eq(listingChanges.entity, "responsibility"),
          eq(listingChanges.productId, productId),
          eq(listingChanges.status, "pending"),
          ne(listingChanges.id, id),
        ),
      )
      .returning({ id: listingChanges.id })
      .all()
      .map((r) => r.id);
    const areas = after.entries.map((e) => e.area);
    const communityRulesChanged = after.communityRulesRequired !== undefined;
    proposed({ id, entity: "responsibility", userId, ip, details: { productId, areas, communityRulesChanged, supersedes: superseded } });
    return { id, superseded };
  });
}

/** The responsibility proposal still waiting for this product, if any (at most one: see above). */
export function pendingResponsibilityChange({ productId }: { productId: number }) {
  return (
    db()
      .select({ id: listingChanges.id, after: listingChanges.after, createdAt: listingChanges.createdAt, submittedBy: users.displayName })
      .from(listingChanges)
      .leftJoin(users, eq(listingChanges.submittedBy, users.id))
      .where(
        and(eq(listingChanges.entity, "responsibility"), eq(listingChanges.productId, productId), eq(listingChanges.status, "pending")),
      )
      .orderBy(desc(listingChanges.createdAt), desc(listingChanges.id))
      .get() ?? null
  );
}

/** The provider's profile as the dashboard and the profile form show it. */
export function providerProfile({ providerId }: { providerId: number }) {
  const row = db().select({ slug: providers.slug, name: providers.name }).from(providers).where(eq(providers.id, providerId)).get();
  const facts = providerSnapshot(db(), providerId);
  return row && facts ? { ...row, facts: facts as ProviderProposal } : null;
}

export function providerProducts({ providerId }: { providerId: number }) {
  return db()
    .select({ id: products.id, slug: products.slug, name: products.name, summary: products.summary, serviceModel: products.serviceModel })
    .from(products)
    .where(eq(products.providerId, providerId))
    .orderBy(asc(products.name))
    .all();
}

/** What the product form starts from, for an owned product. */
export function productListingFacts({ productId }: { productId: number }) {
  return productSnapshot(db(), productId) as ProductProposal | null;
}

export function allCategories() {
  return db().select({ slug: categories.slug, name: categories.name }).from(categories).orderBy(asc(categories.name)).all();
}

export function productBadgeFacts({ productId }: { productId: number }) {
  return db()
    .select({
      id: badges.id,
      ...badgeDateColumns,
      assessorName: assessorNameColumn,
      scope: badges.scope,
      ismRelease: badges.ismRelease,
      e8Levels: badges.e8Levels,
      evidenceLevel: badges.evidenceLevel,
      evidenceRef: badges.evidenceRef,
      mapped: badges.mapped,
    })
    .from(badges)
    .leftJoin(assessors, assessorJoin)
    .where(eq(badges.productId, productId))
    .orderBy(asc(badges.kind), asc(badges.id))
    .all();
}

/** The newest approved price list in the shape a proposal has: what the approval queue compares against. */
function priceFacts(productId: number): Snapshot | null {
  const list = newestApprovedList({ productId });
  return list ? { effectiveFrom: list.effectiveFrom, note: list.note, items: list.items } : null;
}

type ProductWideEntity = "prices" | "documents";

/**
 * A proposal about the whole of one part of a product (its price list, its documents). As with
 * responsibility, a new one replaces any still pending for the product: the representative edits
 * the waiting one, and two could otherwise be approved in either order.
 */
function proposeProductWide({
  entity,
  providerId,
  productId,
  userId,
  ip,
  before,
  after,
  details,
}: Proposer & {
  entity: ProductWideEntity;
  providerId: number;
  productId: number;
  before: Snapshot | null;
  after: Snapshot;
  details: object;
}): { id: number; superseded: number[] } {
  return db().transaction((tx) => {
    const id = tx
      .insert(listingChanges)
      .values({ providerId, productId, entity, entityId: productId, before, after, submittedBy: userId })
      .returning({ id: listingChanges.id })
      .get().id;
    const superseded = tx
      .update(listingChanges)
      .set({ status: "superseded", reviewNote: `Replaced by a later proposal (change ${id}).`, reviewedAt: new Date().toISOString() })
      .where(
        and(
          eq(listingChanges.entity, entity),
          eq(listingChanges.productId, productId),
          eq(listingChanges.status, "pending"),
          ne(listingChanges.id, id),
        ),
      )
      .returning({ id: listingChanges.id })
      .all()
      .map((r) => r.id);
    proposed({ id, entity, userId, ip, details: { productId, ...details, supersedes: superseded } });
    return { id, superseded };
  });
}

/** A whole new price list for the product; null when the product is not the provider's. */
export function proposePriceChange({
  providerId,
  productId,
  userId,
  ip,
  after,
}: Proposer & { providerId: number; productId: number; after: PriceListProposal }) {
  if (!ownsProduct(providerId, productId)) return null;
  const details = { effectiveFrom: after.effectiveFrom, items: after.items.length };
  const snapshot = { ...after, items: after.items as unknown as Snapshot[] };
  return proposeProductWide({
    entity: "prices",
    providerId,
    productId,
    userId,
    ip,
    before: priceFacts(productId),
    after: snapshot,
    details,
  });
}

export function proposeDocumentsChange({
  providerId,
  productId,
  userId,
  ip,
  after,
}: Proposer & { providerId: number; productId: number; after: ServiceDocumentsProposal }) {
  if (!ownsProduct(providerId, productId)) return null;
  const before = serviceDocumentsSnapshot({ productId });
  return proposeProductWide({
    entity: "documents",
    providerId,
    productId,
    userId,
    ip,
    before,
    after: pick(after, DOCUMENT_FIELDS),
    details: {},
  });
}

/** The price list or documents proposal still waiting for this product, if any (at most one: see above). */
export function pendingProductWideChange({ productId, entity }: { productId: number; entity: ProductWideEntity }) {
  return (
    db()
      .select({ id: listingChanges.id, after: listingChanges.after, createdAt: listingChanges.createdAt, submittedBy: users.displayName })
      .from(listingChanges)
      .leftJoin(users, eq(listingChanges.submittedBy, users.id))
      .where(and(eq(listingChanges.entity, entity), eq(listingChanges.productId, productId), eq(listingChanges.status, "pending")))
      .orderBy(desc(listingChanges.createdAt), desc(listingChanges.id))
      .get() ?? null
  );
}
