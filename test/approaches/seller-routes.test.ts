/**
 * The seller's side of an approach to market, through /provider/approaches and
 * /provider/approaches/:id with real Requests over real SQLite: who may read and act (an invited
 * provider's representatives, once sent; 404 for everyone else), questions answered for every seller
 * without naming the asker, responses submitted, revised and withdrawn, bad input refused with what
 * was typed kept, sellers never reading each other's responses, and the close decided by the
 * server's clock, to the millisecond.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createApproach, criteriaOf, sendApproach, type ApproachInput } from "~/approaches/approach.server";
import { decide } from "~/approaches/decision.server";
import { declareInterests, saveScores } from "~/approaches/evaluation.server";
import { answerQuestion, questionsForBuyer } from "~/approaches/questions.server";
import { allResponses, ownResponses, submitResponse } from "~/approaches/responses.server";
import { loader as dashboardLoader } from "~/routes/provider._index";
import { loader as listLoader } from "~/routes/provider.approaches._index";
import { action as sellerAction, loader as sellerLoader } from "~/routes/provider.approaches.$id";
import { db } from "~db/client.server";
import { approachResponses, approaches, products, providers } from "~db/schema";
import { makeUser, signIn } from "../accounts/support";
import { purchase } from "../procurement/fixtures";
import { buildWorld, call, get, post, type Browser } from "../reviews/fixtures";
import { replyErrors, replyValues } from "../support/form-reply";

const HOUR = 3_600_000;
const utc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

let world: Awaited<ReturnType<typeof buildWorld>>;
let productB: number;
let repA: Browser;
let repB: Browser;
let repC: Browser;
let staffId: number;

function input(productIds: number[], closesAt = utc(Date.now() + 7 * 24 * HOUR)): ApproachInput {
  return {
    title: "Case management platform for the Office",
    requirement: "## What we need\n\nA case management platform for **200** staff.<script>alert(1)</script>",
    pricingBasis: "200 users for 24 months",
    closesAt,
    criteria: [
      { name: "Meets the requirement", description: "How fully it does the job.", weight: 70, isPrice: false },
      { name: "Price", description: "Whole-of-life price.", weight: 30, isPrice: true },
    ],
    productIds,
  };
}

function newApproach({ send = true, closesAt }: { send?: boolean; closesAt?: string } = {}): number {
  const id = createApproach({
    owner: { id: staffId },
    agencyId: world.agencyId,
    shortlistId: null,
    purchase: purchase(),
    input: input([world.product.id, productB], closesAt),
    ip: null,
  });
  if (send) expect(sendApproach({ approachId: id, actor: { id: staffId }, ip: null })).toEqual({ ok: true });
  return id;
}

const page = (id: number, browser: Browser) => call(sellerLoader as never, get(`/provider/approaches/${id}`, browser), { id: String(id) });
const act = (id: number, fields: Record<string, string>, browser: Browser) =>
  call(sellerAction as never, post(`/provider/approaches/${id}`, fields, browser), { id: String(id) });
const respond = (id: number, productId: number, price: string, body: string, browser: Browser, extra: Record<string, string> = {}) =>
  act(id, { intent: "respond", productId: String(productId), price, body, ...extra }, browser);

async function pageData(id: number, browser: Browser) {
  const res = await page(id, browser);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, data: JSON.parse(text) };
}

function responseRow(approachId: number, productId: number) {
  return db()
    .select({
      priceCents: approachResponses.priceCents,
      body: approachResponses.body,
      revision: approachResponses.revision,
      status: approachResponses.status,
    })
    .from(approachResponses)
    .where(and(eq(approachResponses.approachId, approachId), eq(approachResponses.productId, productId)))
    .get();
}

beforeAll(async () => {
  world = await buildWorld("seller");
  staffId = world.ids.staff;
  productB = db()
    .insert(products)
    .values({ slug: "seller-product-b", providerId: world.providerB, name: "Bravo Cases", serviceModel: "SaaS", listedOn: "2024-01-01" })
    .returning({ id: products.id })
    .get().id;
  const providerC = db()
    .insert(providers)
    .values({ slug: "seller-prov-c", name: "seller Provider C" })
    .returning({ id: providers.id })
    .get().id;
  const repCId = await makeUser({ email: "rep-c@provider-c.example.org", roles: ["provider_rep"], providerId: providerC });
  repA = signIn(world.ids.rep);
  repB = signIn(world.ids.otherRep);
  repC = signIn(repCId);
});

describe("who may read and act on a seller's approach page", () => {
  it("is 404 to a representative of a provider that was not invited, on GET and POST, and absent from their lists", async () => {
    const id = newApproach();
    expect((await page(id, repC)).status).toBe(404);
    const res = await act(id, { intent: "ask", question: "Can we respond anyway?" }, repC);
    expect(res.status).toBe(404);
    expect(questionsForBuyer(id)).toEqual([]);
    const res2 = await respond(id, world.product.id, "100", "Sneaky", repC);
    expect(res2.status).toBe(404);
    expect(responseRow(id, world.product.id)).toBeUndefined();
    const list = await (await call(listLoader as never, get("/provider/approaches", repC))).json();
    expect(list.approaches.map((a: { id: number }) => a.id)).not.toContain(id);
  });

  it("is 403 to people who are not provider representatives, and sends the anonymous to sign in", async () => {
    const id = newApproach();
    const staff = signIn(staffId);
    expect((await page(id, staff)).status).toBe(403);
    expect((await act(id, { intent: "ask", question: "Hello?" }, staff)).status).toBe(403);
    expect((await call(listLoader as never, get("/provider/approaches", staff))).status).toBe(403);
    const anon = await page(id, { cookie: "", csrf: null });
    expect(anon.status).toBe(302);
    expect(anon.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("is 404 to an invited seller while the approach is a draft, and a draft is never listed", async () => {
    const id = newApproach({ send: false });
    expect((await page(id, repA)).status).toBe(404);
    expect((await act(id, { intent: "ask", question: "Is this real?" }, repA)).status).toBe(404);
    expect((await respond(id, world.product.id, "100", "Early bird", repA)).status).toBe(404);
    expect(responseRow(id, world.product.id)).toBeUndefined();
    const list = await (await call(listLoader as never, get("/provider/approaches", repA))).json();
    expect(list.approaches.map((a: { id: number }) => a.id)).not.toContain(id);
  });

  it("lists a sent approach to each invited seller, open first, with its agency and close, and on the dashboard", async () => {
    const id = newApproach();
    const list = await (await call(listLoader as never, get("/provider/approaches", repB))).json();
    const mine = list.approaches.find((a: { id: number }) => a.id === id);
    expect(mine).toMatchObject({
      title: "Case management platform for the Office",
      agencyName: "seller Agency",
      state: "open",
      responded: 0,
    });
    expect(mine.timeLeft).toMatch(/^(6|7) days left$/);
    expect(list.approaches[0].state).toBe("open");
    const dash = await (await call(dashboardLoader as never, get("/provider", repB))).json();
    expect(dash.invitations.map((a: { id: number }) => a.id)).toContain(id);
  });

  it("shows the requirement sanitised, what to price and the criteria, but not who else is invited", async () => {
    const id = newApproach();
    const { text, data } = await pageData(id, repA);
    expect(data.requirementHtml).toContain("<strong>200</strong>");
    expect(data.requirementHtml).not.toContain("<script");
    expect(data.approach.pricingBasis).toBe("200 users for 24 months");
    expect(data.approach.criteria.map((c: { name: string; weight: number }) => [c.name, c.weight])).toEqual([
      ["Meets the requirement", 70],
      ["Price", 30],
    ]);
    expect(data.products.map((p: { productId: number }) => p.productId)).toEqual([world.product.id]);
    expect(text).not.toContain("Bravo Cases");
    expect(text).not.toContain("seller Provider B");
  });
});

describe("questions and answers", () => {
  it("goes privately to the buyer, and the answer reaches both sellers without naming the asker", async () => {
    const id = newApproach();
    const asked = await act(id, { intent: "ask", question: "Does Alpha's SSO connector count as meeting requirement 3?" }, repA);
    expect(asked.status).toBe(302);
    expect(asked.headers.get("Location")).toBe(`/provider/approaches/${id}?done=asked`);
    const [q] = questionsForBuyer(id);
    expect(q).toMatchObject({ providerName: "seller Provider A", answeredAt: null });

    const before = (await pageData(id, repA)).data;
    expect(before.questions).toEqual([expect.objectContaining({ question: q.question, answered: false })]);
    expect((await pageData(id, repB)).data.questions).toEqual([]);

    const answered = answerQuestion({
      approachId: id,
      questionId: q.id,
      publishedQuestion: "Does a single sign-on connector count as meeting requirement 3?",
      answer: "Yes, if it supports SAML 2.0.",
      actor: { id: staffId },
      ip: null,
    });
    expect(answered).toEqual({ ok: true });
    for (const browser of [repA, repB]) {
      const { text, data } = await pageData(id, browser);
      expect(data.answers).toEqual([
        expect.objectContaining({
          question: "Does a single sign-on connector count as meeting requirement 3?",
          answer: "Yes, if it supports SAML 2.0.",
        }),
      ]);
      expect(text).not.toContain("seller Provider A");
      expect(text).not.toContain("rep-seller@provider-a");
    }
    expect((await pageData(id, repA)).data.questions[0].answered).toBe(true);
    // The asker's own wording stays between them and the buyer.
    expect((await pageData(id, repB)).text).not.toContain("Alpha's SSO connector");
  });

  it("refuses an empty question with the message beside the field", async () => {
    const id = newApproach();
    const res = await act(id, { intent: "ask", question: "   " }, repA);
    expect(res.status).toBe(400);
    expect(replyErrors(await res.json()).question).toBe("Write your question");
    expect(questionsForBuyer(id)).toEqual([]);
  });
});

describe("responses", () => {
  it("submits, revises (revision 2) and withdraws a response, showing each on the page", async () => {
    const id = newApproach();
    const fields = { "attachments[0].label": "Security pack", "attachments[0].url": "https://alpha.example.com/pack.pdf" };
    const first = await respond(id, world.product.id, "$125,000.50", "We meet every requirement.", repA, fields);
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe(`/provider/approaches/${id}?done=submitted`);
    expect(responseRow(id, world.product.id)).toEqual({
      priceCents: 12_500_050,
      body: "We meet every requirement.",
      revision: 1,
      status: "submitted",
    });

    const revised = await respond(id, world.product.id, "120000", "We meet every requirement, for less.", repA);
    expect(revised.status).toBe(302);
    expect(responseRow(id, world.product.id)).toEqual({
      priceCents: 12_000_000,
      body: "We meet every requirement, for less.",
      revision: 2,
      status: "submitted",
    });
    const shown = (await pageData(id, repA)).data.products[0].response;
    expect(shown).toMatchObject({ revision: 2, status: "submitted", body: "We meet every requirement, for less.", priceCents: 12_000_000 });
    expect(shown.updatedAt).toEqual(expect.any(String));

    const withdrawn = await act(id, { intent: "withdraw", productId: String(world.product.id) }, repA);
    expect(withdrawn.status).toBe(302);
    expect(withdrawn.headers.get("Location")).toBe(`/provider/approaches/${id}?done=withdrawn`);
    expect(responseRow(id, world.product.id)?.status).toBe("withdrawn");
    const again = await act(id, { intent: "withdraw", productId: String(world.product.id) }, repA);
    expect(again.status).toBe(409);
    expect(replyErrors(await again.json()).form).toMatch(/no submitted response/);
  });

  it.each(["abc", "-5", ""])("refuses the price %j beside the price field, keeps the typed body and stores nothing", async (price) => {
    const id = newApproach();
    const res = await respond(id, productB, price, "Our carefully written response.", repB);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(replyErrors(body).price).toMatch(/Enter the price|Enter your price/);
    expect(replyValues(body).body).toBe("Our carefully written response.");
    expect(replyValues(body).intent).toBe("respond");
    expect(replyValues(body).productId).toBe(String(productB));
    expect(responseRow(id, productB)).toBeUndefined();
  });

  it("refuses a response for another provider's product", async () => {
    const id = newApproach();
    const res = await respond(id, productB, "1000", "Responding for a rival.", repA);
    expect(res.status).toBe(409);
    expect(replyErrors(await res.json()).productId).toMatch(/not invited/);
    expect(responseRow(id, productB)).toBeUndefined();
  });

  it("never shows one seller another seller's response or price", async () => {
    const id = newApproach();
    expect((await respond(id, productB, "777777.77", "BRAVO-SECRET-PLAN with our own data centre", repB)).status).toBe(302);
    expect((await respond(id, world.product.id, "654321", "Alpha's own response", repA)).status).toBe(302);
    const { text } = await pageData(id, repA);
    expect(text).toContain("Alpha's own response");
    expect(text).not.toContain("BRAVO-SECRET-PLAN");
    expect(text).not.toContain("77777777");
    expect(text).not.toContain("777777.77");
    const other = (await pageData(id, repB)).text;
    expect(other).not.toContain("Alpha's own response");
    expect(other).not.toContain("65432100");
  });
});

describe("the close", () => {
  it("refuses a submit after the close with the closed message, changes nothing, and the page shows the response as it stood", async () => {
    const id = newApproach();
    expect((await respond(id, world.product.id, "5000", "Before the close.", repA)).status).toBe(302);
    db()
      .update(approaches)
      .set({ closesAt: utc(Date.now() - 1000) })
      .where(eq(approaches.id, id))
      .run();

    const late = await respond(id, world.product.id, "4000", "After the close.", repA);
    expect(late.status).toBe(409);
    const body = await late.json();
    expect(replyErrors(body).form).toMatch(/^Responses closed at the closing time: nothing can be submitted, changed or withdrawn/);
    expect(replyValues(body).body).toBe("After the close.");
    expect(responseRow(id, world.product.id)).toEqual({ priceCents: 500_000, body: "Before the close.", revision: 1, status: "submitted" });

    const withdraw = await act(id, { intent: "withdraw", productId: String(world.product.id) }, repA);
    expect(withdraw.status).toBe(409);
    expect(responseRow(id, world.product.id)?.status).toBe("submitted");
    const ask = await act(id, { intent: "ask", question: "Too late?" }, repA);
    expect(ask.status).toBe(409);
    expect(replyErrors(await ask.json()).question).toMatch(/closed/);

    const { data } = await pageData(id, repA);
    expect(data.approach.state).toBe("closed");
    expect(data.approach.timeLeft).toBeNull();
    expect(data.products[0].response).toMatchObject({ body: "Before the close.", status: "submitted" });
  });

  it("is decided by the server's clock at the millisecond: at the closing moment refused, one millisecond before accepted", () => {
    const closesAt = utc(Date.now() + 2 * HOUR);
    const id = newApproach({ closesAt });
    const closing = new Date(closesAt);
    const step = { approachId: id, providerId: world.providerA, actor: { id: world.ids.rep }, ip: null };
    const at = { productId: world.product.id, priceCents: 100_00, body: "At the second.", attachments: [] };
    const refused = submitResponse({ ...step, input: at, now: closing });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[""]).toMatch(/^Responses closed/);
    expect(responseRow(id, world.product.id)).toBeUndefined();
    const accepted = submitResponse({ ...step, input: { ...at, body: "Just in time." }, now: new Date(closing.getTime() - 1) });
    expect(accepted).toEqual({ ok: true });
    expect(responseRow(id, world.product.id)).toMatchObject({ body: "Just in time.", revision: 1 });
  });
});

describe("after the decision", () => {
  it("tells each seller whether their response was chosen, with their own scores only", async () => {
    const start = Date.now() - 10 * HOUR;
    const at = (h: number) => new Date(start + h * HOUR);
    const id = createApproach({
      owner: { id: staffId },
      agencyId: world.agencyId,
      shortlistId: null,
      purchase: purchase(),
      input: input([world.product.id, productB], utc(start + 2 * HOUR)),
      ip: null,
    });
    const step = { actor: { id: staffId }, ip: null };
    expect(sendApproach({ approachId: id, ...step, now: at(0) }).ok).toBe(true);
    const submit = (providerId: number, productId: number, priceCents: number, body: string, rep: number) =>
      expect(
        submitResponse({
          approachId: id,
          providerId,
          input: { productId, priceCents, body, attachments: [] },
          actor: { id: rep },
          ip: null,
          now: at(1),
        }).ok,
      ).toBe(true);
    submit(world.providerA, world.product.id, 9_000_000, "Alpha response", world.ids.rep);
    submit(world.providerB, productB, 8_000_000, "Bravo response", world.ids.otherRep);
    expect(declareInterests({ approachId: id, conflict: false, declaration: "None.", ...step, now: at(3) }).ok).toBe(true);
    const criteria = criteriaOf(id);
    for (const r of allResponses(id, ["submitted"])) {
      const score = r.productId === world.product.id ? 9 : 4;
      expect(
        saveScores({
          approachId: id,
          responseId: r.id,
          scores: criteria.map((c) => ({ criterionId: c.id, score, comment: "Scored." })),
          ...step,
          now: at(4),
        }).ok,
      ).toBe(true);
    }
    const [win] = ownResponses({ approachId: id, providerId: world.providerA });
    const [lose] = ownResponses({ approachId: id, providerId: world.providerB });
    const decided = decide({
      approachId: id,
      input: {
        outcome: "awarded",
        responseId: win.id,
        contractValueCents: 9_000_000,
        austenderId: null,
        reason: "Best value.",
        notChosen: { [lose.id]: "Weaker on the requirement." },
      },
      ...step,
      now: at(5),
    });
    expect(decided).toEqual({ ok: true });

    const a = await pageData(id, repA);
    expect(a.data.approach.state).toBe("decided");
    expect(a.data.outcome.yours).toEqual([expect.objectContaining({ productId: world.product.id, chosen: true, total: 90 })]);
    expect(a.data.outcome.contractValueCents).toBe(9_000_000);
    expect(a.text).not.toContain("Bravo response");
    expect(a.text).not.toContain("Weaker on the requirement");

    const b = await pageData(id, repB);
    expect(b.data.outcome.yours).toEqual([
      expect.objectContaining({
        productId: productB,
        chosen: false,
        total: 40,
        reason: "Weaker on the requirement.",
        scores: [
          { criterion: "Meets the requirement", weight: 70, mean: 4 },
          { criterion: "Price", weight: 30, mean: 4 },
        ],
      }),
    ]);
    expect(b.data.outcome.contractValueCents).toBeNull();
    expect(b.text).not.toContain("Alpha response");
    expect(b.text).not.toContain("seller Provider A");
    expect(b.text).not.toContain("9000000");
    expect(b.text).not.toMatch(/"total":90/);
  });
});
