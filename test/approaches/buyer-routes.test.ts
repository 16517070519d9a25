/**
 * The buyer's approach pages, called as Remix calls them with real Requests and sessions: writing a
 * draft from a shortlist, editing, sending, answering, extending and naming the panel; refusals that
 * keep what was typed and change nothing; and who may read or act (another agency, a colleague, a
 * provider's representative).
 */
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "~/approaches/questions.server";
import { toCanberraFields } from "~/approaches/closing";
import { readReply } from "~/platform/form-reply";
import { loader as listLoader } from "~/routes/approaches._index";
import { action as newAction, loader as newLoader } from "~/routes/approaches.new";
import { action as editAction, loader as editLoader } from "~/routes/approaches.$id_.edit";
import { action as pageAction, loader as pageLoader } from "~/routes/approaches.$id";
import { action as purchaseAction } from "~/routes/purchase";
import { loader as shortlistLoader } from "~/routes/shortlists.$id";
import { addToShortlist, createShortlist } from "~/shortlists/shortlist.server";
import { db } from "~db/client.server";
import {
  agencies,
  approachClosingChanges,
  approachCriteria,
  approachEvaluators,
  approachInvitations,
  approachQuestions,
  approaches,
  outbox,
  products,
  users,
} from "~db/schema";
import { makeUser, signIn } from "../accounts/support";
import { call, get, post, PROTECTED_PURCHASE } from "../procurement/route-helpers";
import { buildWorld } from "../reviews/fixtures";
import { replyErrors, replyValues } from "../support/form-reply";

type Browser = { cookie: string; csrf: string };
const DAY = 86_400_000;
const inDays = (days: number) => toCanberraFields(new Date(Date.now() + days * DAY).toISOString());

let world: Awaited<ReturnType<typeof buildWorld>>;
let productB: number;
let shortlistId: number;
let owner: Browser, colleague: Browser, bystander: Browser, otherAgency: Browser, rep: Browser, buyer: Browser;
let colleagueEmail: string;

beforeAll(async () => {
  world = await buildWorld("abr");
  productB = db()
    .insert(products)
    .values({ slug: "abr-product-b", providerId: world.providerB, name: "abr Product B", serviceModel: "IaaS", listedOn: "2024-01-01" })
    .returning({ id: products.id })
    .get().id;
  const agencyB = db().insert(agencies).values({ slug: "abr-agency-b", name: "abr Agency B" }).returning({ id: agencies.id }).get().id;
  const otherStaff = await makeUser({ email: "other@abr-b.gov.au", displayName: "Other agency person" });
  db().update(users).set({ agencyId: agencyB }).where(eq(users.id, otherStaff)).run();
  const third = await world.staffUser("third");
  owner = signIn(world.ids.staff);
  colleague = signIn(world.ids.author);
  colleagueEmail = "author@abr.gov.au";
  bystander = signIn(third);
  otherAgency = signIn(otherStaff);
  rep = signIn(world.ids.rep);
  buyer = signIn(world.ids.buyer);
  expect((await call(purchaseAction, post("/purchase", PROTECTED_PURCHASE, owner))).status).toBe(302);
  shortlistId = createShortlist({ userId: world.ids.staff, name: "Case management" });
  addToShortlist({ id: shortlistId, userId: world.ids.staff, productIds: [world.product.id, productB] });
});

function approachForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  const close = inDays(21);
  return {
    title: "Case management platform",
    requirement: "# What we need\n\nA case management service for **200** staff.\n\n<script>alert(1)</script>",
    pricingBasis: "200 users for 36 months",
    closeDate: close.date,
    closeTime: "14:00",
    "criteria[0].name": "Meets the requirement",
    "criteria[0].description": "How well",
    "criteria[0].weight": "60",
    "criteria[1].name": "Price",
    "criteria[1].description": "Whole of life",
    "criteria[1].weight": "40",
    "criteria[2].name": "",
    "criteria[2].weight": "",
    priceCriterion: "1",
    products: [String(world.product.id), String(productB)],
    ...overrides,
  };
}

const approachCount = () => db().select({ n: count() }).from(approaches).get()!.n;
const row = (id: number) =>
  db()
    .select({ title: approaches.title, status: approaches.status, closesAt: approaches.closesAt })
    .from(approaches)
    .where(eq(approaches.id, id))
    .get();
const mailTo = (to: string, subject: string) =>
  db()
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.toAddress, to), eq(outbox.subject, subject)))
    .all().length;
