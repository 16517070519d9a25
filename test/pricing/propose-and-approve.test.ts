/**
 * Prices and service documents from proposal to what buyers see, through the real loaders and
 * actions: a representative proposes, the change waits in /admin/approvals with a diff, an editor
 * approves, and the list is in force from its date; later lists become history. Another provider's
 * representative is refused and nothing is written.
 */
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { auditLog, listingChanges, listingVersions, priceLists, serviceDocuments, watchEvents } from "~db/schema";
import { addDays, todayIso } from "~/platform/dates";
import { priceHistory, priceListInForce, upcomingLists } from "~/pricing/prices.server";
import { action as approvalsAction, loader as approvalsLoader } from "~/routes/admin.approvals";
import { loader as productLoader } from "~/routes/products.$slug";
import { loader as pricesLoader } from "~/routes/products.$slug_.prices";
import { action as docsAction, loader as docsLoader } from "~/routes/provider.products.$slug_.documents";
import { action as priceAction, loader as priceLoader } from "~/routes/provider.products.$slug_.prices";
import { browserFor, buildWorld, call, get, post, type RoleName } from "../reviews/fixtures";
import { replyErrors } from "../support/form-reply";

let world: Awaited<ReturnType<typeof buildWorld>>;
let slug: string;
beforeAll(async () => {
  world = await buildWorld("priceflow");
  slug = world.product.slug;
});

const browser = (role: RoleName) => browserFor(role, world.ids);
const pricesPath = () => `/provider/products/${slug}/prices`;
const docsPath = () => `/provider/products/${slug}/documents`;

function list(effectiveFrom: string, computePrice: string): Record<string, string> {
  return {
    effectiveFrom,
    note: "",
    "items[0].name": "Compute",
    "items[0].unit": "vcpu_hour",
    "items[0].gst": "taxable",
    "items[0].billingPeriod": "monthly",
    "items[0].tiers[0].from": "0",
    "items[0].tiers[0].price": computePrice,
    "items[0].tiers[1].from": "1000",
    "items[0].tiers[1].price": "0.04",
    "items[1].name": "Storage",
    "items[1].unit": "gb_month",
    "items[1].gst": "taxable",
    "items[1].billingPeriod": "monthly",
    "items[1].tiers[0].price": "0.02",
  };
}

const publicPrices = async () => (await call(pricesLoader, get(`/products/${slug}/prices`, browser("anonymous")), { slug })).json();
const glancePrice = async () => {
  const page = await (await call(productLoader, get(`/products/${slug}`, browser("anonymous")), { slug })).json();
  return page.glance.find((r: { term: string }) => r.term === "Price");
};
const pendingOf = (entity: string) =>
  db()
    .select()
    .from(listingChanges)
    .where(and(eq(listingChanges.entity, entity), eq(listingChanges.status, "pending")))
    .orderBy(desc(listingChanges.id))
    .get();
const approve = (changeId: number) =>
  call(approvalsAction, post("/admin/approvals", { changeId: String(changeId), intent: "approve", note: "" }, browser("editor")));
const counts = () => ({
  changes: db().select({ id: listingChanges.id }).from(listingChanges).all().length,
  lists: db().select({ id: priceLists.id }).from(priceLists).all().length,
  documents: db().select({ id: serviceDocuments.productId }).from(serviceDocuments).all().length,
});

