/**
 * The approach-to-market domain (app/approaches/*.server.ts) against a real migrated SQLite, on one
 * fixed clock: a draft is sent to three providers, a seller asks and every seller reads the answer,
 * the close is extended, responses come in (and are revised and withdrawn) up to the closing
 * second, a panel declares and scores, and the decision is frozen and debriefed. Each step's
 * refusals are tried at the moment they matter, and every step must be in the audit log.
 */
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createApproach, approachDetail, extendClose, sendApproach, type ApproachInput, type Outcome } from "~/approaches/approach.server";
import { formatCanberra } from "~/approaches/closing";
import { decide, decisionOf, parseRecord, type DecisionInput } from "~/approaches/decision.server";
import { addEvaluator, declareInterests, evaluationOf, removeEvaluator, saveScores } from "~/approaches/evaluation.server";
import { answerQuestion, askQuestion, publishedAnswers, questionsForBuyer } from "~/approaches/questions.server";
import { allResponses, ownResponses, submitResponse, withdrawResponse, type ResponseInput } from "~/approaches/responses.server";
import { connection, db } from "~db/client.server";
import {
  agencies,
  approachClosingChanges,
  approachDecisions,
  approachScores,
  approaches,
  auditLog,
  outbox,
  products,
  providers,
  users,
} from "~db/schema";
import { seedProcurementRules } from "../../seed/procurement-rules";
import { makeUser } from "../accounts/support";
import { purchase } from "../procurement/fixtures";

// ---- A small world, built row by row ---------------------------------------------------------

const TAG = "adom";
const IP = "203.0.113.9";

function provider(letter: string) {
  return db()
    .insert(providers)
    .values({ slug: `${TAG}-prov-${letter}`, name: `${TAG} Provider ${letter.toUpperCase()}` })
    .returning({ id: providers.id, name: providers.name })
    .get();
}

function product(providerId: number, slug: string) {
  return db()
    .insert(products)
    .values({ slug: `${TAG}-${slug}`, providerId, name: `${TAG} ${slug} service`, serviceModel: "SaaS", listedOn: "2024-01-01" })
    .returning({ id: products.id, name: products.name })
    .get();
}

async function staff(local: string, agencyId: number, domain = `${TAG}.gov.au`) {
  const id = await makeUser({ email: `${local}@${domain}`, displayName: `${local} person` });
  db().update(users).set({ agencyId }).where(eq(users.id, id)).run();
  return { id, email: `${local}@${domain}` };
}

async function rep(local: string, providerId: number, verified = true) {
  const email = `${local}@${TAG}-sellers.example.org`;
  return { id: await makeUser({ email, displayName: `${local} rep`, roles: ["provider_rep"], providerId, verified }), email, providerId };
}

let agencyId: number;
let provA: { id: number; name: string },
  provB: { id: number; name: string },
  provC: { id: number; name: string },
  provD: { id: number; name: string };
let pA1: { id: number; name: string },
  pA2: { id: number; name: string },
  pB1: { id: number; name: string },
  pC1: { id: number; name: string },
  pD1: { id: number; name: string };
let owner: { id: number; email: string },
  colleague: { id: number; email: string },
  conflicted: { id: number; email: string },
  latecomer: { id: number; email: string };
let otherAgencyStaff: { id: number; email: string };
let repA: Awaited<ReturnType<typeof rep>>, repAUnconfirmed: Awaited<ReturnType<typeof rep>>, repB: Awaited<ReturnType<typeof rep>>;
let repC: Awaited<ReturnType<typeof rep>>, repD: Awaited<ReturnType<typeof rep>>;

beforeAll(async () => {
  seedProcurementRules(db());
  agencyId = db()
    .insert(agencies)
    .values({ slug: `${TAG}-agency`, name: `${TAG} Agency` })
    .returning({ id: agencies.id })
    .get().id;
  const agencyB = db()
    .insert(agencies)
    .values({ slug: `${TAG}-agency-b`, name: `${TAG} Agency B` })
    .returning({ id: agencies.id })
    .get().id;
  [provA, provB, provC, provD] = ["a", "b", "c", "d"].map(provider);
  pA1 = product(provA.id, "a1");
  pA2 = product(provA.id, "a2");
  pB1 = product(provB.id, "b1");
  pC1 = product(provC.id, "c1");
  pD1 = product(provD.id, "d1");
  owner = await staff("owner", agencyId);
  colleague = await staff("colleague", agencyId);
  conflicted = await staff("conflicted", agencyId);
  latecomer = await staff("latecomer", agencyId);
  otherAgencyStaff = await staff("other", agencyB, `${TAG}-b.gov.au`);
  repA = await rep("rep-a", provA.id);
  repAUnconfirmed = await rep("rep-a-unconfirmed", provA.id, false);
  repB = await rep("rep-b", provB.id);
  repC = await rep("rep-c", provC.id);
  repD = await rep("rep-d", provD.id);
});

// ---- The clock -------------------------------------------------------------------------------

