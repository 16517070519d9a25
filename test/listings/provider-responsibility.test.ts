/**
 * A provider representative proposes who secures what through the real loader and action: only for
 * their own products, only as a proposal, checked by the same rules as the admin's form, applied
 * when an editor approves it at /admin/approvals.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { auditLog, listingChanges, products, responsibilityOverrides } from "~db/schema";
import { CONTROL_AREAS } from "~/responsibility/areas";
import { noteField, partyField } from "~/responsibility/form";
import { proposeResponsibilityChange } from "~/listings/listing-change.server";
import { getResponsibilityModel } from "~/responsibility/responsibility.server";
import { action as approvalsAction, loader as approvalsLoader } from "~/routes/admin.approvals";
import { loader as productLoader } from "~/routes/products.$slug";
import { action, loader } from "~/routes/provider.products.$slug_.responsibility";
import { browserFor, buildWorld, call, get, post, type RoleName } from "../reviews/fixtures";
import { replyErrors, replyValues } from "../support/form-reply";

let world: Awaited<ReturnType<typeof buildWorld>>;
let slug: string;
let path: string;
beforeAll(async () => {
  world = await buildWorld("propresp");
  slug = world.product.slug;
  path = `/provider/products/${slug}/responsibility`;
});

// Each test starts from the SaaS defaults with nothing waiting.
beforeEach(() => {
  db().delete(listingChanges).run();
  db().delete(responsibilityOverrides).where(eq(responsibilityOverrides.productId, world.product.id)).run();
  db().update(products).set({ communityRulesRequired: false }).where(eq(products.id, world.product.id)).run();
});

const browser = (role: Exclude<RoleName, "anonymous">) => browserFor(role, world.ids);
const liveModel = () => getResponsibilityModel({ productId: world.product.id })!;

/** The whole form as the page fills it from the live model, with some fields changed. */
function formWith(changes: Record<string, string> = {}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const r of liveModel().rows) {
    fields[partyField(r.area)] = r.party;
    fields[noteField(r.area)] = r.note;
  }
  return { ...fields, ...changes };
}

const MFA_NOTE = "Phishing-resistant MFA is enforced for every user and cannot be turned off.";
const mfaToProvider = () => formWith({ [partyField("mfa")]: "provider", [noteField("mfa")]: MFA_NOTE });
const propose = (fields: Record<string, string>, role: Exclude<RoleName, "anonymous"> = "rep") =>
  call(action, post(path, fields, browser(role)), { slug });
const stored = () => ({
  changes: db().select({ id: listingChanges.id }).from(listingChanges).all().length,
  overrides: db()
    .select({ area: responsibilityOverrides.area })
    .from(responsibilityOverrides)
    .where(eq(responsibilityOverrides.productId, world.product.id))
    .all().length,
  proposedAudits: db().select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "listing.proposed")).all().length,
});