const pagePost = (id: number, fields: Record<string, string>, browser: Browser) =>
  call(pageAction, post(`/approaches/${id}`, fields, browser), { id: String(id) });
const pageGet = (id: number, browser: Browser) => call(pageLoader, get(`/approaches/${id}`, browser.cookie), { id: String(id) });

async function createDraft(overrides: Record<string, string | string[]> = {}): Promise<number> {
  const res = await call(newAction, post(`/approaches/new?shortlist=${shortlistId}`, approachForm(overrides), owner));
  expect(res.status).toBe(302);
  const m = /^\/approaches\/(\d+)\?done=created$/.exec(res.headers.get("Location") ?? "");
  expect(m).not.toBeNull();
  return Number(m![1]);
}

describe("writing a draft from a shortlist", () => {
  it("offers the shortlist's products, the starting criteria and what to price", async () => {
    const res = await call(newLoader, get(`/approaches/new?shortlist=${shortlistId}`, owner.cookie));
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.step).toBe("write");
    expect(data.shortlisted.map((p: { id: number }) => p.id).sort()).toEqual([world.product.id, productB].sort());
    expect(data.products).toEqual(expect.arrayContaining([String(world.product.id), String(productB)]));
    expect(data.values["criteria[2].name"]).toBe("Price");
    expect(data.values.priceCriterion).toBe("2");
    expect(data.values.pricingBasis).toMatch(/12 months/);
  });

  it("is only for agency staff, from their own shortlist", async () => {
    expect((await call(newLoader, get(`/approaches/new?shortlist=${shortlistId}`, rep.cookie))).status).toBe(403);
    expect((await call(newLoader, get(`/approaches/new?shortlist=${shortlistId}`, buyer.cookie))).status).toBe(403);
    expect((await call(newLoader, get(`/approaches/new?shortlist=${shortlistId}`, otherAgency.cookie))).status).toBe(404);
    const before = approachCount();
    expect((await call(newAction, post(`/approaches/new?shortlist=${shortlistId}`, approachForm(), otherAgency))).status).toBe(404);
    expect((await call(newAction, post(`/approaches/new?shortlist=${shortlistId}`, approachForm(), rep))).status).toBe(403);
    expect(approachCount()).toBe(before);
  });

  it("says a purchase is needed when the buyer has none", async () => {
    const listId = createShortlist({ userId: world.ids.author, name: "Colleague's list" });
    const res = await call(newLoader, get(`/approaches/new?shortlist=${listId}`, colleague.cookie));
    expect((await res.json()).step).toBe("purchase");
  });

  it("saves a draft with its criteria and invitations, owned by its writer", async () => {
    const id = await createDraft();
    expect(row(id)).toMatchObject({ title: "Case management platform", status: "draft" });
    expect(db().select({ n: count() }).from(approachCriteria).where(eq(approachCriteria.approachId, id)).get()!.n).toBe(2);
    expect(db().select({ n: count() }).from(approachInvitations).where(eq(approachInvitations.approachId, id)).get()!.n).toBe(2);
  });

  it("refuses weights that do not add to 100, a past close and no product, keeping what was typed", async () => {
    const before = approachCount();
    const send = (o: Record<string, string | string[]>) =>
      call(newAction, post(`/approaches/new?shortlist=${shortlistId}`, approachForm(o), owner));

    const weights = await send({ "criteria[1].weight": "30" });
    expect(weights.status).toBe(400);
    const body = await weights.json();
    expect(replyErrors(body).weights).toMatch(/add up to 90/);
    // Read back as the form reads it, row by row.
    expect(readReply(body).value("title")).toBe("Case management platform");
    expect(readReply(body).value("criteria[1].weight")).toBe("30");
    expect(readReply(body).values("products")).toHaveLength(2);

    const past = await send({ closeDate: inDays(-2).date });
    expect(past.status).toBe(400);
    expect(replyErrors(await past.json()).closeDate).toMatch(/future/);

    const none = await send({ products: [] });
    expect(none.status).toBe(400);
    expect(replyErrors(await none.json()).products).toMatch(/at least one/);

    const stranger = db()
      .insert(products)
      .values({ slug: "abr-not-offered", providerId: world.providerB, name: "Not offered", serviceModel: "SaaS", listedOn: "2024-01-01" })
      .returning({ id: products.id })
      .get().id;
    // With no rule versions stored every product fits the purchase, so it may be invited; an id that does not exist may not.
    const unknown = await send({ products: [String(stranger + 1000)] });
    expect(replyErrors(await unknown.json()).products).toMatch(/shortlist or that fit/);
    expect(approachCount()).toBe(before);
  });
});