const DAY = 86_400_000;
const T0 = new Date("2026-11-02T00:00:00Z");
const C1 = "2026-12-10T03:00:00Z"; // 2:00 pm Thursday 10 December 2026, Canberra time (AEDT)
const C2 = "2026-12-17T03:00:00Z"; // the extended close, a week later
const at = (iso: string, ms = 0) => new Date(Date.parse(iso) + ms);
const afterT0 = (days: number) => new Date(T0.getTime() + days * DAY);

// ---- Helpers ---------------------------------------------------------------------------------

const CRITERIA: ApproachInput["criteria"] = [
  { name: "Meets the requirement", description: "How well", weight: 60, isPrice: false },
  { name: "Price", description: "Whole of life", weight: 40, isPrice: true },
];

function draft(title: string, { closesAt = C1, productIds }: { closesAt?: string; productIds: number[] }): number {
  return createApproach({
    owner: { id: owner.id },
    agencyId,
    shortlistId: null,
    purchase: purchase({ signingDate: "2026-12-20" }),
    input: {
      title,
      requirement: "A case management service for **200** staff.",
      pricingBasis: "200 users for 36 months",
      closesAt,
      criteria: CRITERIA,
      productIds,
    },
    ip: IP,
  });
}

function mailTo(address: string, titleLike: string) {
  return db()
    .select({ subject: outbox.subject, body: outbox.body })
    .from(outbox)
    .where(and(eq(outbox.toAddress, address), like(outbox.subject, `%${titleLike}%`)))
    .orderBy(outbox.id)
    .all();
}

function auditActions(id: number): string[] {
  return db()
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "approach"), eq(auditLog.entityId, String(id))))
    .orderBy(auditLog.id)
    .all()
    .map((r) => r.action);
}

const refusal = (o: Outcome) => (o.ok ? null : o.errors);
const response = (productId: number, priceCents: number, body = "We meet it."): ResponseInput => ({
  productId,
  priceCents,
  body,
  attachments: [],
});

// ---- The journey -----------------------------------------------------------------------------

const TITLE = `${TAG} case management`;
let id: number;

describe("creating and sending an approach", () => {
  it("creates a draft owned by its writer, who is its first evaluator", () => {
    id = draft(TITLE, { productIds: [pA1.id, pB1.id, pC1.id] });
    const detail = approachDetail(id, T0)!;
    expect(detail).toMatchObject({ state: "draft", ownerId: owner.id, sentAt: null, closesAt: C1 });
    expect(detail.criteria.map((c) => [c.name, c.weight, c.isPrice])).toEqual([
      ["Meets the requirement", 60, false],
      ["Price", 40, true],
    ]);
    expect(detail.invitations.map((i) => i.providerId).sort()).toEqual([provA.id, provB.id, provC.id].sort());
    expect(evaluationOf(id).evaluators.map((e) => e.userId)).toEqual([owner.id]);
    // Nothing is e-mailed while it is a draft.
    expect(mailTo(repA.email, TITLE)).toEqual([]);
  });

  it("sends it: the snapshot holds each listing with its rule results", () => {
    expect(sendApproach({ approachId: id, actor: owner, ip: IP, now: T0 })).toEqual({ ok: true });
    const row = db()
      .select({ status: approaches.status, sentAt: approaches.sentAt, snapshot: approaches.snapshot })
      .from(approaches)
      .where(eq(approaches.id, id))
      .get()!;
    expect(row.status).toBe("open");
    expect(row.sentAt).toBe("2026-11-02T00:00:00Z");
    const snapshot = row.snapshot as {
      takenAt: string;
      purchase: { signingDate: string };
      listings: { id: number; name: string; results: { key: string; outcome: string }[] }[];
    };
    expect(snapshot.takenAt).toBe(T0.toISOString());
    expect(snapshot.purchase.signingDate).toBe("2026-12-20");
    expect(snapshot.listings.map((l) => l.id).sort()).toEqual([pA1.id, pB1.id, pC1.id].sort());
    for (const listing of snapshot.listings) {
      expect(listing.results.length).toBeGreaterThan(0);
      for (const r of listing.results) expect(typeof r.key === "string" && typeof r.outcome === "string").toBe(true);
    }
    expect(approachDetail(id, T0)!.state).toBe("open");
  });

  it("e-mails the confirmed representatives of the invited providers only, with the close in Canberra time", () => {
    for (const r of [repA, repB, repC]) {
      const mail = mailTo(r.email, TITLE);
      expect(
        mail.map((m) => m.subject),
        r.email,
      ).toEqual([`Invitation to respond: ${TITLE}`]);
      expect(mail[0].body).toContain("Responses close at 2:00 pm Thursday 10 December 2026, Canberra time (AEDT).");
      expect(mail[0].body).toContain(`http://test/provider/approaches/${id}`);
    }
    expect(mailTo(repA.email, TITLE)[0].body).toContain(pA1.name);
    expect(mailTo(repB.email, TITLE)[0].body).not.toContain(pA1.name);
    expect(mailTo(repAUnconfirmed.email, TITLE)).toEqual([]);
    expect(mailTo(repD.email, TITLE)).toEqual([]);
  });

  it("refuses to send it again", () => {
    expect(refusal(sendApproach({ approachId: id, actor: owner, ip: IP, now: afterT0(1) }))).toEqual({
      "": "This approach has already been sent.",
    });
    expect(mailTo(repA.email, TITLE)).toHaveLength(1);
  });

  it("refuses to send a draft whose closing time has passed, and changes nothing", () => {
    const late = draft(`${TAG} too late`, { closesAt: "2026-11-01T00:00:00Z", productIds: [pA1.id] });
    expect(refusal(sendApproach({ approachId: late, actor: owner, ip: IP, now: T0 }))).toEqual({
      closeDate: "The closing time has passed: choose a later one before sending.",
    });
    expect(approachDetail(late, T0)).toMatchObject({ status: "draft", sentAt: null });
    expect(mailTo(repA.email, `${TAG} too late`)).toEqual([]);
    expect(auditActions(late)).toEqual(["approach.create"]);
  });
});

