/**
 * The agency's service dashboard (/agency) and its printable summary: who may open them, the
 * 90-day lapse highlight worked out by the currency rules, price changes since the agency started,
 * colleagues' reviews, and staff correcting their own agency's list (audited; bad input changes
 * nothing). Real SQLite, real sessions and real Requests; badge dates are set relative to the real
 * today because the loaders take no date from outside.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { agencies, auditLog, badges, priceLists, productAgencies, products, providers, users } from "~db/schema";
import { expiryDate } from "~/assurance/currency";
import { addDays, addMonths, daysBetween, formatDate, todayIso } from "~/platform/dates";
import { loader as dashboardLoader, action as dashboardAction } from "~/routes/agency._index";
import { loader as summaryLoader } from "~/routes/agency.summary";
import { AccessRefused } from "~/agency/access-refused";
import { ProductCompliance, PRICES_PLACEHOLDER } from "~/agency/product-compliance";
import { ComplianceTiles } from "~/agency/compliance-tiles";
import type { AgencyDashboard } from "~/agency/dashboard-view";
import { anonymous, makeUser, signIn } from "../accounts/support";
import { call, get, insertReview, isLoginRedirect, post, type Browser } from "../reviews/fixtures";

const today = todayIso();
const DUE_IN = 30;
// An IRAP assessment lasts 24 months: assessed this long ago, it lapses DUE_IN days from today.
const dueAssessedOn = addMonths(addDays(today, DUE_IN), -24);
const dueLastDay = expiryDate({ kind: "irap", level: "PROTECTED", assessedOn: dueAssessedOn })!;

let w: Awaited<ReturnType<typeof buildAgencyWorld>>;

async function buildAgencyWorld() {
  const providerId = db().insert(providers).values({ slug: "agy-prov", name: "Agy Provider" }).returning({ id: providers.id }).get().id;
  const product = (slug: string, name: string) =>
    db()
      .insert(products)
      .values({ slug, providerId, name, serviceModel: "SaaS", listedOn: "2023-01-01" })
      .returning({ id: products.id })
      .get().id;
  const due = product("agy-due", "Agy Lapsing Platform");
  const overdue = product("agy-overdue", "Agy Overdue Mail");
  const current = product("agy-current", "Agy Current Storage");
  const others = product("agy-others", "Agy Other Agency Desk");
  const spare = product("agy-spare", "Agy Spare Analytics");
  db()
    .insert(badges)
    .values([
      { productId: due, kind: "irap", level: "PROTECTED", assessedOn: dueAssessedOn, assessorName: "Agy Assessors" },
      { productId: overdue, kind: "irap", level: "OFFICIAL: Sensitive", assessedOn: addMonths(today, -25) },
      { productId: current, kind: "iso27001", level: "certified", assessedOn: addMonths(today, -6) },
      { productId: others, kind: "irap", level: "PROTECTED", assessedOn: addMonths(today, -23) },
    ])
    .run();
  const agency = (slug: string, name: string) =>
    db().insert(agencies).values({ slug, name, source: "provider" }).returning({ id: agencies.id }).get().id;
  const mine = agency("agy-mine", "Agy Department of Testing");
  const theirs = agency("agy-theirs", "Agy Other Agency");
  const since = "2025-01-01";
  db()
    .insert(productAgencies)
    .values([
      { productId: due, agencyId: mine, relationship: "authorised", since },
      { productId: overdue, agencyId: mine, relationship: "reusing", since },
      { productId: current, agencyId: mine, relationship: "authorised", since },
      { productId: others, agencyId: theirs, relationship: "authorised", since },
    ])
    .run();
  // Two lists for the current product: the first before the agency started (a baseline), one after.
  const item = (micros: number) => ({
    key: "storage",
    name: "Storage",
    unit: "tb_month",
    gst: "taxable",
    billingPeriod: "monthly",
    minimumTermMonths: null,
    minimumCommitmentMicros: null,
    tiers: [{ fromQuantity: 0, unitPriceMicros: micros }],
  });
  db()
    .insert(priceLists)
    .values([
      { productId: current, effectiveFrom: "2024-07-01", items: [item(20_000_000)], source: "provider" },
      { productId: current, effectiveFrom: "2025-07-01", items: [item(22_000_000)], source: "provider" },
    ])
    .run();
  const staff = async (local: string, agencyId: number | null) => {
    const id = await makeUser({ email: `${local}@agy-testing.gov.au`, displayName: `${local} person` });
    db().update(users).set({ agencyId }).where(eq(users.id, id)).run();
    return id;
  };
  const ids = {
    buyer: await makeUser({ email: "buyer@agy.example.org" }),
    staff: await staff("staff", mine),
    colleague: await staff("colleague", mine),
    outsider: await staff("outsider", theirs),
    unplaced: await staff("unplaced", null),
  };
  const colleagueReview = insertReview({ productId: due, userId: ids.colleague });
  insertReview({ productId: due, userId: ids.outsider });
  insertReview({ productId: current, userId: ids.staff, status: "pending" });
  return { products: { due, overdue, current, others, spare }, agencies: { mine, theirs }, ids, colleagueReview, since };
}

beforeAll(async () => {
  w = await buildAgencyWorld();
});

const html = (el: ReturnType<typeof createElement>) =>
  renderToStaticMarkup(el)
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

async function dashboard(browser: Browser): Promise<AgencyDashboard> {
  const res = await call(dashboardLoader as never, get("/agency", browser));
  expect(res.status).toBe(200);
  return (await res.json()).dashboard;
}

const entries = (agencyId: number) =>
  db()
    .select({ productId: productAgencies.productId, relationship: productAgencies.relationship, since: productAgencies.since })
    .from(productAgencies)
    .where(eq(productAgencies.agencyId, agencyId))
    .all()
    .sort((a, b) => a.productId - b.productId);

const auditRows = (action: string) =>
  db()
    .select({ entity: auditLog.entity, entityId: auditLog.entityId, details: auditLog.details, actor: auditLog.actorUserId })
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .all();

describe("who may open /agency", () => {
  it("sends anonymous visitors to sign in, from both pages", async () => {
    for (const fn of [dashboardLoader, summaryLoader]) {
      const res = await call(fn as never, get("/agency", anonymous()));
      expect(isLoginRedirect(res)).toBe(true);
    }
  });

  it("refuses a buyer who is not agency staff with 403 saying who can use it", async () => {
    const res = await call(dashboardLoader as never, get("/agency", signIn(w.ids.buyer)));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ reason: "not-staff" });
    const page = html(createElement(AccessRefused, { reason: "not-staff" }));
    expect(page).toContain("Only agency staff can use it");
    const post403 = await call(
      dashboardAction as never,
      post("/agency", { intent: "remove", productId: String(w.products.due) }, signIn(w.ids.buyer)),
    );
    expect(post403.status).toBe(403);
  });

  it("refuses staff without an agency with 403 and a link to choose one", async () => {
    const res = await call(summaryLoader as never, get("/agency/summary", signIn(w.ids.unplaced)));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ reason: "no-agency" });
    const markup = renderToStaticMarkup(createElement(AccessRefused, { reason: "no-agency" }));
    expect(markup).toContain('<a href="/account">Choose your agency on your account page</a>');
  });

  it("shows staff their own agency's products only", async () => {
    const d = await dashboard(signIn(w.ids.staff));
    expect(d.agency.name).toBe("Agy Department of Testing");
    expect(d.products.map((p) => p.name)).toEqual(["Agy Current Storage", "Agy Lapsing Platform", "Agy Overdue Mail"]);
    expect(d.products.find((p) => p.name === "Agy Overdue Mail")?.relationshipWords).toBe("Reusing");
    const theirs = await dashboard(signIn(w.ids.outsider));
    expect(theirs.products.map((p) => p.name)).toEqual(["Agy Other Agency Desk"]);
  });
});

describe("the dashboard's facts", () => {
  it("highlights a badge lapsing within 90 days with its date and days left, and an overdue one", async () => {
    const d = await dashboard(signIn(w.ids.staff));
    const days = daysBetween(today, dueLastDay);
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(90);
    const lapsing = d.products.find((p) => p.slug === "agy-due")!;
    expect(lapsing.state).toBe("due");
    expect(lapsing.badges[0]).toMatchObject({ state: "due", daysToExpiry: days, expiresWords: formatDate(dueLastDay) });
    expect(lapsing.badges[0].label).toBe(`IRAP reassessment due in ${days} days`);
    expect(d.products.find((p) => p.slug === "agy-overdue")!.state).toBe("overdue");
    expect(d.products.find((p) => p.slug === "agy-current")!.state).toBe("current");
    expect(d.counts).toEqual({ current: 1, due: 1, overdue: 1, undated: 0 });

    const card = html(createElement(ProductCompliance, { product: lapsing }));
    expect(card).toContain(
      `Falls due: IRAP assessment: PROTECTED: IRAP reassessment due in ${days} days (last day current ${formatDate(dueLastDay)}, ${days} days left)`,
    );
    const tiles = html(createElement(ComplianceTiles, { counts: d.counts, total: 3 }));
    expect(tiles).toContain("1 Due within 90 days");
    expect(tiles).toContain("1 Overdue or lapsed");
  });

  it("says what to do next, most urgent first", async () => {
    const d = await dashboard(signIn(w.ids.staff));
    const steps = d.nextSteps.map((s) => s.text);
    expect(steps[0]).toBe("Check Agy Overdue Mail: its IRAP assessment is overdue");
    expect(steps[1]).toBe(
      `Renew your risk assessment: Agy Lapsing Platform's IRAP assessment lapses after ${formatDate(dueLastDay)} (${daysBetween(today, dueLastDay)} days left)`,
    );
    expect(steps).toContain("Read the new review of Agy Lapsing Platform");
    // Nobody at the agency has assessed any of the three.
    expect(steps).toContain("Assess Agy Current Storage against the common assessment framework");
    expect(d.nextSteps.find((s) => s.text.startsWith("Read the new review"))?.href).toBe(`/products/agy-due#review-${w.colleagueReview}`);
  });

  it("lists colleagues' published reviews (not other agencies') and the person's own pending ones", async () => {
    const d = await dashboard(signIn(w.ids.staff));
    expect(d.reviews.map((r) => [r.id, r.reviewerName])).toEqual([[w.colleagueReview, "A colleague"]]);
    expect(d.ownPending.map((r) => r.productName)).toEqual(["Agy Current Storage"]);
  });

  it("shows price changes since the agency started, and the placeholder where no prices are published", async () => {
    const d = await dashboard(signIn(w.ids.staff));
    const storage = d.products.find((p) => p.slug === "agy-current")!;
    expect(storage.prices.published).toBe(true);
    expect(storage.prices.changes).toEqual([
      { effectiveFrom: "2025-07-01", effectiveWords: "1 Jul 2025", upcoming: false, words: ["Storage: price up 10%"] },
    ]);
    const lapsing = d.products.find((p) => p.slug === "agy-due")!;
    expect(lapsing.prices.published).toBe(false);
    expect(html(createElement(ProductCompliance, { product: lapsing }))).toContain(PRICES_PLACEHOLDER);
  });
});

describe("staff keep their agency's list right", () => {
  const browser = () => signIn(w.ids.staff);

  it("adds a product by name with its start date and relationship, audited", async () => {
    const res = await call(
      dashboardAction as never,
      post("/agency", { intent: "add", product: "Spare Analytics", since: "2025-03-12", relationship: "reusing" }, browser()),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).notice).toBe("Agy Spare Analytics is now on your agency's list.");
    expect(entries(w.agencies.mine)).toContainEqual({ productId: w.products.spare, relationship: "reusing", since: "2025-03-12" });
    expect(auditRows("agency.product_add")).toEqual([
      {
        entity: "agency",
        entityId: String(w.agencies.mine),
        actor: w.ids.staff,
        details: { productId: w.products.spare, relationship: "reusing", since: "2025-03-12" },
      },
    ]);
  });

  it("refuses bad input with the message by its field, the values kept, and nothing changed", async () => {
    const before = entries(w.agencies.mine);
    const audits = db().select({ id: auditLog.id }).from(auditLog).all().length;
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ product: "No Such Thing Anywhere", since: "2025-01-01" }, "product", /No product's name has “No Such Thing Anywhere” in it/],
      [{ product: "Agy Lapsing Platform", since: "2025-01-01" }, "product", /already on your agency's list/],
      [{ product: "Agy", since: "2025-01-01" }, "product", /products match “Agy”: type more of the name/],
      [{ product: "Agy Lapsing Platform", since: addDays(today, 1) }, "since", /cannot be after today/],
      [{ product: "Agy Lapsing Platform", since: "2025-02-30" }, "since", /real date/],
      [{ product: "", since: "2025-01-01" }, "product", /Enter part of the product's name/],
    ];
    for (const [fields, field, message] of cases) {
      const res = await call(
        dashboardAction as never,
        post("/agency", { intent: "add", relationship: "authorised", ...fields }, browser()),
      );
      expect(res.status).toBe(400);
      const reply = await res.json();
      expect(reply.error[field]?.[0]).toMatch(message);
      expect(reply.initialValue.since).toBe(fields.since);
    }
    const bad = await call(
      dashboardAction as never,
      post("/agency", { intent: "add", product: "Agy Spare", since: "2025-01-01", relationship: "owner" }, browser()),
    );
    expect((await bad.json()).error.relationship).toBeDefined();
    expect(entries(w.agencies.mine)).toEqual(before);
    expect(db().select({ id: auditLog.id }).from(auditLog).all().length).toBe(audits);
  });

  it("corrects the relationship and start date, audited with what it was", async () => {
    const res = await call(
      dashboardAction as never,
      post("/agency", { intent: "update", productId: String(w.products.due), relationship: "reusing", since: "2024-11-05" }, browser()),
    );
    expect(res.status).toBe(200);
    expect(entries(w.agencies.mine)).toContainEqual({ productId: w.products.due, relationship: "reusing", since: "2024-11-05" });
    expect(auditRows("agency.product_update").at(-1)).toMatchObject({
      entityId: String(w.agencies.mine),
      details: {
        productId: w.products.due,
        relationship: "reusing",
        since: "2024-11-05",
        previousRelationship: "authorised",
        previousSince: w.since,
      },
    });
    const future = await call(
      dashboardAction as never,
      post(
        "/agency",
        { intent: "update", productId: String(w.products.due), relationship: "authorised", since: addDays(today, 3) },
        browser(),
      ),
    );
    expect(future.status).toBe(400);
    expect(entries(w.agencies.mine)).toContainEqual({ productId: w.products.due, relationship: "reusing", since: "2024-11-05" });
  });

  it("touches only the agency's own list", async () => {
    const theirs = entries(w.agencies.theirs);
    for (const intent of ["update", "remove"]) {
      const res = await call(
        dashboardAction as never,
        post("/agency", { intent, productId: String(w.products.others), relationship: "reusing", since: "2025-01-01" }, browser()),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).error[""][0]).toBe("That product is not on your agency's list.");
    }
    expect(entries(w.agencies.theirs)).toEqual(theirs);
    const noCsrf = await call(
      dashboardAction as never,
      post("/agency", { intent: "remove", productId: String(w.products.due) }, { ...browser(), csrf: null }),
    );
    expect(noCsrf.status).toBe(403);
    expect(entries(w.agencies.mine).some((e) => e.productId === w.products.due)).toBe(true);
  });

  it("removes a product, audited", async () => {
    const res = await call(dashboardAction as never, post("/agency", { intent: "remove", productId: String(w.products.spare) }, browser()));
    expect(res.status).toBe(200);
    expect(
      db()
        .select({ p: productAgencies.productId })
        .from(productAgencies)
        .where(and(eq(productAgencies.agencyId, w.agencies.mine), eq(productAgencies.productId, w.products.spare)))
        .all(),
    ).toEqual([]);
    expect(auditRows("agency.product_remove")).toEqual([
      {
        entity: "agency",
        entityId: String(w.agencies.mine),
        actor: w.ids.staff,
        details: { productId: w.products.spare, relationship: "reusing", since: "2025-03-12" },
      },
    ]);
  });
});

describe("the printable summary", () => {
  it("states when it was generated, for which agency, and every product's status and next dates", async () => {
    const res = await call(summaryLoader as never, get("/agency/summary", signIn(w.ids.staff)));
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.generated).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} at \d{1,2}:\d{2} (am|pm) Canberra time$/);
    expect(data.dashboard.agency.name).toBe("Agy Department of Testing");
    const text = (data.dashboard as AgencyDashboard).products.map((p) => html(createElement(ProductCompliance, { product: p }))).join(" ");
    expect(text).toContain("Agy Current Storage");
    expect(text).toContain("Agy Overdue Mail");
    expect(text).toContain(`last day current ${formatDate(dueLastDay)}`);
    expect(text).toMatch(/IRAP reassessment overdue since \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(text).toContain("Price changes since 1 Jan 2025");
    // The summary has no forms: nothing there to hide or submit when printed.
    expect(text).not.toContain("Save changes");
  });
});
