/** Provider self-service through the real loaders and actions: propose, guard, approve, history. */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { auditLog, badges, listingChanges, listingVersions, products } from "~db/schema";
import { action as approvalsAction, loader as approvalsLoader } from "~/routes/admin.approvals";
import { loader as apiLoader } from "~/routes/api.products.$slug";
import { loader as historyLoader } from "~/routes/products.$slug_.history";
import { loader as productLoader } from "~/routes/products.$slug";
import { loader as dashboardLoader } from "~/routes/provider._index";
import { action as badgesAction, loader as badgesLoader } from "~/routes/provider.products.$slug_.badges";
import { action as productAction } from "~/routes/provider.products.$slug";
import { browserFor, buildWorld, call, get, post } from "../reviews/fixtures";
import { replyErrors, replyValues } from "../support/form-reply";

let world: Awaited<ReturnType<typeof buildWorld>>;
let badgeId: number;
beforeAll(async () => {
  world = await buildWorld("listing");
  badgeId = db()
    .insert(badges)
    .values({
      productId: world.product.id,
      kind: "irap",
      level: "PROTECTED",
      assessedOn: "2024-05-01",
      assessorName: "Old Assessors",
      scope: "Old scope",
      evidenceLevel: "document",
      evidenceRef: "OLD-1.pdf",
    })
    .returning({ id: badges.id })
    .get().id;
});

const renewal = (extra: Record<string, string> = {}) => ({
  badgeId: String(badgeId),
  kind: "irap",
  level: "PROTECTED",
  assessedOn: "2026-10-01",
  expiresOn: "",
  periodEnd: "",
  ismRelease: "ISM September 2026",
  assessorName: "New Assessors",
  scope: "Production platform, Sydney and Melbourne",
  evidenceLevel: "third_party",
  evidenceRef: "https://trust.example.com/irap-2026",
  ...extra,
});
const storedBadge = () =>
  db().select({ assessedOn: badges.assessedOn, evidenceLevel: badges.evidenceLevel }).from(badges).where(eq(badges.id, badgeId)).get();
const changeCount = () => db().select({ id: listingChanges.id }).from(listingChanges).all().length;

describe("who may propose", () => {
  it("gives another provider's representative a 404 and changes nothing", async () => {
    const slug = world.product.slug;
    const other = browserFor("otherRep", world.ids);
    expect((await call(badgesLoader, get(`/provider/products/${slug}/badges`, other), { slug })).status).toBe(404);
    expect((await call(badgesAction, post(`/provider/products/${slug}/badges`, renewal(), other), { slug })).status).toBe(404);
    const details = { name: "Hijacked", summary: "Hijacked summary text", description: "", website: "" };
    expect((await call(productAction, post(`/provider/products/${slug}`, details, other), { slug })).status).toBe(404);
    expect(changeCount()).toBe(0);
    expect(db().select({ name: products.name }).from(products).where(eq(products.id, world.product.id)).get()?.name).toBe(
      "listing Product",
    );
  });

  it("refuses buyers and editors the provider dashboard", async () => {
    expect((await call(dashboardLoader, get("/provider", browserFor("buyer", world.ids)))).status).toBe(403);
    expect((await call(dashboardLoader, get("/provider", browserFor("editor", world.ids)))).status).toBe(403);
  });

  it("refuses a forged form without the CSRF token", async () => {
    const slug = world.product.slug;
    const rep = browserFor("rep", world.ids);
    const res = await call(badgesAction, post(`/provider/products/${slug}/badges`, renewal(), { ...rep, csrf: "x".repeat(43) }), { slug });
    expect(res.status).toBe(403);
    expect(changeCount()).toBe(0);
  });

  it("keeps typed values and explains errors, and refuses a provider's 'verified'", async () => {
    const slug = world.product.slug;
    const res = await call(
      badgesAction,
      post(
        `/provider/products/${slug}/badges`,
        renewal({ evidenceLevel: "verified", evidenceRef: "javascript:alert(1)" }),
        browserFor("rep", world.ids),
      ),
      { slug },
    );
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(replyErrors(data).evidenceLevel).toBe("Only Cloud Exchange can mark a badge verified");
    expect(replyErrors(data).evidenceRef).toMatch(/https/);
    expect(replyValues(data).assessorName).toBe("New Assessors");
    expect(changeCount()).toBe(0);
  });
});