describe("questions and answers", () => {
  let questionId: number;

  it("takes a seller's question privately", () => {
    const asked = askQuestion({
      approachId: id,
      providerId: provA.id,
      question: `${provA.name} asks: must the service support single sign-on with our Entra ID?`,
      actor: repA,
      ip: IP,
      now: afterT0(1),
    });
    expect(asked).toEqual({ ok: true });
    // The person running it is told, without the asker named.
    const told = mailTo(owner.email, "A seller has asked a question");
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain(`/approaches/${id}#questions-heading`);
    expect(told[0].body).not.toContain(provA.name);
    const [q] = questionsForBuyer(id);
    expect(q).toMatchObject({ providerName: provA.name, answer: null });
    questionId = q.id;
    expect(publishedAnswers(id)).toEqual([]);
  });

  it("publishes the answer to every invited seller without naming the asker", () => {
    const answered = answerQuestion({
      approachId: id,
      questionId,
      publishedQuestion: "Must the service support single sign-on?",
      answer: "Yes, with SAML or OIDC.",
      actor: owner,
      ip: IP,
      now: afterT0(2),
    });
    expect(answered).toEqual({ ok: true });
    const published = publishedAnswers(id);
    expect(published).toEqual([
      {
        id: questionId,
        question: "Must the service support single sign-on?",
        answer: "Yes, with SAML or OIDC.",
        answeredAt: afterT0(2).toISOString(),
      },
    ]);
    expect(JSON.stringify(published)).not.toContain(provA.name);
    for (const r of [repA, repB, repC]) {
      const mail = mailTo(r.email, TITLE).filter((m) => m.subject === `A question has been answered: ${TITLE}`);
      expect(mail, r.email).toHaveLength(1);
      expect(mail[0].body).not.toContain(provA.name);
      expect(mail[0].body).not.toContain(pA1.name);
    }
    expect(mailTo(repAUnconfirmed.email, TITLE)).toEqual([]);
    expect(mailTo(repD.email, TITLE)).toEqual([]);
  });

  it("refuses to answer the same question twice", () => {
    const again = answerQuestion({
      approachId: id,
      questionId,
      publishedQuestion: "Changed?",
      answer: "No.",
      actor: owner,
      ip: IP,
      now: afterT0(3),
    });
    expect(refusal(again)).toEqual({ [`answer.${questionId}`]: "That question has already been answered for every seller." });
    expect(publishedAnswers(id)[0].answer).toBe("Yes, with SAML or OIDC.");
  });
});

describe("extending the close", () => {
  it("refuses a close that is not later than the current one", () => {
    for (const closesAt of [C1, "2026-12-09T03:00:00Z"]) {
      expect(Object.keys(refusal(extendClose({ approachId: id, closesAt, reason: "x", actor: owner, ip: IP, now: afterT0(3) }))!)).toEqual([
        "closeDate",
      ]);
    }
    expect(db().select().from(approachClosingChanges).where(eq(approachClosingChanges.approachId, id)).all()).toEqual([]);
  });

  it("moves the close later, records the change and e-mails every invited seller the new Canberra time", () => {
    expect(
      extendClose({ approachId: id, closesAt: C2, reason: "An addendum to the requirement", actor: owner, ip: IP, now: afterT0(4) }),
    ).toEqual({ ok: true });
    const detail = approachDetail(id, afterT0(4))!;
    expect(detail.closesAt).toBe(C2);
    expect(detail.closingChanges).toEqual([
      expect.objectContaining({ previousClosesAt: C1, closesAt: C2, reason: "An addendum to the requirement" }),
    ]);
    for (const r of [repA, repB, repC]) {
      const mail = mailTo(r.email, TITLE).filter((m) => m.subject === `Closing time extended: ${TITLE}`);
      expect(mail, r.email).toHaveLength(1);
      expect(mail[0].body).toContain(`Responses now close at ${formatCanberra(C2)}.`);
      expect(mail[0].body).toContain("2:00 pm Thursday 17 December 2026, Canberra time (AEDT)");
      expect(mail[0].body).toContain("Why: An addendum to the requirement");
    }
    expect(mailTo(repAUnconfirmed.email, TITLE)).toEqual([]);
    expect(mailTo(repD.email, TITLE)).toEqual([]);
  });
});

