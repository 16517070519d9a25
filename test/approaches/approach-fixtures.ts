/**
 * A small world for approach tests, built row by row and then through the domain functions: an
 * agency with three staff (the owner, an evaluator colleague and a colleague off the panel),
 * another agency's staff member, and two providers each with one product and one representative.
 * `makeInvitedApproach` creates and sends an approach inviting both products; `pastClose` moves its
 * close into the past (as the clock would), so the evaluation and decision steps can run.
 */
import { eq } from "drizzle-orm";
import { createApproach, criteriaOf, sendApproach, type Outcome } from "~/approaches/approach.server";
import { utcSecond } from "~/approaches/closing";
import { addEvaluator, declareInterests, saveScores } from "~/approaches/evaluation.server";
import { submitResponse } from "~/approaches/responses.server";
import type { ProposedPurchase } from "~/procurement/purchase";
import { db } from "~db/client.server";
import { agencies, approaches, products, providers, users } from "~db/schema";
import { makeUser } from "../accounts/support";
import { purchase } from "../procurement/fixtures";

/** The procurement tests' purchase, at a size and date an approach to market would have. */
export const TEST_PURCHASE: ProposedPurchase = purchase({
  costGstInc: 180_000,
  costExGst: 163_636.36,
  extensionMonths: [12],
  signingDate: "2026-07-01",
  considerFirstDone: true,
  fairCriteriaDone: true,
  reuseConsidered: true,
});

/** Throws on a domain refusal: a fixture that silently fails would make every later assertion lie. */
export function must(outcome: Outcome, step: string): void {
  if (!outcome.ok) throw new Error(`${step} was refused: ${JSON.stringify(outcome.errors)}`);
}

export function makeAgency(tag: string): { id: number; name: string } {
  const name = `${tag} Agency`;
  const id = db()
    .insert(agencies)
    .values({ slug: `${tag}-agency`, name })
    .returning({ id: agencies.id })
    .get().id;
  return { id, name };
}

/** Agency staff: a verified address at a gov.au domain, in the agency. */
export async function makeAgencyStaff({ tag, local, agencyId, name }: { tag: string; local: string; agencyId: number; name?: string }) {
  const email = `${local}@${tag}.gov.au`;
  const id = await makeUser({ email, displayName: name ?? `${local} ${tag}` });
  db().update(users).set({ agencyId }).where(eq(users.id, id)).run();
  return { id, email };
}

/** A provider, one product of it, and an approved representative. */
export async function makeProviderRep({ tag, letter }: { tag: string; letter: string }) {
  const providerName = `${tag} Provider ${letter}`;
  const providerId = db()
    .insert(providers)
    .values({ slug: `${tag}-provider-${letter.toLowerCase()}`, name: providerName })
    .returning({ id: providers.id })
    .get().id;
  const productName = `${tag} Product ${letter}`;
  const productId = db()
    .insert(products)
    .values({ slug: `${tag}-product-${letter.toLowerCase()}`, providerId, name: productName, serviceModel: "SaaS", listedOn: "2024-01-01" })
    .returning({ id: products.id })
    .get().id;
  const email = `rep-${letter.toLowerCase()}@${tag}-provider.example.org`;
  const repId = await makeUser({ email, displayName: `${providerName} rep`, roles: ["provider_rep"], providerId });
  return { providerId, providerName, productId, productName, repId, email };
}

export type Seller = Awaited<ReturnType<typeof makeProviderRep>>;

let counter = 0;

/**
 * An approach sent to two sellers, closing `closesInSeconds` from now, with two criteria
 * ("Meets the requirement" 60, "Price" 40) and the evaluator colleague on the panel (the owner is
 * always on it). Nobody has declared yet.
 */
