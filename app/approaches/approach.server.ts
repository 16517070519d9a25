/**
 * Approaches to market: the agency's side of writing one, sending it and reading it back. Every
 * change is refused unless the approach is in the state that allows it, checked inside the same
 * IMMEDIATE transaction that writes, so two tabs (or two people) cannot both win. Each step is
 * audited here rather than in the routes, so that no path can forget to.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import {
  agencies,
  approachClosingChanges,
  approachCriteria,
  approachDecisions,
  approachEvaluators,
  approachInvitations,
  approachQuestions,
  approachResponses,
  approaches,
  products,
  providers,
  users,
} from "~db/schema";
import { audit } from "~/audit/audit.server";
import { listingDetails } from "~/catalogue/listing-details.server";
import { alignProduct } from "~/procurement/alignment.server";
import type { ProposedPurchase } from "~/procurement/purchase";
import { loadRuleVersions } from "~/procurement/rules.server";
import { todayIso } from "~/platform/dates";
import { isBeforeClose, utcSecond } from "./closing";
import type { ApproachFacts } from "./permissions";
import type { ApproachStatus } from "./vocabulary";
import { tellInvitedSellers } from "./approach-mail.server";

export interface CriterionInput {
  name: string;
  description: string;
  weight: number;
  isPrice: boolean;
}

export interface ApproachInput {
  title: string;
  requirement: string;
  pricingBasis: string;
  closesAt: string;
  criteria: CriterionInput[];
  productIds: number[];
}

export interface Step {
  actor: { id: number };
  ip: string | null;
  now?: Date;
}

export type Outcome = { ok: true } | { ok: false; errors: Record<string, string> };
const refused = (message: string, field = ""): Outcome => ({ ok: false, errors: { [field]: message } });

/** Draft, open, closed (derived from the clock) or decided. */
export function statusAt(a: { status: "draft" | "open" | "decided"; closesAt: string }, now: Date = new Date()): ApproachStatus {
  if (a.status === "open" && !isBeforeClose(a.closesAt, now)) return "closed";
  return a.status;
}

export function approachFacts(id: number): (ApproachFacts & { id: number }) | null {
  const row = db()
    .select({
      id: approaches.id,
      agencyId: approaches.agencyId,
      ownerId: approaches.ownerId,
      status: approaches.status,
      closesAt: approaches.closesAt,
    })
    .from(approaches)
    .where(eq(approaches.id, id))
    .get();
  if (!row) return null;
  const evaluatorIds = db()
    .select({ id: approachEvaluators.userId })
    .from(approachEvaluators)
    .where(eq(approachEvaluators.approachId, id))
    .all()
    .map((r) => r.id);
  const invitedProviderIds = [
    ...new Set(
      db()
        .select({ id: approachInvitations.providerId })
        .from(approachInvitations)
        .where(eq(approachInvitations.approachId, id))
        .all()
        .map((r) => r.id),
    ),
  ];
  return { ...row, evaluatorIds, invitedProviderIds };
}

/** Reads an id from a URL segment; null when it is not a plain positive number. */
export function approachId(param: string | undefined): number | null {
  return /^[1-9]\d{0,9}$/.test(param ?? "") ? Number(param) : null;
}

export function criteriaOf(id: number) {
  return db()
    .select({
      id: approachCriteria.id,
      position: approachCriteria.position,
      name: approachCriteria.name,
      description: approachCriteria.description,
      weight: approachCriteria.weight,
      isPrice: approachCriteria.isPrice,
    })
    .from(approachCriteria)
    .where(eq(approachCriteria.approachId, id))
    .orderBy(asc(approachCriteria.position))
    .all();
}
export type Criterion = ReturnType<typeof criteriaOf>[number];

export function invitationsOf(id: number) {
  return db()
    .select({
      productId: products.id,
      productSlug: products.slug,
      productName: products.name,
      providerId: providers.id,
      providerName: providers.name,
    })
    .from(approachInvitations)
    .innerJoin(products, eq(products.id, approachInvitations.productId))
    .innerJoin(providers, eq(providers.id, approachInvitations.providerId))
    .where(eq(approachInvitations.approachId, id))
    .orderBy(asc(providers.name), asc(products.name))
    .all();
}
export type Invitation = ReturnType<typeof invitationsOf>[number];

