/** The assessment journey through the real loaders and actions: write, moderate, publish, rely on; and refused input. */
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { productAggregates } from "~/assessments/product-assessments.server";
import { addWatch } from "~/watches/watches.server";
import { db } from "~db/client.server";
import { agencies, watchEvents, watchNotices } from "~db/schema";
import { action as moderationAction, loader as moderationLoader } from "~/routes/admin.moderation";
import { action as pageAction, loader as pageLoader } from "~/routes/assessments.$id";
import { action as editAction, loader as editLoader } from "~/routes/assessments.$id_.edit";
import { loader as indexLoader } from "~/routes/assessments._index";
import { action as assessAction, loader as assessLoader } from "~/routes/products.$slug_.assess";
import { replyErrors, replyValues } from "../support/form-reply";
import { signIn } from "../accounts/support";
import { call, get, post } from "../reviews/fixtures";
import {
  assess,
  assessmentRow,
  auditEntries,
  buildAssessmentWorld,
  mailTo,
  reliancesOf,
  savedId,
  scoresOf,
  snapshot,
  VALID_ASSESSMENT,
} from "./workflow-support";

let world: Awaited<ReturnType<typeof buildAssessmentWorld>>;
beforeAll(async () => {
  world = await buildAssessmentWorld("aflow");
});

const as = (who: keyof typeof world.ids) => signIn(world.ids[who]);
const moderate = (fields: Record<string, string>) => call(moderationAction as never, post("/admin/moderation", fields, as("admin")));
const edit = (id: number, fields: Record<string, string>, who: keyof typeof world.ids) =>
  call(editAction as never, post(`/assessments/${id}/edit`, fields, as(who)), { id: String(id) });
const page = (id: number, who: keyof typeof world.ids, query = "") =>
  call(pageLoader as never, get(`/assessments/${id}${query}`, as(who)), { id: String(id) });
const rely = (id: number, fields: Record<string, string>, who: keyof typeof world.ids) =>
  call(pageAction as never, post(`/assessments/${id}`, { intent: "rely", ...fields }, as(who)), { id: String(id) });

/** A submitted assessment by `who`, approved by the administrator. */
async function publishedBy(who: keyof typeof world.ids) {
  const id = savedId(await assess(world.product.slug, VALID_ASSESSMENT, as(who)));
  const res = await moderate({ intent: "approve-assessment", id: String(id) });
  expect(res.headers.get("Location")).toBe("/admin/moderation?done=assessment-approved");
  return id;
}