describe("responses up to the closing second", () => {
  it("takes a response and bumps its revision when revised", () => {
    expect(
      submitResponse({
        approachId: id,
        providerId: provA.id,
        input: response(pA1.id, 45_000_000, "First go"),
        actor: repA,
        ip: IP,
        now: afterT0(5),
      }),
    ).toEqual({ ok: true });
    expect(
      submitResponse({
        approachId: id,
        providerId: provA.id,
        input: response(pA1.id, 45_000_000, "Second go"),
        actor: repA,
        ip: IP,
        now: afterT0(6),
      }),
    ).toEqual({ ok: true });
    const [own] = ownResponses({ approachId: id, providerId: provA.id });
    expect(own).toMatchObject({
      productId: pA1.id,
      body: "Second go",
      revision: 2,
      status: "submitted",
      submittedAt: afterT0(5).toISOString(),
    });
  });

  it("refuses a product that is not invited, and another provider's product", () => {
    expect(
      refusal(
        submitResponse({ approachId: id, providerId: provA.id, input: response(pA2.id, 1000), actor: repA, ip: IP, now: afterT0(6) }),
      ),
    ).toEqual({
      productId: "That product is not invited to this approach.",
    });
    expect(
      Object.keys(
        refusal(
          submitResponse({ approachId: id, providerId: provD.id, input: response(pD1.id, 1000), actor: repD, ip: IP, now: afterT0(6) }),
        )!,
      ),
    ).toEqual(["productId"]);
    expect(
      Object.keys(
        refusal(
          submitResponse({ approachId: id, providerId: provB.id, input: response(pA1.id, 1000), actor: repB, ip: IP, now: afterT0(6) }),
        )!,
      ),
    ).toEqual(["productId"]);
    expect(allResponses(id).map((r) => r.productId)).toEqual([pA1.id]);
  });

  it("accepts a response at the old closing second, once the close is extended", () => {
    expect(
      submitResponse({ approachId: id, providerId: provB.id, input: response(pB1.id, 39_000_000), actor: repB, ip: IP, now: at(C1) }),
    ).toEqual({ ok: true });
    expect(
      submitResponse({ approachId: id, providerId: provC.id, input: response(pC1.id, 41_000_000), actor: repC, ip: IP, now: at(C1, 1000) }),
    ).toEqual({ ok: true });
  });

  it("lets a seller withdraw and resubmit before the close", () => {
    expect(
      withdrawResponse({ approachId: id, providerId: provB.id, productId: pB1.id, actor: repB, ip: IP, now: at(C1, 3_600_000) }),
    ).toEqual({ ok: true });
    expect(ownResponses({ approachId: id, providerId: provB.id })[0]).toMatchObject({ status: "withdrawn", revision: 1 });
    expect(allResponses(id, ["submitted"]).map((r) => r.productId)).not.toContain(pB1.id);
    expect(
      refusal(withdrawResponse({ approachId: id, providerId: provB.id, productId: pB1.id, actor: repB, ip: IP, now: at(C1, 3_600_001) })),
    ).toEqual({
      "": "There is no submitted response for that product to withdraw.",
    });
    expect(
      submitResponse({
        approachId: id,
        providerId: provB.id,
        input: response(pB1.id, 39_000_000, "Back in"),
        actor: repB,
        ip: IP,
        now: at(C1, 7_200_000),
      }),
    ).toEqual({ ok: true });
    expect(ownResponses({ approachId: id, providerId: provB.id })[0]).toMatchObject({ status: "submitted", revision: 2, body: "Back in" });
  });

  it("accepts a revision a millisecond before the close and refuses one at the closing second", () => {
    expect(
      submitResponse({
        approachId: id,
        providerId: provA.id,
        input: response(pA1.id, 45_000_000, "Final"),
        actor: repA,
        ip: IP,
        now: at(C2, -1),
      }),
    ).toEqual({ ok: true });
    const late = submitResponse({
      approachId: id,
      providerId: provA.id,
      input: response(pA1.id, 1, "Too late"),
      actor: repA,
      ip: IP,
      now: at(C2),
    });
    expect(refusal(late)).toEqual({ "": "Responses closed at the closing time: nothing can be submitted, changed or withdrawn after it." });
    expect(ownResponses({ approachId: id, providerId: provA.id })[0]).toMatchObject({ body: "Final", revision: 3, priceCents: 45_000_000 });
  });

  it("refuses a withdrawal, a new question and an extension after the close", () => {
    expect(
      refusal(withdrawResponse({ approachId: id, providerId: provC.id, productId: pC1.id, actor: repC, ip: IP, now: at(C2, 1000) })),
    ).toEqual({
      "": "Responses closed at the closing time: nothing can be submitted, changed or withdrawn after it.",
    });
    expect(ownResponses({ approachId: id, providerId: provC.id })[0].status).toBe("submitted");
    expect(
      refusal(askQuestion({ approachId: id, providerId: provC.id, question: "Late?", actor: repC, ip: IP, now: at(C2, 1000) })),
    ).not.toBeNull();
    expect(
      refusal(extendClose({ approachId: id, closesAt: "2026-12-24T03:00:00Z", reason: "x", actor: owner, ip: IP, now: at(C2, 1000) })),
    ).toEqual({
      "": "Only an approach that is still open can have its close extended.",
    });
    expect(approachDetail(id, at(C2, 1000))).toMatchObject({ state: "closed", closesAt: C2 });
  });

  it("shows each seller only their own responses", () => {
    expect(ownResponses({ approachId: id, providerId: provB.id }).map((r) => r.productId)).toEqual([pB1.id]);
    expect(ownResponses({ approachId: id, providerId: provD.id })).toEqual([]);
  });
});

