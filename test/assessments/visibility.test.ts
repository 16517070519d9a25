/**
 * Who reads which assessment: published ones are for government users only, unpublished ones for
 * the author's agency (and, while waiting, for administrators). A refusal never carries the content.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as moderationLoader } from "~/routes/admin.moderation";
import { action as pageAction, loader as pageLoader } from "~/routes/assessments.$id";
import { loader as editLoader } from "~/routes/assessments.$id_.edit";
import { loader as indexLoader } from "~/routes/assessments._index";
import { loader as assessLoader } from "~/routes/products.$slug_.assess";
import { anonymous, signIn } from "../accounts/support";
import { call, get, isLoginRedirect, post } from "../reviews/fixtures";
import { assess, buildAssessmentWorld, reliancesOf, savedId, VALID_ASSESSMENT } from "./workflow-support";
import { action as moderationAction } from "~/routes/admin.moderation";

let world: Awaited<ReturnType<typeof buildAssessmentWorld>>;
const ids = { published: 0, pending: 0, draft: 0, rejected: 0 };
const SECRET = "Privacy impact assessment done; APP 8 addressed by onshore hosting.";

beforeAll(async () => {
  world = await buildAssessmentWorld("avis");
  const slug = world.product.slug;
  const by = (who: keyof typeof world.ids) => signIn(world.ids[who]);
  const admin = by("admin");
  ids.published = savedId(await assess(slug, VALID_ASSESSMENT, by("author")));
  await call(moderationAction as never, post("/admin/moderation", { intent: "approve-assessment", id: String(ids.published) }, admin));
  ids.pending = savedId(await assess(slug, VALID_ASSESSMENT, by("staff")));
  const drafter = await world.staffUser("drafter");
  ids.draft = savedId(await assess(slug, { ...VALID_ASSESSMENT, intent: "save" }, signIn(drafter)));
  const rejectee = await world.staffUser("rejectee");
  ids.rejected = savedId(await assess(slug, VALID_ASSESSMENT, signIn(rejectee)));
  await call(
    moderationAction as never,
    post("/admin/moderation", { intent: "reject-assessment", id: String(ids.rejected), reason: "Needs evidence." }, admin),
  );
  Object.assign(world.ids, { drafter, rejectee });
});

type Who = "anonymous" | "buyer" | "rep" | "otherStaff" | "staff" | "author" | "drafter" | "admin";
const browser = (who: Who) => (who === "anonymous" ? anonymous() : signIn((world.ids as Record<string, number>)[who]));
const read = (id: number, who: Who) => call(pageLoader as never, get(`/assessments/${id}`, browser(who)), { id: String(id) });

// "staff" is a colleague of the author (agency A) and wrote the pending one; "drafter" wrote the draft.
const MATRIX: [Who, keyof typeof ids, number | "login"][] = [
  ["anonymous", "published", "login"],
  ["anonymous", "draft", "login"],
  ["buyer", "published", 403],
  ["buyer", "pending", 403],
  ["rep", "published", 403],
  ["otherStaff", "published", 200],
  ["otherStaff", "pending", 403],
  ["otherStaff", "draft", 403],
  ["otherStaff", "rejected", 403],
  ["author", "published", 200],
  ["staff", "pending", 200],
  ["staff", "draft", 200],
  ["drafter", "draft", 200],
  ["drafter", "published", 200],
  ["admin", "pending", 200],
  ["admin", "published", 200],
  ["admin", "draft", 403],
  ["admin", "rejected", 403],
];

describe("reading one assessment", () => {
  it.each(MATRIX)("%s reading the %s assessment: %s", async (who, which, expected) => {
    const res = await read(ids[which], who);
    const text = await res.clone().text();
    if (expected === "login") expect(isLoginRedirect(res)).toBe(true);
    else expect(res.status).toBe(expected);
    if (expected !== 200) expect(text).not.toContain(SECRET);
    else expect((await res.json()).assessment.scores.map((s: { justification: string }) => s.justification)).toContain(SECRET);
  });

  it("explains a refusal: a buyer is told who can read, another agency that the draft is not theirs", async () => {
    expect(await (await read(ids.published, "buyer")).text()).toMatch(/Only government users can read agencies' assessments/);
    expect(await (await read(ids.draft, "otherStaff")).text()).toMatch(/belongs to another agency and is not published/);
  });

  it("answers 404 for an assessment that does not exist", async () => {
    for (const id of ["999999", "abc"]) {
      const res = await call(pageLoader as never, get(`/assessments/${id}`, browser("otherStaff")), { id });
      expect(res.status).toBe(404);
    }
  });

  it("offers editing to the author only, and reliance to other agencies only", async () => {
    const author = await (await read(ids.draft, "drafter")).json();
    expect(author.editable).toBe(true);
    const colleague = await (await read(ids.draft, "staff")).json();
    expect(colleague.editable).toBe(false);
    expect(
      (await call(editLoader as never, get(`/assessments/${ids.draft}/edit`, browser("staff")), { id: String(ids.draft) })).status,
    ).toBe(403);
    expect((await (await read(ids.published, "otherStaff")).json()).rely.ok).toBe(true);
    expect((await (await read(ids.published, "staff")).json()).rely).toEqual({
      ok: false,
      reason: "Your agency wrote this assessment, so it does not need to rely on it.",
    });
    expect((await (await read(ids.published, "admin")).json()).rely.ok).toBe(false);
  });

  it("does not let anyone signed out rely on an assessment", async () => {
    const res = await call(pageAction as never, post(`/assessments/${ids.published}`, { intent: "rely", notes: "Hi" }, anonymous()), {
      id: String(ids.published),
    });
    expect(isLoginRedirect(res)).toBe(true);
    expect(reliancesOf(ids.published)).toEqual([]);
  });
});

describe("the assessments list and the assess page", () => {
  it("lists a staff member's own, their colleagues' and their agency's reliances", async () => {
    const res = await call(indexLoader as never, get("/assessments", browser("staff")));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.mine.map((a: { id: number }) => a.id)).toEqual([ids.pending]);
    expect(body.agency.map((a: { id: number }) => a.id).sort()).toEqual([ids.published, ids.draft, ids.rejected].sort());
    expect(body.reliances).toEqual([]);
    // Another agency's list shows none of agency A's work.
    const other = await (await call(indexLoader as never, get("/assessments", browser("otherStaff")))).json();
    expect([...other.mine, ...other.agency]).toEqual([]);
  });

  it("tells a buyer who can assess, and sends the signed-out to sign in", async () => {
    for (const who of ["buyer", "admin"] as const) {
      const res = await call(indexLoader as never, get("/assessments", browser(who)));
      expect(res.status).toBe(403);
      expect(await res.text()).toMatch(/Only agency staff can assess products.*\.gov\.au/);
    }
    expect(isLoginRedirect(await call(indexLoader as never, get("/assessments", anonymous())))).toBe(true);
  });

  it("opens the assess page to agency staff only", async () => {
    const slug = world.product.slug;
    const open = (who: Who) => call(assessLoader as never, get(`/products/${slug}/assess`, browser(who)), { slug });
    const fresh = await world.staffUser("fresh");
    const res = await call(assessLoader as never, get(`/products/${slug}/assess`, signIn(fresh)), { slug });
    expect(res.status).toBe(200);
    expect((await res.json()).framework.version).toBe(1);
    expect(isLoginRedirect(await open("anonymous"))).toBe(true);
    const buyer = await open("buyer");
    expect(buyer.status).toBe(403);
    expect(await buyer.text()).toMatch(/Only agency staff with a verified government e-mail address/);
    expect((await open("admin")).status).toBe(403);
  });

  it("keeps the moderation queue for administrators", async () => {
    expect((await call(moderationLoader as never, get("/admin/moderation", browser("staff")))).status).toBe(403);
    const queue = await (await call(moderationLoader as never, get("/admin/moderation", browser("admin")))).json();
    expect(queue.pendingAssessments.map((a: { id: number }) => a.id)).toEqual([ids.pending]);
  });
});