describe("a representative of the owning provider", () => {
  it("sees the live model, with the usual split for the service model", async () => {
    const res = await call(loader, get(path, browser("rep")), { slug });
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.model.serviceModel).toBe("SaaS");
    expect(data.model.rows).toHaveLength(CONTROL_AREAS.length);
    expect(data.model.rows.find((r: { area: string }) => r.area === "mfa")).toMatchObject({ party: "shared", defaultParty: "shared" });
    expect(data.pending).toBeNull();
  });

  it("proposes a change: pending, audited, and the live model unchanged until an editor approves it", async () => {
    const res = await propose(mfaToProvider());
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/provider?proposed=1");

    const change = db().select().from(listingChanges).get()!;
    expect(change).toMatchObject({
      entity: "responsibility",
      entityId: world.product.id,
      productId: world.product.id,
      status: "pending",
      submittedBy: world.ids.rep,
    });
    // Only the area that moves is proposed, so approval cannot undo another area edited meanwhile.
    // The community rules are left out too: they did not change.
    expect(change.after).toEqual({ entries: [{ area: "mfa", party: "provider", note: MFA_NOTE }] });
    const audited = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "listing.proposed"), eq(auditLog.entityId, String(change.id))))
      .get();
    expect(audited?.actorUserId).toBe(world.ids.rep);
    expect(audited?.details).toMatchObject({ entity: "responsibility", productId: world.product.id, areas: ["mfa"] });
    expect(liveModel().rows.find((r) => r.area === "mfa")?.party).toBe("shared");

    // The approval queue reads as areas moving from one party to another, not as raw JSON.
    const queue = await (await call(approvalsLoader, get("/admin/approvals", browser("editor")))).json();
    const item = queue.changes.find((c: { id: number }) => c.id === change.id);
    expect(item.entity).toBe("responsibility");
    expect(item.fields).toEqual([
      {
        field: "area.mfa",
        label: "Multi-factor authentication",
        before: expect.stringMatching(/^Shared: The provider offers multi-factor/),
        // A rewritten note reads whole: marking the few words the two share would only be noise.
        after: `Provider: ${MFA_NOTE}`,
      },
    ]);

    const approved = await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(change.id), intent: "approve", note: "" }, browser("editor")),
    );
    expect(approved.headers.get("location")).toBe("/admin/approvals?done=approved");
    const page = await (await call(productLoader, get(`/products/${slug}`, browserFor("anonymous", world.ids)), { slug })).json();
    expect(page.responsibility.rows.find((r: { area: string }) => r.area === "mfa")).toMatchObject({
      party: "provider",
      note: MFA_NOTE,
      differsFromDefault: true,
    });
    expect(page.responsibility.rows.filter((r: { differsFromDefault: boolean }) => r.differsFromDefault)).toHaveLength(1);
  });

  it("proposes the community rules alone, and the diff names them", async () => {
    expect((await propose(formWith({ communityRulesRequired: "on" }))).status).toBe(302);
    const change = db().select().from(listingChanges).get()!;
    expect(change.after).toEqual({ entries: [], communityRulesRequired: true });
    const queue = await (await call(approvalsLoader, get("/admin/approvals", browser("editor")))).json();
    expect(queue.changes[0].fields).toEqual([
      { field: "communityRulesRequired", label: "Customers must sign community rules", before: "No", after: "Yes" },
    ]);
    await call(approvalsAction, post("/admin/approvals", { changeId: String(change.id), intent: "approve", note: "" }, browser("editor")));
    expect(liveModel().communityRulesRequired).toBe(true);
  });

  it("is told a proposal is waiting, edits it, and a new one replaces it", async () => {
    await propose(mfaToProvider());
    const first = db().select({ id: listingChanges.id }).from(listingChanges).get()!.id;
    const page = await (await call(loader, get(path, browser("rep")), { slug })).json();
    expect(page.pending).toMatchObject({ submittedBy: "Test Person" });
    // The form starts from the waiting proposal, not from the live listing.
    expect(page.initialValues[partyField("mfa")]).toBe("provider");
    expect(page.initialValues[noteField("mfa")]).toBe(MFA_NOTE);

    await propose({
      ...page.initialValues,
      [partyField("data_location")]: "shared",
      [noteField("data_location")]: "Data stays in Sydney unless the agency opts in to Melbourne.",
    });
    const rows = db()
      .select({ id: listingChanges.id, status: listingChanges.status, after: listingChanges.after })
      .from(listingChanges)
      .all();
    expect(rows.map((r) => r.status)).toEqual(["superseded", "pending"]);
    expect((rows[1].after.entries as { area: string }[]).map((e) => e.area).sort()).toEqual(["data_location", "mfa"]);
    // An editor acting on the replaced proposal is told it was already decided; nothing is applied.
    const stale = await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(first), intent: "approve", note: "" }, browser("editor")),
    );
    expect(stale.headers.get("location")).toBe("/admin/approvals?done=stale");
    expect(stored().overrides).toBe(0);
  });

  it("gets a 400 with a message per field, the typed values kept, and nothing stored", async () => {
    const before = stored();
    const longNote = "x".repeat(201);
    const res = await propose(
      formWith({
        [partyField("network")]: "nobody",
        [partyField("mfa")]: "provider",
        [noteField("mfa")]: "",
        [noteField("physical")]: longNote,
        communityRulesRequired: "on",
      }),
    );
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(replyErrors(data)[partyField("network")]).toMatch(/Choose the provider, shared or the agency/);
    expect(replyErrors(data)[noteField("mfa")]).toMatch(/why multi-factor authentication differs from the usual SaaS split/);
    expect(replyErrors(data)[noteField("physical")]).toMatch(/at most 200 characters/);
    expect(replyValues(data)[partyField("network")]).toBe("nobody");
    expect(replyValues(data)[partyField("mfa")]).toBe("provider");
    expect(replyValues(data)[noteField("physical")]).toBe(longNote);
    expect(replyValues(data).communityRulesRequired).toBe("on");
    expect(stored()).toEqual(before);
  });

  it("gets a 400 for a proposal that changes nothing", async () => {
    const res = await propose(formWith());
    expect(res.status).toBe(400);
    expect(replyErrors(await res.json()).form).toMatch(/already shows/);
    expect(stored().changes).toBe(0);
  });
});