describe("the evaluation panel", () => {
  it("adds a colleague from the same agency by e-mail, once", () => {
    expect(addEvaluator({ approachId: id, agencyId, email: colleague.email, actor: owner, ip: IP, now: afterT0(5) })).toEqual({ ok: true });
    expect(
      Object.keys(refusal(addEvaluator({ approachId: id, agencyId, email: colleague.email, actor: owner, ip: IP, now: afterT0(5) }))!),
    ).toEqual(["email"]);
    expect(addEvaluator({ approachId: id, agencyId, email: conflicted.email, actor: owner, ip: IP, now: afterT0(5) })).toEqual({
      ok: true,
    });
  });

  it("refuses staff of another agency, an unknown address and a seller's representative", () => {
    for (const email of [otherAgencyStaff.email, `nobody@${TAG}.gov.au`, repA.email]) {
      expect(refusal(addEvaluator({ approachId: id, agencyId, email, actor: owner, ip: IP, now: afterT0(5) })), email).toEqual({
        email: "Enter the e-mail address of a colleague in your agency who has a Cloud Exchange account.",
      });
    }
    expect(
      evaluationOf(id)
        .evaluators.map((e) => e.userId)
        .sort(),
    ).toEqual([owner.id, colleague.id, conflicted.id].sort());
  });

  it("takes each evaluator's declaration once only", () => {
    expect(declareInterests({ approachId: id, conflict: false, declaration: "", actor: owner, ip: IP, now: afterT0(6) })).toEqual({
      ok: true,
    });
    expect(declareInterests({ approachId: id, conflict: false, declaration: "", actor: colleague, ip: IP, now: afterT0(6) })).toEqual({
      ok: true,
    });
    expect(
      declareInterests({
        approachId: id,
        conflict: true,
        declaration: "My partner works for Provider B.",
        actor: conflicted,
        ip: IP,
        now: afterT0(6),
      }),
    ).toEqual({ ok: true });
    expect(
      refusal(declareInterests({ approachId: id, conflict: false, declaration: "", actor: conflicted, ip: IP, now: afterT0(7) })),
    ).toEqual({ "": "You have already made your declaration." });
    expect(
      refusal(declareInterests({ approachId: id, conflict: false, declaration: "", actor: otherAgencyStaff, ip: IP, now: afterT0(7) })),
    ).not.toBeNull();
    expect(evaluationOf(id).evaluators.find((e) => e.userId === conflicted.id)).toMatchObject({
      conflict: true,
      declaration: "My partner works for Provider B.",
    });
  });
});

describe("scoring", () => {
  const AFTER = at(C2, DAY);
  let fit: number, price: number;
  const responseFor = (productId: number) => allResponses(id, ["submitted"]).find((r) => r.productId === productId)!.id;
  const score = (actor: { id: number }, productId: number, scores: [number, number] | [number], now = AFTER) =>
    saveScores({
      approachId: id,
      responseId: responseFor(productId),
      scores: scores.map((s, i) => ({ criterionId: i === 0 ? fit : price, score: s, comment: `comment ${s}` })),
      actor,
      ip: IP,
      now,
    });

  beforeAll(() => {
    [fit, price] = approachDetail(id)!.criteria.map((c) => c.id);
  });

  it("refuses scores before the close", () => {
    expect(refusal(score(owner, pA1.id, [9, 8], at(C2, -1)))).toEqual({ "": "Responses can be scored only once the approach has closed." });
    expect(
      db()
        .select()
        .from(approachScores)
        .all()
        .filter((s) => s.evaluatorId === owner.id),
    ).toEqual([]);
  });

  it("refuses a score out of range, next to its criterion, and saves none of the set", () => {
    expect(refusal(score(owner, pA1.id, [9, 11]))).toEqual({ [`score.${price}`]: "Scores are whole numbers from 0 to 10." });
    expect(Object.keys(refusal(score(owner, pA1.id, [-1]))!)).toEqual([`score.${fit}`]);
    expect(evaluationOf(id).scores).toEqual([]);
  });

  it("refuses a conflicted evaluator and someone not on the panel", () => {
    expect(refusal(score(conflicted, pA1.id, [0, 0]))).toEqual({
      "": "You declared a conflict of interest, so you stand aside from scoring.",
    });
    expect(refusal(score(latecomer, pA1.id, [0, 0]))).toEqual({ "": "Only the evaluators the buyer named can score responses." });
  });

  it("ranks the complete responses by weighted mean, leaving a partly scored one unranked", () => {
    expect(score(owner, pA1.id, [9, 8])).toEqual({ ok: true });
    expect(score(owner, pB1.id, [6, 9])).toEqual({ ok: true });
    expect(score(owner, pC1.id, [5, 5])).toEqual({ ok: true });
    expect(score(colleague, pA1.id, [7, 8])).toEqual({ ok: true });
    expect(score(colleague, pB1.id, [6])).toEqual({ ok: true });
    const { results } = evaluationOf(id);
    const of = (productId: number) => results.find((r) => r.responseId === responseFor(productId))!;
    expect(of(pA1.id)).toMatchObject({ total: 80, rank: 1, missing: 0 });
    expect(of(pB1.id)).toMatchObject({ total: null, rank: null, missing: 1 });
    expect(of(pC1.id)).toMatchObject({ total: null, rank: null, missing: 2 });
  });

  it("does not count a conflicted evaluator's scores, even ones that reached the table", () => {
    // As if scored before the declaration: the panel's totals must not move.
    db()
      .insert(approachScores)
      .values({ responseId: responseFor(pA1.id), criterionId: fit, evaluatorId: conflicted.id, score: 0, comment: "" })
      .run();
    const a = evaluationOf(id).results.find((r) => r.responseId === responseFor(pA1.id))!;
    expect(a).toMatchObject({ total: 80, missing: 0 });
    expect(a.criteria.find((c) => c.criterionId === fit)).toEqual({ criterionId: fit, mean: 8, scored: 2 });
  });
});