export function closingChangesOf(id: number) {
  return db()
    .select({
      previousClosesAt: approachClosingChanges.previousClosesAt,
      closesAt: approachClosingChanges.closesAt,
      reason: approachClosingChanges.reason,
      at: approachClosingChanges.at,
    })
    .from(approachClosingChanges)
    .where(eq(approachClosingChanges.approachId, id))
    .orderBy(asc(approachClosingChanges.id))
    .all();
}

const approachColumns = {
  id: approaches.id,
  agencyId: approaches.agencyId,
  agencyName: agencies.name,
  ownerId: approaches.ownerId,
  ownerName: users.displayName,
  shortlistId: approaches.shortlistId,
  title: approaches.title,
  requirement: approaches.requirement,
  pricingBasis: approaches.pricingBasis,
  purchase: approaches.purchase,
  status: approaches.status,
  closesAt: approaches.closesAt,
  sentAt: approaches.sentAt,
  source: approaches.source,
  createdAt: approaches.createdAt,
  updatedAt: approaches.updatedAt,
};

/** The approach itself, its criteria, invitations and closing history: what every viewer starts from. */
export function approachDetail(id: number, now: Date = new Date()) {
  const row = db()
    .select(approachColumns)
    .from(approaches)
    .innerJoin(agencies, eq(agencies.id, approaches.agencyId))
    .leftJoin(users, eq(users.id, approaches.ownerId))
    .where(eq(approaches.id, id))
    .get();
  if (!row) return null;
  return {
    ...row,
    purchase: row.purchase as unknown as ProposedPurchase,
    state: statusAt(row, now),
    criteria: criteriaOf(id),
    invitations: invitationsOf(id),
    closingChanges: closingChangesOf(id),
  };
}
export type ApproachDetail = NonNullable<ReturnType<typeof approachDetail>>;

/** The agency's approaches, newest first, with how many responses each has (never what they say). */
export function listForAgency({ agencyId, now = new Date() }: { agencyId: number; now?: Date }) {
  const rows = db()
    .select({
      id: approaches.id,
      title: approaches.title,
      status: approaches.status,
      closesAt: approaches.closesAt,
      ownerId: approaches.ownerId,
      ownerName: users.displayName,
      updatedAt: approaches.updatedAt,
    })
    .from(approaches)
    .leftJoin(users, eq(users.id, approaches.ownerId))
    .where(eq(approaches.agencyId, agencyId))
    .orderBy(desc(approaches.updatedAt), desc(approaches.id))
    .all();
  const ids = rows.map((r) => r.id);
  const counts = countBy(ids, approachInvitations.approachId, approachInvitations);
  const responses = ids.length
    ? db()
        .select({ approachId: approachResponses.approachId })
        .from(approachResponses)
        .where(and(inArray(approachResponses.approachId, ids), eq(approachResponses.status, "submitted")))
        .all()
    : [];
  return rows.map((r) => ({
    ...r,
    state: statusAt(r, now),
    invited: counts.get(r.id) ?? 0,
    responses: responses.filter((x) => x.approachId === r.id).length,
  }));
}

function countBy(ids: number[], column: typeof approachInvitations.approachId, table: typeof approachInvitations): Map<number, number> {
  const out = new Map<number, number>();
  if (ids.length === 0) return out;
  for (const r of db().select({ id: column }).from(table).where(inArray(column, ids)).all()) out.set(r.id, (out.get(r.id) ?? 0) + 1);
  return out;
}