export async function makeInvitedApproach({ tag, closesInSeconds = 3600 }: { tag?: string; closesInSeconds?: number } = {}) {
  const t = tag ?? `fx${++counter}${Math.random().toString(36).slice(2, 6)}`;
  const agency = makeAgency(t);
  const owner = await makeAgencyStaff({ tag: t, local: "owner", agencyId: agency.id, name: `Olive Owner ${t}` });
  const evaluator = await makeAgencyStaff({ tag: t, local: "evaluator", agencyId: agency.id, name: `Evan Evaluator ${t}` });
  const bystander = await makeAgencyStaff({ tag: t, local: "bystander", agencyId: agency.id, name: `Bea Bystander ${t}` });
  const otherAgency = makeAgency(`${t}-other`);
  const outsider = await makeAgencyStaff({ tag: `${t}-other`, local: "outsider", agencyId: otherAgency.id });
  const sellerA = await makeProviderRep({ tag: t, letter: "A" });
  const sellerB = await makeProviderRep({ tag: t, letter: "B" });
  const now = new Date();
  const approachId = createApproach({
    owner: { id: owner.id },
    agencyId: agency.id,
    shortlistId: null,
    purchase: TEST_PURCHASE,
    ip: null,
    input: {
      title: `Case management ${t}`,
      requirement: "# What we need\n\nA case management service for **200** staff.\n\n<script>alert(1)</script>",
      pricingBasis: "200 users for 24 months",
      closesAt: utcSecond(new Date(now.getTime() + closesInSeconds * 1000)),
      criteria: [
        { name: "Meets the requirement", description: "How well", weight: 60, isPrice: false },
        { name: "Price", description: "Whole of life", weight: 40, isPrice: true },
      ],
      productIds: [sellerA.productId, sellerB.productId],
    },
  });
  must(sendApproach({ approachId, actor: { id: owner.id }, ip: null, now }), "send");
  must(addEvaluator({ approachId, agencyId: agency.id, email: evaluator.email, actor: { id: owner.id }, ip: null, now }), "add evaluator");
  const [meets, price] = criteriaOf(approachId);
  return { tag: t, approachId, agency, owner, evaluator, bystander, outsider, sellerA, sellerB, criteria: { meets, price } };
}

export type InvitedApproach = Awaited<ReturnType<typeof makeInvitedApproach>>;

/** A seller's response for its product, through the domain (so the closing rules apply). */
export function respond(a: InvitedApproach, seller: Seller, { priceCents, body }: { priceCents: number; body?: string }) {
  must(
    submitResponse({
      approachId: a.approachId,
      providerId: seller.providerId,
      input: {
        productId: seller.productId,
        priceCents,
        body: body ?? `Our response for ${seller.productName}.\n\n- **Hosted** in Sydney`,
        attachments: [{ label: "Service definition", url: `https://example.org/${seller.productName.replace(/\W+/g, "-")}.pdf` }],
      },
      actor: { id: seller.repId },
      ip: null,
    }),
    `response for ${seller.productName}`,
  );
}

/** Moves the close one second into the past, as if the clock had passed it; the approach stays sent. */
export function pastClose(approachId: number): void {
  db()
    .update(approaches)
    .set({ closesAt: utcSecond(new Date(Date.now() - 1000)) })
    .where(eq(approaches.id, approachId))
    .run();
}

/** Both panel members declare no conflict. */
export function declareAll(a: InvitedApproach): void {
  for (const person of [a.owner, a.evaluator]) {
    must(declareInterests({ approachId: a.approachId, conflict: false, declaration: "", actor: { id: person.id }, ip: null }), "declare");
  }
}

/** Every counted evaluator scores one response on both criteria. */
export function scoreAll(a: InvitedApproach, responseId: number, [meets, price]: [number, number]): void {
  for (const person of [a.owner, a.evaluator]) {
    must(
      saveScores({
        approachId: a.approachId,
        responseId,
        scores: [
          { criterionId: a.criteria.meets.id, score: meets, comment: "Meets most of it" },
          { criterionId: a.criteria.price.id, score: price, comment: "" },
        ],
        actor: { id: person.id },
        ip: null,
      }),
      "score",
    );
  }
}