describe("the decision", () => {
  const AFTER = at(C2, 2 * DAY);
  let rA: number, rB: number, rC: number;
  const award = (responseId: number, notChosen: Record<number, string>, now = AFTER): Outcome =>
    decide({
      approachId: id,
      input: {
        outcome: "awarded",
        responseId,
        contractValueCents: 48_000_000,
        austenderId: "CN3912345",
        reason: "Best value for money",
        notChosen,
      } satisfies DecisionInput,
      actor: owner,
      ip: IP,
      now,
    });

  beforeAll(() => {
    const byProduct = new Map(allResponses(id, ["submitted"]).map((r) => [r.productId, r.id]));
    [rA, rB, rC] = [byProduct.get(pA1.id)!, byProduct.get(pB1.id)!, byProduct.get(pC1.id)!];
  });

  it("refuses a decision before the close", () => {
    expect(refusal(award(rA, { [rB]: "x", [rC]: "y" }, at(C2, -1)))).toEqual({
      "": "The decision can be recorded only after the approach has closed.",
    });
  });

  it("refuses while an evaluator has not declared, naming them", () => {
    expect(addEvaluator({ approachId: id, agencyId, email: latecomer.email, actor: owner, ip: IP, now: AFTER })).toEqual({ ok: true });
    expect(refusal(award(rA, { [rB]: "x", [rC]: "y" }))).toEqual({
      "": "Every evaluator must declare their interests first: latecomer person still to declare.",
    });
    expect(removeEvaluator({ approachId: id, userId: latecomer.id, ownerId: owner.id, actor: owner, ip: IP })).toEqual({ ok: true });
  });

  it("refuses to award a response that is not fully scored, or one that was never received", () => {
    expect(refusal(award(rB, { [rA]: "x", [rC]: "y" }))).toEqual({
      responseId: "Finish scoring the chosen response on every criterion before awarding it.",
    });
    expect(refusal(award(999_999, { [rA]: "x", [rB]: "y", [rC]: "z" }))).toEqual({ responseId: "Choose one of the responses received." });
  });

  it("needs a reason for each response not chosen", () => {
    const scoreRest = (actor: { id: number }, responseId: number, s: [number, number]) => {
      const [fit, price] = approachDetail(id)!.criteria.map((c) => c.id);
      return saveScores({
        approachId: id,
        responseId,
        scores: [
          { criterionId: fit, score: s[0], comment: "" },
          { criterionId: price, score: s[1], comment: "" },
        ],
        actor,
        ip: IP,
        now: AFTER,
      });
    };
    expect(scoreRest(colleague, rB, [6, 7])).toEqual({ ok: true });
    expect(scoreRest(colleague, rC, [5, 5])).toEqual({ ok: true });
    expect(refusal(award(rA, { [rB]: "Dearer on support", [rC]: "   " }))).toEqual({
      [`notChosen.${rC}`]: `Say why the response for ${pC1.name} was not chosen: the seller is told.`,
    });
    expect(decisionOf(id)).toBeNull();
    expect(approachDetail(id, AFTER)!.state).toBe("closed");
  });

  it("records the award with a canonical JSON record whose SHA-256 is the stored checksum", () => {
    expect(award(rA, { [rB]: "Dearer on support", [rC]: "Did not offer single sign-on" })).toEqual({ ok: true });
    const decision = decisionOf(id)!;
    expect(decision).toMatchObject({
      outcome: "awarded",
      responseId: rA,
      productId: pA1.id,
      contractValueCents: 48_000_000,
      austenderId: "CN3912345",
    });
    expect(canonicalize(JSON.parse(decision.record))).toBe(decision.record);
    expect(createHash("sha256").update(decision.record, "utf8").digest("hex")).toBe(decision.checksum);
    expect(approachDetail(id, AFTER)!.state).toBe("decided");
  });

  it("freezes the snapshot, the questions and answers, the responses, the scores and the decision in the record", () => {
    const record = parseRecord(decisionOf(id)!);
    expect(record.format).toBe("cloud-exchange/approach-decision-record@1");
    expect(record.approach).toMatchObject({
      id,
      title: TITLE,
      closesAt: C2,
      closingChanges: [expect.objectContaining({ previousClosesAt: C1, closesAt: C2 })],
    });
    expect(record.sentWith!.listings.map((l) => l.name).sort()).toEqual([pA1.name, pB1.name, pC1.name].sort());
    expect(record.sentWith!.listings.every((l) => l.results.length > 0)).toBe(true);
    expect(record.questions).toEqual([
      expect.objectContaining({
        askedBy: provA.name,
        publishedQuestion: "Must the service support single sign-on?",
        answer: "Yes, with SAML or OIDC.",
      }),
    ]);
    expect(record.responses.map((r) => [r.id, r.priceCents, r.status]).sort()).toEqual(
      [
        [rA, 45_000_000, "submitted"],
        [rB, 39_000_000, "submitted"],
        [rC, 41_000_000, "submitted"],
      ].sort(),
    );
    // Owner 3 x 2 + colleague 3 x 2 + the conflicted evaluator's stray one.
    expect(record.scores).toHaveLength(13);
    expect(record.results.map((r) => [r.responseId, r.total, r.rank])).toEqual([
      [rA, 80, 1],
      [rB, 68, 2],
      [rC, 50, 3],
    ]);
    expect(record.evaluators.find((e) => e.name === "conflicted person")).toMatchObject({ conflict: true });
    expect(record.decision).toMatchObject({
      outcome: "awarded",
      responseId: rA,
      provider: provA.name,
      contractValueCents: 48_000_000,
      reason: "Best value for money",
      decidedBy: "owner person",
      decidedAt: AFTER.toISOString(),
    });
    expect(record.decision.notChosen).toEqual(
      expect.arrayContaining([
        { responseId: rB, product: pB1.name, reason: "Dearer on support" },
        { responseId: rC, product: pC1.name, reason: "Did not offer single sign-on" },
      ]),
    );
  });

  it("refuses a second decision, new scores and a changed panel", () => {
    expect(refusal(award(rB, { [rA]: "x", [rC]: "y" }))).toEqual({
      "": "The decision is already recorded, and a decision record never changes.",
    });
    const [fit] = approachDetail(id)!.criteria.map((c) => c.id);
    expect(
      refusal(
        saveScores({
          approachId: id,
          responseId: rB,
          scores: [{ criterionId: fit, score: 10, comment: "" }],
          actor: owner,
          ip: IP,
          now: at(C2, 3 * DAY),
        }),
      ),
    ).toEqual({
      "": "The decision is recorded: scores can no longer change.",
    });
    expect(
      Object.keys(refusal(addEvaluator({ approachId: id, agencyId, email: latecomer.email, actor: owner, ip: IP, now: at(C2, 3 * DAY) }))!),
    ).toEqual(["email"]);
    expect(decisionOf(id)!.responseId).toBe(rA);
  });

  it("has the database refuse any UPDATE or DELETE of a decision row, unless it is a sample one being deleted", () => {
    const sqlite = connection().sqlite;
    expect(() => sqlite.prepare("UPDATE approach_decisions SET reason = 'changed' WHERE approach_id = ?").run(id)).toThrow(/final/);
    expect(() => sqlite.prepare("UPDATE approach_decisions SET sample = 1 WHERE approach_id = ?").run(id)).toThrow(/final/);
    expect(() => sqlite.prepare("DELETE FROM approach_decisions WHERE approach_id = ?").run(id)).toThrow(/final/);
    // Removing the approach would cascade to its record: refused too.
    expect(() => sqlite.prepare("DELETE FROM approaches WHERE id = ?").run(id)).toThrow(/final/);
    expect(decisionOf(id)!.reason).toBe("Best value for money");

    const sampleApproach = draft(`${TAG} sample`, { productIds: [pA1.id] });
    db()
      .insert(approachDecisions)
      .values({
        approachId: sampleApproach,
        outcome: "no_award",
        reason: "Sample",
        decidedAt: AFTER.toISOString(),
        record: "{}",
        checksum: "x",
        sample: true,
      })
      .run();
    expect(() => sqlite.prepare("UPDATE approach_decisions SET reason = 'changed' WHERE approach_id = ?").run(sampleApproach)).toThrow(
      /final/,
    );
    expect(sqlite.prepare("DELETE FROM approach_decisions WHERE approach_id = ?").run(sampleApproach).changes).toBe(1);
  });
});