/** The approaches a provider is invited to (sent ones only), newest close first. */
export function listForProvider({ providerId, now = new Date() }: { providerId: number; now?: Date }) {
  const rows = db()
    .selectDistinct({
      id: approaches.id,
      title: approaches.title,
      agencyName: agencies.name,
      status: approaches.status,
      closesAt: approaches.closesAt,
      sentAt: approaches.sentAt,
    })
    .from(approachInvitations)
    .innerJoin(approaches, eq(approaches.id, approachInvitations.approachId))
    .innerJoin(agencies, eq(agencies.id, approaches.agencyId))
    .where(and(eq(approachInvitations.providerId, providerId), inArray(approaches.status, ["open", "decided"])))
    .orderBy(desc(approaches.closesAt))
    .all();
  const own = rows.length
    ? db()
        .select({ approachId: approachResponses.approachId, status: approachResponses.status })
        .from(approachResponses)
        .where(
          and(
            inArray(
              approachResponses.approachId,
              rows.map((r) => r.id),
            ),
            eq(approachResponses.providerId, providerId),
          ),
        )
        .all()
    : [];
  return rows.map((r) => ({
    ...r,
    state: statusAt(r, now),
    responded: own.filter((x) => x.approachId === r.id && x.status === "submitted").length,
  }));
}

function writeCriteria(id: number, criteria: CriterionInput[]) {
  db().delete(approachCriteria).where(eq(approachCriteria.approachId, id)).run();
  criteria.forEach((c, position) => {
    db()
      .insert(approachCriteria)
      .values({ approachId: id, position, name: c.name, description: c.description, weight: c.weight, isPrice: c.isPrice })
      .run();
  });
}

function writeInvitations(id: number, productIds: number[]) {
  db().delete(approachInvitations).where(eq(approachInvitations.approachId, id)).run();
  if (productIds.length === 0) return;
  const rows = db()
    .select({ id: products.id, providerId: products.providerId })
    .from(products)
    .where(inArray(products.id, productIds))
    .all();
  for (const r of rows) db().insert(approachInvitations).values({ approachId: id, productId: r.id, providerId: r.providerId }).run();
}

/** A new draft, owned by its writer, who is also its first evaluator. Answers the new id. */
export function createApproach({
  owner,
  agencyId,
  shortlistId,
  purchase,
  input,
  ip,
  source = "provider",
}: {
  source?: "sample" | "provider";
  owner: { id: number };
  agencyId: number;
  shortlistId: number | null;
  purchase: ProposedPurchase;
  input: ApproachInput;
  ip: string | null;
}): number {
  return db().transaction(
    () => {
      const row = db()
        .insert(approaches)
        .values({
          agencyId,
          ownerId: owner.id,
          shortlistId,
          title: input.title,
          requirement: input.requirement,
          pricingBasis: input.pricingBasis,
          purchase: purchase as unknown as Record<string, unknown>,
          closesAt: input.closesAt,
          source,
        })
        .returning({ id: approaches.id })
        .get();
      writeCriteria(row.id, input.criteria);
      writeInvitations(row.id, input.productIds);
      db().insert(approachEvaluators).values({ approachId: row.id, userId: owner.id, addedBy: owner.id }).run();
      audit({ ip, actor: owner, action: "approach.create", entity: "approach", entityId: row.id, details: { agencyId, shortlistId } });
      return row.id;
    },
    { behavior: "immediate" },
  );
}

/** Saves a draft's changes; refused once it has been sent. */
export function updateDraft({
  approachId: id,
  purchase,
  input,
  actor,
  ip,
}: { approachId: number; purchase: ProposedPurchase; input: ApproachInput } & Step): Outcome {
  return db().transaction(
    () => {
      const current = db().select({ status: approaches.status }).from(approaches).where(eq(approaches.id, id)).get();
      if (current?.status !== "draft") return refused("This approach has been sent, so its requirement and criteria can no longer change.");
      db()
        .update(approaches)
        .set({
          title: input.title,
          requirement: input.requirement,
          pricingBasis: input.pricingBasis,
          purchase: purchase as unknown as Record<string, unknown>,
          closesAt: input.closesAt,
          updatedAt: new Date().toISOString(),
        })
        .where(eq(approaches.id, id))
        .run();
      writeCriteria(id, input.criteria);
      writeInvitations(id, input.productIds);
      audit({ ip, actor, action: "approach.update", entity: "approach", entityId: id });
      return { ok: true } as const;
    },
    { behavior: "immediate" },
  );
}

