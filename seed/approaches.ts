/**
 * Sample approaches to market by the Finance demo agency, so the feature shows on first run: one
 * open (the demo provider's product invited, one question answered and one waiting, one response
 * in), one decided (three responses, a two-person panel, scores, an award with a frozen record),
 * and one closed and waiting for its evaluator (the demo staff account) to declare and score.
 *
 * Written through the domain functions with explicit moments, so every rule the app enforces
 * (closing times, who may score, what a decision needs) holds for the sample too, and the decision
 * record and its checksum are made exactly as a real one is. Sample approaches carry source
 * "sample" and their decision `sample`, the one kind the decision trigger lets `db:seed --force`
 * remove (with the sample agencies and products they cascade from).
 *
 * Idempotent: does nothing while any sample approach exists. Deterministic: a fixed plan
 * (seed/sample/approach-plans.ts); only the dates move with `today`.
 */
import { and, eq, gt, inArray, like, max } from "drizzle-orm";
import { addDays, type IsoDate } from "~/platform/dates";
import { createApproach, criteriaOf, extendClose, sendApproach, type Outcome } from "~/approaches/approach.server";
import { fromCanberra } from "~/approaches/closing";
import { decide } from "~/approaches/decision.server";
import { addEvaluator, declareInterests, saveScores } from "~/approaches/evaluation.server";
import { answerQuestion, askQuestion, questionsForBuyer } from "~/approaches/questions.server";
import { allResponses, submitResponse } from "~/approaches/responses.server";
import type { Db } from "~db/client.server";
import { agencies, approachClosingChanges, approaches, outbox, products, providers, users } from "~db/schema";
import { FINANCE_AGENCY } from "./sample/agencies";
import { DEMO_STAFF_EMAIL } from "./sample/assessment-plan";
import {
  CLOSED_PLAN,
  DECIDED_DECISION,
  DECIDED_PLAN,
  DECIDED_SCORES,
  OPEN_PLAN,
  type ApproachPlan,
  type When,
} from "./sample/approach-plans";
import { REVIEWER_DOMAIN } from "./sample/review-text";

const DEMO_PROVIDER_EMAIL = "provider@example.com";
/** Not a scrypt hash, as for the sample reviewers: verifyPassword can never accept it, so nobody signs in. */
const NO_PASSWORD = "!sample-account-no-password";
/** Used only if no sample reviewer works at Finance (seed/reviews.ts decides who works where). */
const FALLBACK_COLLEAGUE = { email: `jordan.reid@${REVIEWER_DOMAIN}`, name: "Jordan Reid" };

interface Ctx {
  db: Db;
  today: IsoDate;
  agencyId: number;
  staff: { id: number };
  demoRep: { id: number } | null;
  product: Map<string, { id: number; providerId: number; providerSlug: string; providerName: string }>;
}

/** A domain refusal here is a bug in the plan: stop, rather than leave a half-told story. */
function must(outcome: Outcome, step: string): void {
  if (!outcome.ok) throw new Error(`Sample approaches: ${step} was refused: ${JSON.stringify(outcome.errors)}`);
}

function moment(today: IsoDate, when: When): Date {
  const m = fromCanberra(addDays(today, when.day), when.time);
  if (!m.ok) throw new Error(`Sample approaches: no such Canberra time ${when.day} ${when.time}`);
  return new Date(m.utc);
}

/**
 * Who acts for each seller. The demo provider's own representative acts for Wattle Grid; for the
 * others a stand-in account per provider, at the provider's fictional example.com address, with no
 * role, no password and no confirmed address, so it can neither sign in nor be sent anything.
 */
function sellerFor(ctx: Ctx, slug: string): { actor: { id: number }; providerId: number } {
  const p = ctx.product.get(slug)!;
  if (p.providerSlug === "wattle-grid" && ctx.demoRep) return { actor: ctx.demoRep, providerId: p.providerId };
  const email = `tenders@${p.providerSlug}.example.com`;
  const existing = ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  const id =
    existing?.id ??
    ctx.db
      .insert(users)
      .values({ email, displayName: `${p.providerName} bids team (sample)`, passwordHash: NO_PASSWORD })
      .returning({ id: users.id })
      .get().id;
  return { actor: { id }, providerId: p.providerId };
}