describe("outcome e-mails", () => {
  const outcomeMail = (address: string) =>
    mailTo(address, TITLE).filter((m) => /^(Outcome and debrief|Your response was chosen)/.test(m.subject));

  it("tells the chosen seller, with the contract value", () => {
    const [mail] = outcomeMail(repA.email);
    expect(mail.subject).toBe(`Your response was chosen: ${TITLE}`);
    expect(mail.body).toContain("Contract value: $480,000 (GST inclusive).");
  });

  it("debriefs an unsuccessful seller with their own criterion means, total, rank and reason", () => {
    const mails = outcomeMail(repB.email);
    expect(mails.map((m) => m.subject)).toEqual([`Outcome and debrief: ${TITLE}`]);
    const body = mails[0].body;
    expect(body).toContain(`Your response for ${pB1.name} was not chosen.`);
    expect(body).toContain("- Meets the requirement (weight 60%): 6");
    // Price: the owner's 9 and the colleague's 7.
    expect(body).toContain("- Price (weight 40%): 8");
    expect(body).toContain("Weighted total: 68 out of 100, ranked 2 of 3.");
    expect(body).toContain("Why it was not chosen: Dearer on support");
  });

  it("never tells one seller the winner's price or another seller's reason", () => {
    const b = outcomeMail(repB.email)[0].body;
    const c = outcomeMail(repC.email)[0].body;
    for (const winnerPrice of ["450,000", "450000", "45000000"]) {
      expect(b).not.toContain(winnerPrice);
      expect(c).not.toContain(winnerPrice);
    }
    expect(b).not.toContain("480,000");
    expect(b).not.toContain("Did not offer single sign-on");
    expect(c).toContain("Why it was not chosen: Did not offer single sign-on");
    expect(c).not.toContain("Dearer on support");
    expect(c).toContain("Weighted total: 50 out of 100, ranked 3 of 3.");
  });

  it("sends nothing to an unconfirmed address or to a provider that was not invited", () => {
    expect(mailTo(repAUnconfirmed.email, TAG)).toEqual([]);
    expect(mailTo(repD.email, TAG)).toEqual([]);
  });
});