describe("anyone else", () => {
  it("gives another provider's representative a 404 and stores nothing", async () => {
    const before = stored();
    expect((await call(loader, get(path, browser("otherRep")), { slug })).status).toBe(404);
    expect((await propose(mfaToProvider(), "otherRep")).status).toBe(404);
    expect(stored()).toEqual(before);
  });

  it("refuses a buyer, an editor and an administrator (they do not act for the provider)", async () => {
    const before = stored();
    for (const role of ["buyer", "editor", "admin"] as const) {
      expect((await call(loader, get(path, browser(role)), { slug })).status, role).toBe(403);
      expect((await propose(mfaToProvider(), role)).status, role).toBe(403);
    }
    expect(stored()).toEqual(before);
  });

  it("sends an anonymous visitor to sign in", async () => {
    const res = await call(loader, get(path, browserFor("anonymous", world.ids)), { slug });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("an editor approving a proposal that no longer passes the form's checks", () => {
  it("is told why, next to the note, and nothing is applied", async () => {
    // Written straight to the queue: the form would refuse this party today.
    const changeId = proposeResponsibilityChange({
      providerId: world.providerA,
      productId: world.product.id,
      userId: world.ids.rep,
      ip: null,
      after: { entries: [{ area: "mfa", party: "nobody", note: "Nobody secures it" }], communityRulesRequired: true },
    })!.id;
    const res = await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(changeId), intent: "approve", note: "" }, browser("editor")),
    );
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(Number(replyValues(body).changeId)).toBe(changeId);
    expect(replyErrors(body).note).toMatch(/no longer passes the listing's checks/);
    expect(db().select({ status: listingChanges.status }).from(listingChanges).where(eq(listingChanges.id, changeId)).get()?.status).toBe(
      "pending",
    );
    expect(liveModel().rows.find((r) => r.area === "mfa")?.party).toBe("shared");
    expect(liveModel().communityRulesRequired).toBe(false);
  });
});

describe("approval applies only what the proposal changed", () => {
  it("keeps the community rules an administrator changed after the proposal was made", async () => {
    expect((await propose(mfaToProvider())).status).toBe(302);
    const change = db().select({ id: listingChanges.id }).from(listingChanges).get()!;
    db().update(products).set({ communityRulesRequired: true }).where(eq(products.id, world.product.id)).run();
    const queue = await (await call(approvalsLoader, get("/admin/approvals", browser("editor")))).json();
    expect(queue.changes[0].fields.map((f: { field: string }) => f.field)).toEqual(["area.mfa"]);
    const approved = await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(change.id), intent: "approve", note: "" }, browser("editor")),
    );
    expect(approved.status).toBe(302);
    expect(liveModel().rows.find((r) => r.area === "mfa")?.party).toBe("provider");
    expect(liveModel().communityRulesRequired).toBe(true);
  });

  it("records in the audit log which pending proposal a new one replaced", async () => {
    expect((await propose(mfaToProvider())).status).toBe(302);
    const first = db().select({ id: listingChanges.id }).from(listingChanges).get()!.id;
    expect((await propose(formWith({ communityRulesRequired: "on" }))).status).toBe(302);
    const audits = db().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "listing.proposed")).all();
    expect(audits.at(-1)?.details).toMatchObject({ supersedes: [first] });
  });
});