/** A Finance colleague for the panel: a sample reviewer who works there (verified gov.au address), or one made for it. */
function financeColleague(db: Db, agencyId: number): string {
  const reviewer = db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), like(users.email, `%@${REVIEWER_DOMAIN}`)))
    .orderBy(users.id)
    .get();
  if (reviewer) return reviewer.email;
  const existing = db.select({ id: users.id }).from(users).where(eq(users.email, FALLBACK_COLLEAGUE.email)).get();
  if (existing) db.update(users).set({ agencyId }).where(eq(users.id, existing.id)).run();
  else
    db.insert(users)
      .values({
        email: FALLBACK_COLLEAGUE.email,
        displayName: FALLBACK_COLLEAGUE.name,
        passwordHash: NO_PASSWORD,
        agencyId,
        emailVerifiedAt: "2024-01-01T00:00:00.000Z",
      })
      .run();
  return FALLBACK_COLLEAGUE.email;
}

/** Creates, sends and runs an approach up to its close: questions, the extension, responses. */
function runToClose(ctx: Ctx, plan: ApproachPlan): number {
  const at = (w: When) => moment(ctx.today, w);
  const step = { actor: ctx.staff, ip: null };
  const id = createApproach({
    owner: ctx.staff,
    agencyId: ctx.agencyId,
    shortlistId: null,
    purchase: plan.purchase,
    source: "sample",
    ip: null,
    input: {
      title: plan.title,
      requirement: plan.requirement,
      pricingBasis: plan.pricingBasis,
      closesAt: at(plan.closes)
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z"),
      criteria: plan.criteria,
      productIds: plan.products.map((slug) => ctx.product.get(slug)!.id),
    },
  });
  // createApproach stamps the real clock; the story starts earlier.
  ctx.db
    .update(approaches)
    .set({ createdAt: at(plan.created).toISOString() })
    .where(eq(approaches.id, id))
    .run();
  must(sendApproach({ approachId: id, ...step, now: at(plan.sent) }), "send");

  type Event = { when: Date; run: () => void };
  const events: Event[] = [];
  for (const q of plan.questions) {
    const seller = sellerFor(ctx, q.product);
    events.push({
      when: at(q.at),
      run: () =>
        must(
          askQuestion({
            approachId: id,
            providerId: seller.providerId,
            question: q.question,
            ip: null,
            actor: seller.actor,
            now: at(q.at),
          }),
          "ask",
        ),
    });
    if (q.answer) {
      const a = q.answer;
      events.push({
        when: at(a.at),
        run: () => {
          const asked = questionsForBuyer(id).find((x) => x.question === q.question)!;
          must(
            answerQuestion({
              approachId: id,
              questionId: asked.id,
              publishedQuestion: a.publishedQuestion,
              answer: a.answer,
              ...step,
              now: at(a.at),
            }),
            "answer",
          );
        },
      });
    }
  }
  if (plan.extended) {
    const e = plan.extended;
    events.push({
      when: at(e.at),
      run: () => {
        must(
          extendClose({
            approachId: id,
            closesAt: at(e.to)
              .toISOString()
              .replace(/\.\d{3}Z$/, "Z"),
            reason: e.reason,
            ...step,
            now: at(e.at),
          }),
          "extend",
        );
        // extendClose stamps the change with the real clock; the record shows when it was made.
        ctx.db
          .update(approachClosingChanges)
          .set({ at: at(e.at).toISOString() })
          .where(eq(approachClosingChanges.approachId, id))
          .run();
      },
    });
  }
  for (const r of plan.responses) {
    const seller = sellerFor(ctx, r.product);
    const productId = ctx.product.get(r.product)!.id;
    const submit = (when: When, priceDollars: number) => () =>
      must(
        submitResponse({
          approachId: id,
          providerId: seller.providerId,
          input: { productId, priceCents: Math.round(priceDollars * 100), body: r.body, attachments: r.attachments },
          actor: seller.actor,
          ip: null,
          now: at(when),
        }),
        "respond",
      );
    if (r.revisedFrom) events.push({ when: at(r.revisedFrom.at), run: submit(r.revisedFrom.at, r.revisedFrom.priceDollars) });
    events.push({ when: at(r.at), run: submit(r.at, r.priceDollars) });
  }
  for (const e of events.sort((a, b) => a.when.getTime() - b.when.getTime())) e.run();
  return id;
}