describe("an approach's page and its edits", () => {
  let id: number;
  beforeAll(async () => {
    id = await createDraft();
  });

  it("shows the agency the draft, the sending checks to its owner, and the sanitised requirement", async () => {
    const res = await pageGet(id, owner);
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.approach.state).toBe("draft");
    expect(data.manage).toBe(true);
    expect(data.checks.products).toHaveLength(2);
    expect(data.requirementHtml).toContain("<strong>200</strong>");
    expect(data.requirementHtml).not.toContain("<script");
    const seen = await (await pageGet(id, colleague)).json();
    expect(seen.manage).toBe(false);
    expect(seen.checks).toBeNull();
  });

  it("is not there for another agency or a provider's representative", async () => {
    expect((await pageGet(id, otherAgency)).status).toBe(404);
    expect((await pageGet(id, rep)).status).toBe(404);
    expect((await pagePost(id, { intent: "send" }, otherAgency)).status).toBe(404);
    expect((await pagePost(id, { intent: "declare", conflict: "no" }, rep)).status).toBe(404);
    expect((await call(editLoader, get(`/approaches/${id}/edit`, otherAgency.cookie), { id: String(id) })).status).toBe(404);
    expect((await call(editAction, post(`/approaches/${id}/edit`, approachForm(), rep), { id: String(id) })).status).toBe(404);
    expect((await pageGet(999999, owner)).status).toBe(404);
    expect(row(id)?.status).toBe("draft");
  });

  it("lets a colleague read but not run it", async () => {
    expect((await pageGet(id, colleague)).status).toBe(200);
    expect((await pagePost(id, { intent: "send" }, colleague)).status).toBe(403);
    expect((await call(editLoader, get(`/approaches/${id}/edit`, colleague.cookie), { id: String(id) })).status).toBe(403);
    expect(
      (await call(editAction, post(`/approaches/${id}/edit`, approachForm({ title: "Taken over" }), colleague), { id: String(id) })).status,
    ).toBe(403);
    expect(row(id)?.status).toBe("draft");
    expect(row(id)?.title).toBe("Case management platform");
  });

  it("lets the owner edit the draft, prefilled, and refuses bad weights without saving", async () => {
    const res = await call(editLoader, get(`/approaches/${id}/edit`, owner.cookie), { id: String(id) });
    const data = await res.json();
    expect(data.values).toMatchObject({ title: "Case management platform", closeTime: "14:00", priceCriterion: "1" });
    expect(data.products.sort()).toEqual([String(world.product.id), String(productB)].sort());

    const bad = await call(
      editAction,
      post(`/approaches/${id}/edit`, approachForm({ title: "Renamed", "criteria[0].weight": "70" }), owner),
      { id: String(id) },
    );
    expect(bad.status).toBe(400);
    expect(replyErrors(await bad.json()).weights).toMatch(/110/);
    expect(row(id)?.title).toBe("Case management platform");

    const ok = await call(
      editAction,
      post(`/approaches/${id}/edit`, approachForm({ title: "Renamed", products: [String(world.product.id)] }), owner),
      { id: String(id) },
    );
    expect(ok.headers.get("Location")).toBe(`/approaches/${id}?done=saved`);
    expect(row(id)?.title).toBe("Renamed");
    expect(db().select({ n: count() }).from(approachInvitations).where(eq(approachInvitations.approachId, id)).get()!.n).toBe(1);
    // Put both back for sending.
    await call(editAction, post(`/approaches/${id}/edit`, approachForm({ title: "Renamed" }), owner), { id: String(id) });
  });

  it("sends it: every invited provider's representatives are e-mailed, and the draft is fixed", async () => {
    const res = await pagePost(id, { intent: "send" }, owner);
    expect(res.headers.get("Location")).toBe(`/approaches/${id}?done=sent`);
    expect(row(id)?.status).toBe("open");
    expect(mailTo("rep-abr@provider-a.example.org", "Invitation to respond: Renamed")).toBe(1);
    expect(mailTo("rep-abr@provider-b.example.org", "Invitation to respond: Renamed")).toBe(1);
    const edit = await call(editLoader, get(`/approaches/${id}/edit`, owner.cookie), { id: String(id) });
    expect(edit.headers.get("Location")).toBe(`/approaches/${id}?done=not-editable`);
    const again = await pagePost(id, { intent: "send" }, owner);
    expect(again.status).toBe(409);
    expect(mailTo("rep-abr@provider-a.example.org", "Invitation to respond: Renamed")).toBe(1);
  });

  it("answers a seller's question for every seller, and refuses an empty answer keeping the wording", async () => {
    expect(
      askQuestion({ approachId: id, providerId: world.providerA, question: "Does Acme need SSO?", actor: { id: world.ids.rep }, ip: null })
        .ok,
    ).toBe(true);
    const q = db().select({ id: approachQuestions.id }).from(approachQuestions).where(eq(approachQuestions.approachId, id)).get()!;
    const seen = await (await pageGet(id, colleague)).json();
    expect(seen.questions[0]).toMatchObject({ providerName: "abr Provider A", question: "Does Acme need SSO?" });

    const empty = await pagePost(
      id,
      { intent: "answer", questionId: String(q.id), publishedQuestion: "Is SSO needed?", answer: "" },
      owner,
    );
    expect(empty.status).toBe(400);
    const body = await empty.json();
    expect(replyErrors(body).answer).toBeTruthy();
    expect(replyValues(body).publishedQuestion).toBe("Is SSO needed?");

    expect(
      (await pagePost(id, { intent: "answer", questionId: String(q.id), publishedQuestion: "Is SSO needed?", answer: "Yes." }, colleague))
        .status,
    ).toBe(403);
    const ok = await pagePost(
      id,
      { intent: "answer", questionId: String(q.id), publishedQuestion: "Is SSO needed?", answer: "Yes, SAML." },
      owner,
    );
    expect(ok.headers.get("Location")).toBe(`/approaches/${id}?done=answered`);
    expect(mailTo("rep-abr@provider-b.example.org", "A question has been answered: Renamed")).toBe(1);
    const twice = await pagePost(id, { intent: "answer", questionId: String(q.id), publishedQuestion: "Again", answer: "No." }, owner);
    expect(twice.status).toBe(409);
    expect(replyErrors(await twice.json())[`answer.${q.id}`]).toMatch(/already been answered/);
  });

  it("extends the close (sellers told), refusing a shorter or past one", async () => {
    const before = row(id)!.closesAt;
    const shorter = await pagePost(id, { intent: "extend", closeDate: inDays(10).date, closeTime: "14:00", reason: "More time" }, owner);
    expect(shorter.status).toBe(409);
    const body = await shorter.json();
    expect(replyErrors(body).closeDate).toMatch(/later than the current one/);
    expect(replyValues(body).reason).toBe("More time");
    const past = await pagePost(id, { intent: "extend", closeDate: inDays(-1).date, closeTime: "14:00", reason: "More time" }, owner);
    expect(past.status).toBe(400);
    expect(row(id)!.closesAt).toBe(before);

    const ok = await pagePost(
      id,
      { intent: "extend", closeDate: inDays(28).date, closeTime: "16:30", reason: "A seller asked for more time" },
      owner,
    );
    expect(ok.headers.get("Location")).toBe(`/approaches/${id}?done=extended`);
    expect(row(id)!.closesAt).not.toBe(before);
    expect(db().select({ n: count() }).from(approachClosingChanges).where(eq(approachClosingChanges.approachId, id)).get()!.n).toBe(1);
    expect(mailTo("rep-abr@provider-a.example.org", "Closing time extended: Renamed")).toBe(1);
    expect((await pageGet(id, owner).then((r) => r.json())).approach.closingChanges[0].reason).toBe("A seller asked for more time");
  });

  it("names an evaluator, who declares their interests; others cannot declare or name", async () => {
    const stranger = await pagePost(id, { intent: "add-evaluator", email: "other@abr-b.gov.au" }, owner);
    expect(stranger.status).toBe(409);
    expect(replyErrors(await stranger.json()).email).toMatch(/colleague in your agency/);
    expect((await pagePost(id, { intent: "add-evaluator", email: "third@abr.gov.au" }, colleague)).status).toBe(403);

    const added = await pagePost(id, { intent: "add-evaluator", email: colleagueEmail }, owner);
    expect(added.headers.get("Location")).toBe(`/approaches/${id}?done=evaluator-added`);
    expect((await pagePost(id, { intent: "declare", conflict: "no" }, bystander)).status).toBe(403);

    const missing = await pagePost(id, { intent: "declare" }, colleague);
    expect(missing.status).toBe(400);
    expect(replyErrors(await missing.json()).conflict).toBeTruthy();
    const declared = await pagePost(id, { intent: "declare", conflict: "no", declaration: "" }, colleague);
    expect(declared.headers.get("Location")).toBe(`/approaches/${id}?done=declared`);
    const panel = db()
      .select({ userId: approachEvaluators.userId, declaredAt: approachEvaluators.declaredAt, conflict: approachEvaluators.conflict })
      .from(approachEvaluators)
      .where(eq(approachEvaluators.approachId, id))
      .all();
    expect(panel.find((e) => e.userId === world.ids.author)).toMatchObject({ conflict: false });
    expect(panel.find((e) => e.userId === world.ids.author)?.declaredAt).toBeTruthy();
    expect((await pagePost(id, { intent: "declare", conflict: "no" }, colleague)).status).toBe(409);

    expect((await pagePost(id, { intent: "remove-evaluator", userId: String(world.ids.staff) }, owner)).status).toBe(409);
    expect((await pagePost(id, { intent: "remove-evaluator", userId: String(world.ids.author) }, owner)).headers.get("Location")).toBe(
      `/approaches/${id}?done=evaluator-removed`,
    );
  });

  it("after the close, refuses answers and extensions and links to the evaluation", async () => {
    db()
      .update(approaches)
      .set({ closesAt: new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, "Z") })
      .where(eq(approaches.id, id))
      .run();
    const data = await (await pageGet(id, owner)).json();
    expect(data.approach.state).toBe("closed");
    const extend = await pagePost(id, { intent: "extend", closeDate: inDays(40).date, closeTime: "14:00", reason: "Late" }, owner);
    expect(extend.status).toBe(409);
    expect(replyErrors(await extend.json()).form).toMatch(/still open/);
    expect((await pagePost(id, { intent: "add-evaluator", email: "third@abr.gov.au" }, owner)).status).toBe(302);
  });

  it("once decided, keeps the panel as it was", async () => {
    db().update(approaches).set({ status: "decided" }).where(eq(approaches.id, id)).run();
    const third = db().select({ id: users.id }).from(users).where(eq(users.email, "third@abr.gov.au")).get()!.id;
    const removed = await pagePost(id, { intent: "remove-evaluator", userId: String(third) }, owner);
    expect(removed.status).toBe(409);
    expect(replyErrors(await removed.json()).form).toMatch(/decision is recorded/);
    expect((await pagePost(id, { intent: "add-evaluator", email: colleagueEmail }, owner)).status).toBe(409);
    expect(db().select({ n: count() }).from(approachEvaluators).where(eq(approachEvaluators.approachId, id)).get()!.n).toBe(2);
    db().update(approaches).set({ status: "open" }).where(eq(approaches.id, id)).run();
  });

  it("lists the agency's approaches with counts, for its staff only", async () => {
    const res = await call(listLoader, get("/approaches", colleague.cookie));
    expect(res.status).toBe(200);
    const mine = (await res.json()).approaches.find((a: { id: number }) => a.id === id);
    expect(mine).toMatchObject({ title: "Renamed", invited: 2, responses: 0, state: "closed" });
    const other = await (await call(listLoader, get("/approaches", otherAgency.cookie))).json();
    expect(other.approaches.some((a: { id: number }) => a.id === id)).toBe(false);
    expect((await call(listLoader, get("/approaches", rep.cookie))).status).toBe(403);
    expect((await call(listLoader, get("/approaches", buyer.cookie))).status).toBe(403);
  });
});

describe("deleting a draft", () => {
  it("removes a draft for its owner only", async () => {
    const id = await createDraft({ title: "Throwaway" });
    expect((await pagePost(id, { intent: "delete" }, colleague)).status).toBe(403);
    const res = await pagePost(id, { intent: "delete" }, owner);
    expect(res.headers.get("Location")).toBe("/approaches?done=deleted");
    expect(row(id)).toBeUndefined();
  });
});

describe("the shortlist's link", () => {
  it("is offered to agency staff, not to other buyers", async () => {
    const staff = await (await call(shortlistLoader, get(`/shortlists/${shortlistId}`, owner.cookie), { id: String(shortlistId) })).json();
    expect(staff.canApproach).toBe(true);
    const listId = createShortlist({ userId: world.ids.buyer, name: "Buyer's list" });
    const plain = await (await call(shortlistLoader, get(`/shortlists/${listId}`, buyer.cookie), { id: String(listId) })).json();
    expect(plain.canApproach).toBe(false);
  });
});