describe("writing, moderating and publishing an assessment", () => {
  it("saves a draft, carries on with it, submits it, and publishes it when an administrator approves", async () => {
    const { product, ids } = world;
    const draft = await assess(
      product.slug,
      { intent: "save", dataClassification: "OFFICIAL", deploymentSize: "50-500 users", "score.price_transparency": "3" },
      as("author"),
    );
    expect(draft.headers.get("Location")).toMatch(/\?saved=draft$/);
    const id = savedId(draft);
    expect(assessmentRow(id)?.status).toBe("draft");
    // A draft needs no justification yet.
    expect(scoresOf(id)).toEqual([{ qualityKey: "price_transparency", score: 3, justification: "" }]);

    // Coming back to the product's assess page continues the same assessment.
    const again = await call(assessLoader as never, get(`/products/${product.slug}/assess`, as("author")), { slug: product.slug });
    expect(again.headers.get("Location")).toBe(`/assessments/${id}/edit`);
    const form = await (await call(editLoader as never, get(`/assessments/${id}/edit`, as("author")), { id: String(id) })).json();
    expect(form.stored["score.price_transparency"]).toBe("3");
    expect(form.framework.version).toBe(1);

    const submitted = await edit(id, VALID_ASSESSMENT, "author");
    expect(submitted.headers.get("Location")).toBe(`/assessments/${id}?saved=submitted`);
    expect(assessmentRow(id)?.status).toBe("pending");
    expect(scoresOf(id).map((s) => [s.qualityKey, s.score])).toEqual([
      ["data_sovereignty", 3],
      ["price_transparency", 4],
      ["privacy_principles", 5],
    ]);
    const queue = await (await call(moderationLoader as never, get("/admin/moderation", as("admin")))).json();
    expect(queue.pendingAssessments.map((a: { id: number }) => a.id)).toContain(id);
    expect(productAggregates([product.id]).get(product.id)?.assessments).toBe(0);

    const approved = await moderate({ intent: "approve-assessment", id: String(id) });
    expect(approved.headers.get("Location")).toBe("/admin/moderation?done=assessment-approved");
    expect(assessmentRow(id)?.status).toBe("published");
    expect(auditEntries("assessment.approve", id)).toEqual([{ actor: ids.admin, details: {} }]);
    expect(mailTo(world.authorEmail).map((m) => m.subject)).toContain("Your assessment of aflow Product is published");
    expect(productAggregates([product.id]).get(product.id)).toMatchObject({ assessedBy: 1, assessments: 1 });

    // Another agency's staff can now read it in full.
    const read = await page(id, "otherStaff", "?saved=submitted");
    expect(read.status).toBe(200);
    const body = await read.json();
    expect(body.assessment.scores).toHaveLength(3);
    expect(body.assessment.authorName).toBe("author person");
    expect(body.rely.ok).toBe(true);
    // A second decision on the same assessment is stale, not a second publication.
    expect((await moderate({ intent: "reject-assessment", id: String(id), reason: "Too late now" })).headers.get("Location")).toBe(
      "/admin/moderation?done=stale",
    );
    expect(auditEntries("assessment.reject", id)).toEqual([]);
  });

  it("needs a reason to reject, tells the author why, and takes the changed assessment back into moderation", async () => {
    const { product, ids } = world;
    const id = savedId(await assess(product.slug, VALID_ASSESSMENT, as("staff")));
    const tooShort = await moderate({ intent: "reject-assessment", id: String(id), reason: "no" });
    expect(tooShort.status).toBe(400);
    expect(replyErrors(await tooShort.json()).reason).toMatch(/reason \(5 to 1,000 characters\).*author/i);
    expect(assessmentRow(id)?.status).toBe("pending");
    const tooLong = await moderate({ intent: "reject-assessment", id: String(id), reason: "x".repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(assessmentRow(id)?.status).toBe("pending");

    const reason = "Justify the sovereignty score with the contract clause.";
    const rejected = await moderate({ intent: "reject-assessment", id: String(id), reason });
    expect(rejected.headers.get("Location")).toBe("/admin/moderation?done=assessment-rejected");
    expect(assessmentRow(id)).toMatchObject({ status: "rejected", rejectionReason: reason });
    expect(auditEntries("assessment.reject", id)).toEqual([{ actor: ids.admin, details: { reason } }]);
    const mail = mailTo(`staff@aflow.gov.au`).at(-1);
    expect(mail?.subject).toMatch(/was not published/);
    expect(mail?.body).toContain(reason);

    const form = await (await call(editLoader as never, get(`/assessments/${id}/edit`, as("staff")), { id: String(id) })).json();
    expect(form.assessment.rejectionReason).toBe(reason);
    const resubmitted = await edit(id, { ...VALID_ASSESSMENT, "evidence.data_sovereignty": "Contract clause 14.2" }, "staff");
    expect(resubmitted.headers.get("Location")).toBe(`/assessments/${id}?saved=submitted`);
    expect(assessmentRow(id)).toMatchObject({ status: "pending", rejectionReason: null });
  });
});

describe("relying on another agency's assessment", () => {
  it("records one reliance per agency, tells the author, counts it, and refuses the author's own agency", async () => {
    const { product, ids, agencyB } = world;
    const id = await publishedBy("author");
    const mailsBefore = mailTo(world.authorEmail).length;

    // A re-score must say why: refused, nothing recorded.
    const unjustified = await rely(id, { notes: "We use it the same way.", "rescore.price_transparency": "2" }, "otherStaff");
    expect(unjustified.status).toBe(400);
    expect(replyErrors(await unjustified.json())["rejustify.price_transparency"]).toMatch(/say why/i);
    expect(reliancesOf(id)).toEqual([]);

    const relied = await rely(
      id,
      {
        notes: "We use it the same way.",
        "rescore.price_transparency": "2",
        "rejustify.price_transparency": "Our usage units are not on the price list.",
      },
      "otherStaff",
    );
    expect(relied.headers.get("Location")).toBe(`/assessments/${id}?done=recorded`);
    expect(reliancesOf(id)).toEqual([
      {
        agencyId: agencyB,
        notes: "We use it the same way.",
        rescores: { price_transparency: { score: 2, justification: "Our usage units are not on the price list." } },
      },
    ]);
    expect(auditEntries("assessment.rely", id)).toHaveLength(1);
    expect(auditEntries("assessment.rely", id)[0].actor).toBe(ids.otherStaff);
    const mails = mailTo(world.authorEmail);
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails.at(-1)?.subject).toBe(`aflow Agency B relies on your assessment of aflow Product`);
    expect(productAggregates([product.id]).get(product.id)).toMatchObject({ assessedBy: 1, reliedOnBy: 1 });
    const mine = await (await call(indexLoader as never, get("/assessments", as("author")))).json();
    expect(mine.mine.find((a: { id: number }) => a.id === id).reliedOnBy).toBe(1);
    const theirs = await (await call(indexLoader as never, get("/assessments", as("otherStaff2")))).json();
    expect(theirs.reliances.map((r: { assessmentId: number }) => r.assessmentId)).toEqual([id]);

    // Once per agency: the same person, or a colleague, is told it is already recorded.
    for (const who of ["otherStaff", "otherStaff2"] as const) {
      const twice = await rely(id, { notes: "Again." }, who);
      expect(twice.status).toBe(409);
      expect(replyErrors(await twice.json()).form).toMatch(/already relies on this assessment/);
    }
    expect(reliancesOf(id)).toHaveLength(1);
    expect(mailTo(world.authorEmail)).toHaveLength(mailsBefore + 1);

    // The author's own agency does not rely on its own work.
    const own = await rely(id, { notes: "Ours." }, "staff");
    expect(own.status).toBe(403);
    expect(await own.text()).toMatch(/Your agency wrote this assessment/);
    // Nor does a buyer without an agency.
    expect((await rely(id, { notes: "Mine." }, "buyer")).status).toBe(403);
    expect(reliancesOf(id)).toHaveLength(1);

    const colleague = await (await page(id, "otherStaff2")).json();
    expect(colleague.relies).toBe(true);
    const stop = await call(pageAction as never, post(`/assessments/${id}`, { intent: "withdraw-reliance" }, as("otherStaff2")), {
      id: String(id),
    });
    expect(stop.headers.get("Location")).toBe(`/assessments/${id}?done=withdrawn`);
    expect(reliancesOf(id)).toEqual([]);
    expect(auditEntries("assessment.withdraw_reliance", id)).toHaveLength(1);
    expect(productAggregates([product.id]).get(product.id)?.reliedOnBy).toBe(0);
  });

  it("refuses reliance on an assessment that is not published", async () => {
    const newcomer = await world.staffUser("newcomer");
    const id = savedId(await assess(world.product.slug, { ...VALID_ASSESSMENT, intent: "save" }, signIn(newcomer)));
    // Another agency cannot even read the draft, so it cannot rely on it.
    const res = await rely(id, { notes: "Early." }, "otherStaff");
    expect(res.status).toBe(403);
    expect(reliancesOf(id)).toEqual([]);
  });
});

describe("bad input gives a clear message and changes nothing", () => {
  const refused = async (fields: Record<string, string>) => {
    const author = await world.staffUser(`bad${Math.random().toString(36).slice(2, 8)}`);
    const before = snapshot();
    const res = await assess(world.product.slug, fields, signIn(author));
    expect(res.status).toBe(400);
    expect(snapshot()).toBe(before);
    return res.json();
  };

  it.each(["0", "6"])("refuses a score of %s", async (score) => {
    const body = await refused({ ...VALID_ASSESSMENT, "score.price_transparency": score });
    expect(replyErrors(body)["score.price_transparency"]).toBe('Choose a score from 1 to 5 for Price transparency, or "Not assessed"');
    expect(replyValues(body)["score.price_transparency"]).toBe(score);
    expect(replyValues(body)["justification.price_transparency"]).toBe(VALID_ASSESSMENT["justification.price_transparency"]);
  });

  it("refuses a draft with a score out of range too", async () => {
    const body = await refused({ ...VALID_ASSESSMENT, intent: "save", "score.encryption": "6" });
    expect(Object.keys(replyErrors(body))).toEqual(["score.encryption"]);
  });

  it("needs a justification for every score when submitting", async () => {
    const body = await refused({ ...VALID_ASSESSMENT, "justification.price_transparency": "" });
    expect(replyErrors(body)).toEqual({
      "justification.price_transparency": "Say why you scored Price transparency 4, in at least 10 characters",
    });
  });

  it("needs the mandatory Australian Privacy Principles scored when submitting", async () => {
    const body = await refused({ ...VALID_ASSESSMENT, "score.privacy_principles": "", "justification.privacy_principles": "" });
    expect(replyErrors(body)["score.privacy_principles"]).toMatch(/mandatory for OFFICIAL data/);
  });

  it("answers 404 for a product that does not exist, to the page and to a submission", async () => {
    const before = snapshot();
    expect(
      (await call(assessLoader as never, get("/products/no-such-product/assess", as("author")), { slug: "no-such-product" })).status,
    ).toBe(404);
    const res = await call(assessAction as never, post("/products/no-such-product/assess", VALID_ASSESSMENT, as("author")), {
      slug: "no-such-product",
    });
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/could not find that product/);
    expect(snapshot()).toBe(before);
  });

  it("refuses to let another agency (or a colleague) edit someone's draft", async () => {
    const writer = await world.staffUser("writer");
    const id = savedId(await assess(world.product.slug, { ...VALID_ASSESSMENT, intent: "save" }, signIn(writer)));
    const before = snapshot();
    for (const who of ["otherStaff", "staff"] as const) {
      const res = await edit(id, { ...VALID_ASSESSMENT, useCase: "Taken over by someone else." }, who);
      expect(res.status).toBe(403);
      expect(await res.text()).toMatch(/Only the person who wrote an assessment can change it/);
    }
    expect((await call(editLoader as never, get(`/assessments/${id}/edit`, as("otherStaff")), { id: String(id) })).status).toBe(403);
    expect(snapshot()).toBe(before);
    expect(assessmentRow(id)?.useCase).toBe(VALID_ASSESSMENT.useCase);
  });

  it("refuses to change a published assessment", async () => {
    const id = await publishedBy("author");
    const before = snapshot();
    const res = await edit(id, { ...VALID_ASSESSMENT, intent: "save" }, "author");
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/published assessment is final/);
    expect(snapshot()).toBe(before);
  });

  it("keeps out people who cannot assess: a buyer and the product's own provider", async () => {
    const before = snapshot();
    for (const who of ["buyer", "rep"] as const) {
      const res = await assess(world.product.slug, VALID_ASSESSMENT, as(who));
      expect(res.status).toBe(403);
    }
    expect(await (await assess(world.product.slug, VALID_ASSESSMENT, as("buyer"))).text()).toMatch(/Only agency staff/);
    expect(snapshot()).toBe(before);
  });
});