describe("the audit log", () => {
  it("has a row for every step", () => {
    const actions = auditActions(id);
    for (const action of [
      "approach.create",
      "approach.send",
      "approach.ask_question",
      "approach.answer_question",
      "approach.extend_close",
      "approach.submit_response",
      "approach.revise_response",
      "approach.withdraw_response",
      "approach.add_evaluator",
      "approach.remove_evaluator",
      "approach.declare_interests",
      "approach.score",
      "approach.decide",
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(actions.filter((a) => a === "approach.declare_interests")).toHaveLength(3);
    expect(actions.filter((a) => a === "approach.decide")).toHaveLength(1);
    // Refused steps leave no trace: one send, one answer, one extension.
    expect(actions.filter((a) => a === "approach.send")).toHaveLength(1);
    expect(actions.filter((a) => a === "approach.answer_question")).toHaveLength(1);
    expect(actions.filter((a) => a === "approach.extend_close")).toHaveLength(1);
  });

  it("records who did each step and from where", () => {
    const rows = db()
      .select({ action: auditLog.action, actor: auditLog.actorUserId, ip: auditLog.ip })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "approach"), eq(auditLog.entityId, String(id))))
      .all();
    expect(rows.find((r) => r.action === "approach.decide")).toEqual({ action: "approach.decide", actor: owner.id, ip: IP });
    expect(rows.find((r) => r.action === "approach.ask_question")).toEqual({ action: "approach.ask_question", actor: repA.id, ip: IP });
    expect(rows.filter((r) => r.action === "approach.withdraw_response").map((r) => r.actor)).toEqual([repB.id]);
  });
});

describe("no award", () => {
  const NO_AWARD = `${TAG} no award`;

  it("records no award with its reason, asks a reason for every response, and tells each seller", () => {
    const other = draft(NO_AWARD, { productIds: [pB1.id, pC1.id] });
    expect(sendApproach({ approachId: other, actor: owner, ip: IP, now: T0 })).toEqual({ ok: true });
    for (const [r, p] of [
      [repB, pB1],
      [repC, pC1],
    ] as const) {
      expect(
        submitResponse({
          approachId: other,
          providerId: r.providerId,
          input: response(p.id, 90_000_000),
          actor: r,
          ip: IP,
          now: afterT0(3),
        }),
      ).toEqual({ ok: true });
    }
    expect(declareInterests({ approachId: other, conflict: false, declaration: "", actor: owner, ip: IP, now: afterT0(3) })).toEqual({
      ok: true,
    });
    const [rB, rC] = [pB1.id, pC1.id].map((productId) => allResponses(other).find((r) => r.productId === productId)!.id);
    const noAward = (notChosen: Record<number, string>) =>
      decide({
        approachId: other,
        input: { outcome: "no_award", reason: "Every price was over budget", notChosen },
        actor: owner,
        ip: IP,
        now: at(C1, DAY),
      });

    // Nothing was scored, and no award needs no scores; but every seller needs their reason.
    expect(Object.keys(refusal(noAward({ [rB]: "Over budget" }))!)).toEqual([`notChosen.${rC}`]);
    expect(noAward({ [rB]: "Over budget", [rC]: "Far over budget" })).toEqual({ ok: true });

    const decision = decisionOf(other)!;
    expect(decision).toMatchObject({
      outcome: "no_award",
      responseId: null,
      productId: null,
      contractValueCents: null,
      austenderId: null,
      reason: "Every price was over budget",
    });
    expect(createHash("sha256").update(decision.record, "utf8").digest("hex")).toBe(decision.checksum);
    expect(parseRecord(decision).results.every((r) => r.total === null && r.rank === null)).toBe(true);
    const [b] = mailTo(repB.email, NO_AWARD).filter((m) => m.subject.startsWith("Outcome and debrief"));
    expect(b.body).toContain("No contract was awarded.");
    expect(b.body).toContain("Your response was not fully scored.");
    expect(b.body).toContain("Why it was not chosen: Over budget");
    expect(b.body).not.toContain("Far over budget");
  });
});