describe("a renewal from proposal to history", () => {
  it("stays off the public listing until approved, then shows with the old version in history", async () => {
    const slug = world.product.slug;
    const rep = browserFor("rep", world.ids);
    const proposed = await call(badgesAction, post(`/provider/products/${slug}/badges`, renewal(), rep), { slug });
    expect(proposed.headers.get("Location")).toBe("/provider?proposed=1");
    const change = db().select({ id: listingChanges.id, status: listingChanges.status }).from(listingChanges).get()!;
    expect(change.status).toBe("pending");
    expect(
      db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "listing.proposed"), eq(auditLog.entityId, String(change.id))))
        .get(),
    ).toBeTruthy();

    const pageBadges = async () =>
      (await (await call(productLoader, get(`/products/${slug}`, browserFor("anonymous", world.ids)), { slug })).json()).product.badges;
    expect((await pageBadges())[0].assessedOn).toBe("2024-05-01");
    const api = await call(apiLoader, get(`/api/products/${slug}`, browserFor("anonymous", world.ids)), { slug });
    expect(await api.text()).not.toContain("2026-10-01");

    // The representative cannot approve their own change.
    expect(
      (await call(approvalsAction, post("/admin/approvals", { changeId: String(change.id), intent: "approve", note: "" }, rep))).status,
    ).toBe(403);
    const queue = await (await call(approvalsLoader, get("/admin/approvals", browserFor("editor", world.ids)))).json();
    expect(queue.changes[0].title).toBe("Renewal of IRAP assessment: PROTECTED on listing Product");
    expect(queue.changes[0].fields.map((f: { field: string }) => f.field)).toEqual([
      "assessedOn",
      "ismRelease",
      "assessorName",
      "scope",
      "evidenceLevel",
      "evidenceRef",
    ]);

    const approved = await call(
      approvalsAction,
      post(
        "/admin/approvals",
        { changeId: String(change.id), intent: "approve", note: "Checked the report", markVerified: "on", evidenceChecked: "on" },
        browserFor("editor", world.ids),
      ),
    );
    expect(approved.headers.get("Location")).toBe("/admin/approvals?done=approved");
    expect(storedBadge()).toEqual({ assessedOn: "2026-10-01", evidenceLevel: "verified" });
    expect((await pageBadges())[0].assessedOn).toBe("2026-10-01");

    const archived = db().select({ data: listingVersions.data }).from(listingVersions).where(eq(listingVersions.entityId, badgeId)).all();
    expect(archived).toHaveLength(1);
    expect(archived[0].data.assessedOn).toBe("2024-05-01");
    const history = await (
      await call(historyLoader, get(`/products/${slug}/history`, browserFor("anonymous", world.ids)), { slug })
    ).json();
    expect(history.versions[0].fields).toContainEqual(
      expect.objectContaining({ field: "assessedOn", before: "2024-05-01", after: "2026-10-01" }),
    );

    // Deciding twice is harmless.
    const again = await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(change.id), intent: "approve", note: "" }, browserFor("editor", world.ids)),
    );
    expect(again.headers.get("Location")).toBe("/admin/approvals?done=stale");
    expect(db().select({ id: listingVersions.id }).from(listingVersions).where(eq(listingVersions.entityId, badgeId)).all()).toHaveLength(
      1,
    );
  });

  it("rejects with a reason the provider sees, and needs that reason", async () => {
    const slug = world.product.slug;
    await call(
      badgesAction,
      post(`/provider/products/${slug}/badges`, renewal({ assessedOn: "2026-11-01" }), browserFor("rep", world.ids)),
      { slug },
    );
    const change = db().select({ id: listingChanges.id }).from(listingChanges).where(eq(listingChanges.status, "pending")).get()!;
    const editor = browserFor("editor", world.ids);
    const noReason = await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(change.id), intent: "reject", note: "" }, editor),
    );
    expect(noReason.status).toBe(400);
    await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(change.id), intent: "reject", note: "The report link does not open" }, editor),
    );
    expect(storedBadge()?.assessedOn).toBe("2026-10-01");
    const dashboard = await (await call(dashboardLoader, get("/provider", browserFor("rep", world.ids)))).json();
    expect(dashboard.changes[0]).toMatchObject({ status: "rejected", reviewNote: "The report link does not open" });
    expect(db().select().from(auditLog).where(eq(auditLog.action, "listing.rejected")).get()).toBeTruthy();
  });
});

describe("the provider profile", () => {
  it("changes only the representative's own provider, and only once approved", async () => {
    const { action: profileAction } = await import("~/routes/provider.profile");
    const { providers } = await import("~db/schema");
    const facts = {
      summary: "Sovereign hosting for agencies",
      website: "https://a.example.com",
      headquarters: "Canberra",
      ownershipNote: "",
      dataLocation: "onshore",
      supportStaffLocation: "onshore",
      staffClearance: "nv1",
      australianOwned: "on",
    };
    const bad = await call(profileAction, post("/provider/profile", { ...facts, staffClearance: "top" }, browserFor("rep", world.ids)));
    expect(bad.status).toBe(400);
    expect(replyValues(await bad.json()).headquarters).toBe("Canberra");
    await call(profileAction, post("/provider/profile", facts, browserFor("rep", world.ids)));
    const summaryOf = (id: number) =>
      db().select({ summary: providers.summary }).from(providers).where(eq(providers.id, id)).get()?.summary;
    expect(summaryOf(world.providerA)).toBe("");
    const change = db()
      .select({ id: listingChanges.id, providerId: listingChanges.providerId })
      .from(listingChanges)
      .where(eq(listingChanges.entity, "provider"))
      .get()!;
    expect(change.providerId).toBe(world.providerA);
    await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(change.id), intent: "approve", note: "" }, browserFor("editor", world.ids)),
    );
    expect(summaryOf(world.providerA)).toBe("Sovereign hosting for agencies");
    expect(summaryOf(world.providerB)).toBe("");
  });
});