// Last: it publishes one more assessment of the shared product, which the counts above do not expect.
describe("those watching the product", () => {
  it("hear of a newly published assessment as the public would: an agency, its classification, no name", async () => {
    const { product, ids } = world;
    addWatch({ userId: ids.buyer, target: "product", productId: product.id, label: "aflow Product", delivery: "feed" });
    const id = await publishedBy("otherStaff2");
    const event = db()
      .select({ id: watchEvents.id, title: watchEvents.title, detail: watchEvents.detail, path: watchEvents.path })
      .from(watchEvents)
      .where(eq(watchEvents.kind, "assessment_published"))
      .all()
      .at(-1)!;
    expect(event).toMatchObject({ title: "New agency assessment of aflow Product", path: `/products/${product.slug}/assessments` });
    expect(event.detail).toContain("OFFICIAL");
    const agencyName = db().select({ name: agencies.name }).from(agencies).where(eq(agencies.id, world.agencyB)).get()!.name;
    expect(`${event.title} ${event.detail}`).not.toContain(agencyName);
    const notices = db().select({ userId: watchNotices.userId }).from(watchNotices).where(eq(watchNotices.eventId, event.id)).all();
    expect(notices).toContainEqual({ userId: ids.buyer });
    expect(assessmentRow(id)?.status).toBe("published");
  });
});