/** The decided approach's panel, scores and award. */
function evaluateAndDecide(ctx: Ctx, id: number): void {
  const at = (w: When) => moment(ctx.today, w);
  const d = DECIDED_DECISION;
  const colleagueEmail = financeColleague(ctx.db, ctx.agencyId);
  const colleague = { id: ctx.db.select({ id: users.id }).from(users).where(eq(users.email, colleagueEmail)).get()!.id };
  must(
    addEvaluator({ approachId: id, agencyId: ctx.agencyId, email: colleagueEmail, actor: ctx.staff, ip: null, now: at(d.colleagueAdded) }),
    "add evaluator",
  );
  for (const [who, actor] of [
    ["owner", ctx.staff],
    ["colleague", colleague],
  ] as const) {
    must(
      declareInterests({ approachId: id, conflict: false, declaration: d.declaration, actor, ip: null, now: at(d.declared[who]) }),
      "declare",
    );
  }
  const criteria = criteriaOf(id);
  const responses = allResponses(id, ["submitted"]);
  for (const [who, actor] of [
    ["owner", ctx.staff],
    ["colleague", colleague],
  ] as const) {
    for (const r of responses) {
      const planned = DECIDED_SCORES[r.productSlug][who];
      const scores = planned.map(([score, comment], i) => ({ criterionId: criteria[i].id, score, comment }));
      must(saveScores({ approachId: id, responseId: r.id, scores, actor, ip: null, now: at(d.scored[who]) }), "score");
    }
  }
  const chosen = responses.find((r) => r.productSlug === "wattle-grid-object-storage")!;
  must(
    decide({
      approachId: id,
      input: {
        outcome: "awarded",
        responseId: chosen.id,
        contractValueCents: chosen.priceCents,
        austenderId: d.austenderId,
        reason: d.reason,
        notChosen: Object.fromEntries(responses.filter((r) => r !== chosen).map((r) => [r.id, d.notChosen[r.productSlug]])),
      },
      actor: ctx.staff,
      ip: null,
      now: at(d.decided),
      sample: true,
    }),
    "decide",
  );
}

export function seedApproaches(db: Db, today: IsoDate): void {
  if (db.select({ id: approaches.id }).from(approaches).where(eq(approaches.source, "sample")).limit(1).get()) return;
  const agency = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, FINANCE_AGENCY)).get();
  const staff = db.select({ id: users.id, agencyId: users.agencyId }).from(users).where(eq(users.email, DEMO_STAFF_EMAIL)).get();
  const demoRep = db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_PROVIDER_EMAIL)).get() ?? null;
  const plans = [OPEN_PLAN(addDays(today, 45)), DECIDED_PLAN(addDays(today, -25)), CLOSED_PLAN(addDays(today, 30))];
  const slugs = [...new Set(plans.flatMap((p) => p.products))];
  const rows = db
    .select({
      slug: products.slug,
      id: products.id,
      providerId: products.providerId,
      providerSlug: providers.slug,
      providerName: providers.name,
    })
    .from(products)
    .innerJoin(providers, eq(providers.id, products.providerId))
    .where(inArray(products.slug, slugs))
    .all();
  if (!agency || staff?.agencyId !== agency.id || rows.length !== slugs.length) return;
  const ctx: Ctx = { db, today, agencyId: agency.id, staff: { id: staff.id }, demoRep, product: new Map(rows.map((r) => [r.slug, r])) };

  // No other seeder sends mail, and a seed is not a real invitation: the domain e-mails invited
  // sellers' representatives (here the demo provider account) at each step, so the outbox rows this
  // run queued are removed again below, before any sender can deliver them.
  const lastMail =
    db
      .select({ id: max(outbox.id) })
      .from(outbox)
      .get()?.id ?? 0;
  try {
    runToClose(ctx, plans[0]);
    evaluateAndDecide(ctx, runToClose(ctx, plans[1]));
    runToClose(ctx, plans[2]);
  } catch (error) {
    // Each step commits on its own (the domain's transactions cannot nest in one of ours): undo a
    // partial run, so the next seed tries again rather than finding sample approaches and stopping.
    db.delete(approaches).where(eq(approaches.source, "sample")).run();
    throw error;
  } finally {
    db.delete(outbox).where(gt(outbox.id, lastMail)).run();
  }
}