/** What the buyer saw when sending: each invited listing and its rule results, frozen into the approach. */
function sendingSnapshot(detail: ApproachDetail, now: Date) {
  const today = todayIso(now);
  const rules = loadRuleVersions();
  const listings = listingDetails({ productIds: detail.invitations.map((i) => i.productId), today });
  return {
    takenAt: now.toISOString(),
    purchase: detail.purchase,
    listings: listings.map((listing) => ({
      ...listing,
      results: alignProduct({ productId: listing.id, name: listing.name, purchase: detail.purchase, rules, today }),
    })),
  };
}

/** Sends a draft: the invited providers' representatives are e-mailed and see it on their dashboard. */
export function sendApproach({ approachId: id, actor, ip, now = new Date() }: { approachId: number } & Step): Outcome {
  const sent = db().transaction(
    (): Outcome => {
      const detail = approachDetail(id, now);
      if (!detail || detail.status !== "draft") return refused("This approach has already been sent.");
      if (detail.invitations.length === 0) return refused("Invite at least one product's provider before sending.", "products");
      if (!isBeforeClose(detail.closesAt, now))
        return refused("The closing time has passed: choose a later one before sending.", "closeDate");
      if (detail.criteria.length < 2) return refused("Add the evaluation criteria before sending.", "weights");
      db()
        .update(approaches)
        .set({ status: "open", sentAt: utcSecond(now), snapshot: sendingSnapshot(detail, now), updatedAt: now.toISOString() })
        .where(eq(approaches.id, id))
        .run();
      audit({
        ip,
        actor,
        action: "approach.send",
        entity: "approach",
        entityId: id,
        details: { products: detail.invitations.map((i) => i.productId), closesAt: detail.closesAt },
      });
      tellInvitedSellers({ approach: detail, what: "invited" });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
  return sent;
}

/** A draft may be thrown away; a sent approach stays on the record. */
export function deleteDraft({ approachId: id, actor, ip }: { approachId: number } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const current = db().select({ status: approaches.status }).from(approaches).where(eq(approaches.id, id)).get();
      if (current?.status !== "draft") return refused("A sent approach stays on the record and cannot be deleted.");
      db().delete(approaches).where(eq(approaches.id, id)).run();
      audit({ ip, actor, action: "approach.delete_draft", entity: "approach", entityId: id });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/** Moves the close later; every invited seller is told. Only while open. */
export function extendClose({
  approachId: id,
  closesAt,
  reason,
  actor,
  ip,
  now = new Date(),
}: { approachId: number; closesAt: string; reason: string } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const detail = approachDetail(id, now);
      if (!detail || detail.state !== "open") return refused("Only an approach that is still open can have its close extended.");
      if (Date.parse(closesAt) <= Date.parse(detail.closesAt)) {
        return refused("Choose a closing time later than the current one: an extension cannot shorten the time sellers have.", "closeDate");
      }
      db()
        .insert(approachClosingChanges)
        .values({ approachId: id, previousClosesAt: detail.closesAt, closesAt, reason, changedBy: actor.id })
        .run();
      db().update(approaches).set({ closesAt, updatedAt: now.toISOString() }).where(eq(approaches.id, id)).run();
      audit({
        ip,
        actor,
        action: "approach.extend_close",
        entity: "approach",
        entityId: id,
        details: { from: detail.closesAt, to: closesAt },
      });
      tellInvitedSellers({ approach: { ...detail, closesAt }, what: "extended", reason });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/** Whether a decision has been recorded (the record itself is read by decision.server.ts). */
export function isDecided(id: number): boolean {
  return !!db().select({ id: approachDecisions.approachId }).from(approachDecisions).where(eq(approachDecisions.approachId, id)).get();
}

export function questionCount(id: number): number {
  return db().select({ id: approachQuestions.id }).from(approachQuestions).where(eq(approachQuestions.approachId, id)).all().length;
}
