/**
 * Sellers' responses: one per invited product, revisable and withdrawable until the close, and
 * after it fixed. The server's clock decides, inside the write transaction: a response that arrives
 * at the closing second is late. Sellers only ever read their own.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { approachResponses, products, providers } from "~db/schema";
import { audit } from "~/audit/audit.server";
import { approachDetail, type Outcome, type Step } from "./approach.server";

export interface ResponseInput {
  productId: number;
  priceCents: number;
  body: string;
  attachments: { label: string; url: string }[];
}

const refused = (message: string, field = ""): Outcome => ({ ok: false, errors: { [field]: message } });
const CLOSED = "Responses closed at the closing time: nothing can be submitted, changed or withdrawn after it.";

export function submitResponse({
  approachId,
  providerId,
  input,
  actor,
  ip,
  now = new Date(),
}: { approachId: number; providerId: number; input: ResponseInput } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const detail = approachDetail(approachId, now);
      if (!detail || detail.state !== "open") return refused(CLOSED);
      const invited = detail.invitations.find((i) => i.productId === input.productId && i.providerId === providerId);
      if (!invited) return refused("That product is not invited to this approach.", "productId");
      const at = now.toISOString();
      const existing = db()
        .select({ id: approachResponses.id, revision: approachResponses.revision })
        .from(approachResponses)
        .where(and(eq(approachResponses.approachId, approachId), eq(approachResponses.productId, input.productId)))
        .get();
      const values = {
        priceCents: input.priceCents,
        body: input.body,
        attachments: input.attachments,
        submittedBy: actor.id,
        status: "submitted" as const,
        updatedAt: at,
      };
      if (existing) {
        db()
          .update(approachResponses)
          .set({ ...values, revision: existing.revision + 1 })
          .where(eq(approachResponses.id, existing.id))
          .run();
      } else {
        db()
          .insert(approachResponses)
          .values({ ...values, approachId, productId: input.productId, providerId, submittedAt: at })
          .run();
      }
      audit({
        ip,
        actor,
        action: existing ? "approach.revise_response" : "approach.submit_response",
        entity: "approach",
        entityId: approachId,
        details: { productId: input.productId, providerId, revision: existing ? existing.revision + 1 : 1 },
      });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

export function withdrawResponse({
  approachId,
  providerId,
  productId,
  actor,
  ip,
  now = new Date(),
}: { approachId: number; providerId: number; productId: number } & Step): Outcome {
  return db().transaction(
    (): Outcome => {
      const detail = approachDetail(approachId, now);
      if (!detail || detail.state !== "open") return refused(CLOSED);
      const existing = db()
        .select({ id: approachResponses.id, status: approachResponses.status })
        .from(approachResponses)
        .where(
          and(
            eq(approachResponses.approachId, approachId),
            eq(approachResponses.productId, productId),
            eq(approachResponses.providerId, providerId),
          ),
        )
        .get();
      if (!existing || existing.status !== "submitted") return refused("There is no submitted response for that product to withdraw.");
      db()
        .update(approachResponses)
        .set({ status: "withdrawn", updatedAt: now.toISOString() })
        .where(eq(approachResponses.id, existing.id))
        .run();
      audit({
        ip,
        actor,
        action: "approach.withdraw_response",
        entity: "approach",
        entityId: approachId,
        details: { productId, providerId },
      });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

const responseColumns = {
  id: approachResponses.id,
  productId: approachResponses.productId,
  productName: products.name,
  productSlug: products.slug,
  providerId: approachResponses.providerId,
  providerName: providers.name,
  priceCents: approachResponses.priceCents,
  body: approachResponses.body,
  attachments: approachResponses.attachments,
  status: approachResponses.status,
  revision: approachResponses.revision,
  submittedAt: approachResponses.submittedAt,
  updatedAt: approachResponses.updatedAt,
};

/** A seller's own responses, by product. */
export function ownResponses({ approachId, providerId }: { approachId: number; providerId: number }) {
  return db()
    .select(responseColumns)
    .from(approachResponses)
    .innerJoin(products, eq(products.id, approachResponses.productId))
    .innerJoin(providers, eq(providers.id, approachResponses.providerId))
    .where(and(eq(approachResponses.approachId, approachId), eq(approachResponses.providerId, providerId)))
    .orderBy(asc(products.name))
    .all();
}

/** Every response, for the evaluators: the caller checks they may see them, and that the approach has closed. */
export function allResponses(approachId: number, statuses: ("submitted" | "withdrawn")[] = ["submitted", "withdrawn"]) {
  return db()
    .select(responseColumns)
    .from(approachResponses)
    .innerJoin(products, eq(products.id, approachResponses.productId))
    .innerJoin(providers, eq(providers.id, approachResponses.providerId))
    .where(and(eq(approachResponses.approachId, approachId), inArray(approachResponses.status, statuses)))
    .orderBy(asc(providers.name), asc(products.name))
    .all();
}
export type ApproachResponse = ReturnType<typeof allResponses>[number];

/** How many responses are in, without what they say: the buyer's view before the close. */
export function responseCount(approachId: number): number {
  return allResponses(approachId, ["submitted"]).length;
}