describe("prices", () => {
  it("reads 'Price on request' before any list is approved", async () => {
    const page = await publicPrices();
    expect(page.inForce).toBeNull();
    expect(page.history).toEqual([]);
    expect(await glancePrice()).toMatchObject({ text: "Price on request", link: { href: `/products/${slug}/prices` } });
  });

  it("refuses another provider's representative (404) and anyone not a representative (403), writing nothing", async () => {
    const before = counts();
    expect((await call(priceLoader, get(pricesPath(), browser("otherRep")), { slug })).status).toBe(404);
    expect((await call(priceAction, post(pricesPath(), list(todayIso(), "0.05"), browser("otherRep")), { slug })).status).toBe(404);
    expect((await call(priceAction, post(pricesPath(), list(todayIso(), "0.05"), browser("buyer")), { slug })).status).toBe(403);
    expect((await call(docsAction, post(docsPath(), { slaAvailability: "99.9" }, browser("otherRep")), { slug })).status).toBe(404);
    expect(counts()).toEqual(before);
  });

  it("goes from proposal, through the approval queue with a diff, to the list in force from its date", async () => {
    const today = todayIso();
    const res = await call(priceAction, post(pricesPath(), list(today, "0.05"), browser("rep")), { slug });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${pricesPath()}?proposed=1`);
    const change = pendingOf("prices")!;
    expect(change).toMatchObject({ productId: world.product.id, entityId: world.product.id, submittedBy: world.ids.rep, before: null });
    // Nothing is public yet; the representative's form now holds the proposal.
    expect((await publicPrices()).inForce).toBeNull();
    const own = await (await call(priceLoader, get(pricesPath(), browser("rep")), { slug })).json();
    expect(own.pending.id).toBe(change.id);
    expect(own.initial["items[0].tiers[0].price"]).toBe("0.05");

    const queue = await (await call(approvalsLoader, get("/admin/approvals", browser("editor")))).json();
    const item = queue.changes.find((c: { id: number }) => c.id === change.id);
    expect(item.title).toMatch(/^Prices of priceflow Product from /);
    expect(item.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: "item.compute",
          label: "Price: Compute",
          before: "—",
          after: "Compute: first 1,000: $0.05; then $0.04 per vCPU-hour ex GST; GST applies (10%); Billed monthly",
        }),
      ]),
    );

    expect((await approve(change.id)).headers.get("location")).toBe("/admin/approvals?done=approved");
    const row = db().select().from(priceLists).where(eq(priceLists.changeId, change.id)).get()!;
    expect(row).toMatchObject({ productId: world.product.id, effectiveFrom: today, source: "provider", approvedBy: world.ids.editor });
    expect(row.approvedAt).toBeTruthy();
    const audited = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "listing.approved"), eq(auditLog.entityId, String(change.id))))
      .get();
    expect(audited?.details).toMatchObject({ effectiveFrom: today });
    const event = db().select().from(watchEvents).where(eq(watchEvents.productId, world.product.id)).orderBy(desc(watchEvents.id)).get();
    expect(event).toMatchObject({ kind: "listing_changed", path: `/products/${slug}/prices` });

    const page = await publicPrices();
    expect(page.inForce.items.map((i: { key: string }) => i.key)).toEqual(["compute", "storage"]);
    expect((await glancePrice()).text).toBe("From $0.04 per vCPU-hour · 2 price items");
  });

  it("keeps both lists as history when a second starts later, and switches on its date", async () => {
    const today = todayIso();
    const later = addDays(today, 10);
    await call(priceAction, post(pricesPath(), list(later, "0.06"), browser("rep")), { slug });
    const change = pendingOf("prices")!;
    const queue = await (await call(approvalsLoader, get("/admin/approvals", browser("editor")))).json();
    const diff = queue.changes.find((c: { id: number }) => c.id === change.id).fields;
    expect(diff.find((f: { field: string }) => f.field === "item.compute").before).toMatch(/\$0\.05/);
    await approve(change.id);

    const history = priceHistory({ productId: world.product.id });
    expect(history.map((h) => h.effectiveFrom)).toEqual([today, later]);
    expect(history[1].changes).toEqual([{ key: "compute", name: "Compute", change: "up", percent: 20 }]);
    expect(priceListInForce({ productId: world.product.id, today })!.effectiveFrom).toBe(today);
    expect(priceListInForce({ productId: world.product.id, today: later })!.effectiveFrom).toBe(later);
    expect(upcomingLists({ productId: world.product.id, today }).map((l) => l.effectiveFrom)).toEqual([later]);
    const page = await publicPrices();
    expect(page.upcoming).toHaveLength(1);
    expect(page.history).toHaveLength(2);
  });

  it("starts a list approved after its proposed date on the day of approval, not in the past", async () => {
    await call(priceAction, post(pricesPath(), list(todayIso(), "0.07"), browser("rep")), { slug });
    const change = pendingOf("prices")!;
    const yesterday = addDays(todayIso(), -1);
    db()
      .update(listingChanges)
      .set({ after: { ...change.after, effectiveFrom: yesterday } })
      .where(eq(listingChanges.id, change.id))
      .run();
    await approve(change.id);
    expect(db().select().from(priceLists).where(eq(priceLists.changeId, change.id)).get()?.effectiveFrom).toBe(todayIso());
  });

  it("replaces a waiting proposal with a newer one", async () => {
    await call(priceAction, post(pricesPath(), list(addDays(todayIso(), 3), "0.05"), browser("rep")), { slug });
    const first = pendingOf("prices")!;
    await call(priceAction, post(pricesPath(), list(addDays(todayIso(), 4), "0.05"), browser("rep")), { slug });
    expect(db().select().from(listingChanges).where(eq(listingChanges.id, first.id)).get()?.status).toBe("superseded");
    await call(
      approvalsAction,
      post("/admin/approvals", { changeId: String(pendingOf("prices")!.id), intent: "reject", note: "Not yet please" }, browser("editor")),
    );
  });
});

describe("service documents", () => {
  it("refuses a javascript: link, a relative one and a future date, writing nothing", async () => {
    const before = counts();
    const res = await call(
      docsAction,
      post(
        docsPath(),
        {
          slaUrl: "javascript:alert(1)",
          termsUrl: "/terms",
          pricingUrl: "ftp://x.example.org/p",
          definitionDate: addDays(todayIso(), 2),
          slaAvailability: "100.5",
        },
        browser("rep"),
      ),
      { slug },
    );
    expect(res.status).toBe(400);
    const errors = replyErrors(await res.json());
    expect(Object.keys(errors).sort()).toEqual(["definitionDate", "pricingUrl", "slaAvailability", "slaUrl", "termsUrl"]);
    expect(counts()).toEqual(before);
  });

  it("proposes, approves, and archives the version an approval replaces", async () => {
    const first = {
      slaUrl: "https://provider.example.org/sla",
      slaDate: addDays(todayIso(), -30),
      slaAvailability: "99.95",
      supportHours: "24x7",
    };
    await call(docsAction, post(docsPath(), first, browser("rep")), { slug });
    const change = pendingOf("documents")!;
    const queue = await (await call(approvalsLoader, get("/admin/approvals", browser("editor")))).json();
    const fields = queue.changes.find((c: { id: number }) => c.id === change.id).fields;
    expect(fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: "slaUrl", after: first.slaUrl, link: true })]));
    await approve(change.id);
    expect(db().select().from(serviceDocuments).where(eq(serviceDocuments.productId, world.product.id)).get()).toMatchObject({
      slaUrl: first.slaUrl,
      slaAvailability: 99.95,
      supportHours: "24x7",
    });

    const own = await (await call(docsLoader, get(docsPath(), browser("rep")), { slug })).json();
    expect(own.initial.slaAvailability).toBe("99.95");
    await call(docsAction, post(docsPath(), { ...first, slaAvailability: "99.9" }, browser("rep")), { slug });
    await approve(pendingOf("documents")!.id);
    const archived = db()
      .select()
      .from(listingVersions)
      .where(and(eq(listingVersions.entity, "documents"), eq(listingVersions.productId, world.product.id)))
      .orderBy(desc(listingVersions.id))
      .get();
    expect(archived?.data).toMatchObject({ slaAvailability: 99.95 });
    const page = await publicPrices();
    expect(page.documents.slaAvailability).toBe(99.9);
    expect(page.documents.list.find((d: { kind: string }) => d.kind === "sla").url).toBe(first.slaUrl);
  });
});
