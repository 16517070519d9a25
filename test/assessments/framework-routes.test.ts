/** Editors publish framework versions; everyone reads the framework, its upcoming versions and its history. */
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import { frameworkFormDefaults } from "~/assessments/framework-form.server";
import { currentFramework, frameworkVersionByNumber } from "~/assessments/framework.server";
import { addDays, todayIso } from "~/platform/dates";
import { loader as frameworkLoader } from "~/routes/framework._index";
import { action as newAction, loader as newLoader } from "~/routes/framework.new";
import { loader as versionLoader } from "~/routes/framework.versions.$version";
import { db } from "~db/client.server";
import { assessmentFrameworkVersions, auditLog } from "~db/schema";
import { anonymous, makeUser, signIn } from "../accounts/support";
import { call, get, post } from "../reviews/fixtures";
import { replyErrors, replyValues } from "../support/form-reply";
import { ensureFrameworkV1 } from "./framework-fixture";

type Browser = { cookie: string; csrf: string };
let editor: Browser;
let admin: Browser;
let buyer: Browser;
let editorId: number;

beforeAll(async () => {
  ensureFrameworkV1();
  editorId = await makeUser({ email: "framework-editor@dta.gov.au", roles: ["editor"] });
  editor = signIn(editorId);
  admin = signIn(await makeUser({ email: "framework-admin@example.org", roles: ["admin"] }));
  buyer = signIn(await makeUser({ email: "framework-buyer@example.org" }));
});

const versionCount = () => db().select({ n: count() }).from(assessmentFrameworkVersions).get()!.n;
const publishAudits = () => db().select({ n: count() }).from(auditLog).where(eq(auditLog.action, "framework.publish")).get()!.n;

/** The form as it first appears (the base version's values), with the version's details filled in. */
function form(base: number, overrides: Record<string, string> = {}): Record<string, string> {
  const document = frameworkVersionByNumber(base)!.document;
  return {
    base: String(base),
    ...frameworkFormDefaults(document),
    effectiveFrom: todayIso(),
    summary: "Price transparency now needs a cost calculator and notice of changes for every classification.",
    sourceTitle: "Cloud Exchange framework review 2026",
    sourceUrl: "https://www.dta.gov.au/framework-review",
    ...overrides,
  };
}

const publish = (fields: Record<string, string>, browser: Browser = editor) => call(newAction, post("/framework/new", fields, browser));
const frameworkPage = async (browser = anonymous()) => (await call(frameworkLoader, get("/framework", browser))).json();

describe("who may publish", () => {
  it("shows editors and administrators the form, starting from the newest version; others are refused", async () => {
    const page = await (await call(newLoader, get("/framework/new", editor))).json();
    expect(page.base.version).toBe(1);
    expect(page.defaults["q.price_transparency.minimum"]).toBe("4");
    expect(page.defaults["q.data_sovereignty.protected"]).toBe("5");
    expect((await call(newLoader, get("/framework/new", admin))).status).toBe(200);
    expect((await call(newLoader, get("/framework/new", buyer))).status).toBe(403);
    const anon = await call(newLoader, get("/framework/new", anonymous()));
    expect(anon.status).toBe(302);
    expect(anon.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect((await frameworkPage(editor)).canEdit).toBe(true);
    expect((await frameworkPage(buyer)).canEdit).toBe(false);
  });

  it("refuses a buyer's POST with 403 and writes nothing", async () => {
    const before = versionCount();
    expect((await publish(form(1, { "q.price_transparency.minimum": "5" }), buyer)).status).toBe(403);
    expect(versionCount()).toBe(before);
    expect(publishAudits()).toBe(0);
  });
});

describe("publishing a version", () => {
  it("publishes version 2 in force from today, audited, and /framework shows it with v1 in the history", async () => {
    const res = await publish(form(1, { "q.price_transparency.minimum": "5", "q.price_transparency.minimumSource": "proposed" }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/framework?published=2");

    const page = await (await call(frameworkLoader, get("/framework?published=2", anonymous()))).json();
    expect(page.published).toMatchObject({ version: 2, state: "in_force" });
    expect(page.current).toMatchObject({ version: 2, effectiveFrom: todayIso(), state: "in_force" });
    const price = page.current.document.qualities.find((q: { key: string }) => q.key === "price_transparency");
    expect(price).toMatchObject({ minimum: 5, minimumSource: "proposed" });
    // Untouched qualities come through as they were, rises and mandatory status included.
    const sovereignty = page.current.document.qualities.find((q: { key: string }) => q.key === "data_sovereignty");
    expect(sovereignty).toEqual(FRAMEWORK_V1.qualities.find((q) => q.key === "data_sovereignty"));
    expect(page.history.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [1, "superseded"],
      [2, "in_force"],
    ]);
    expect(page.history[0].until).toBe(todayIso());

    const entry = db()
      .select({ actor: auditLog.actorUserId, entity: auditLog.entity, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "framework.publish"), eq(auditLog.entityId, "2")))
      .get();
    expect(entry).toMatchObject({ actor: editorId, entity: "assessment_framework", details: { basedOn: 1 } });
  });

  it("keeps a version with a later date upcoming until its effective date, and lists it on its own page", async () => {
    const start = addDays(todayIso(), 30);
    const res = await publish(form(2, { effectiveFrom: start, "q.data_sovereignty.sensitive": "5" }));
    expect(res.headers.get("Location")).toBe("/framework?published=3");

    const page = await frameworkPage();
    expect(page.current.version).toBe(2);
    expect(page.upcoming.map((v: { version: number }) => v.version)).toEqual([3]);
    expect(page.history.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect(currentFramework(addDays(start, -1))?.version).toBe(2);
    expect(currentFramework(start)?.version).toBe(3);

    const v3 = await (await call(versionLoader, get("/framework/versions/3", anonymous()), { version: "3" })).json();
    expect(v3.version).toMatchObject({ version: 3, state: "upcoming", effectiveFrom: start });
    const sovereignty = v3.version.document.qualities.find((q: { key: string }) => q.key === "data_sovereignty");
    // A changed rise is marked proposed; the unchanged PROTECTED rise is kept as it was.
    expect(sovereignty.raisedFrom).toEqual([
      { classification: "OFFICIAL: Sensitive", minimum: 5, source: "proposed" },
      { classification: "PROTECTED", minimum: 5, source: "proposed" },
    ]);
    const v1 = await (await call(versionLoader, get("/framework/versions/1", anonymous()), { version: "1" })).json();
    expect(v1.version).toMatchObject({ version: 1, state: "superseded" });
    expect(v1.version.document.qualities.find((q: { key: string }) => q.key === "price_transparency").minimum).toBe(4);
  });

  it("answers 404 for a version that does not exist", async () => {
    for (const version of ["99", "0", "abc", "1.5"]) {
      expect((await call(versionLoader, get(`/framework/versions/${version}`, anonymous()), { version })).status).toBe(404);
    }
  });

  it("refuses a form that started from an older version than the newest, so no change is silently undone", async () => {
    const before = versionCount();
    const res = await publish(form(1, { effectiveFrom: addDays(todayIso(), 60) }));
    expect(res.status).toBe(409);
    expect(replyErrors(await res.json()).form).toMatch(/Version 3 was published while you were editing/);
    expect(versionCount()).toBe(before);
  });
});

describe("bad input", () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ["a minimum of 0", { "q.price_transparency.minimum": "0" }, "q.price_transparency.minimum", /from 1 to 5/],
    ["a minimum of 6", { "q.exit_provisions.protected": "6" }, "q.exit_provisions.protected", /from 1 to 5/],
    [
      "a raised minimum below the base",
      { "q.exit_provisions.minimum": "4", "q.exit_provisions.sensitive": "3" },
      "q.exit_provisions.sensitive",
      /cannot be below its base minimum \(4\)/,
    ],
    [
      "a PROTECTED minimum below the OFFICIAL: Sensitive one",
      { "q.data_sovereignty.sensitive": "5", "q.data_sovereignty.protected": "4" },
      "q.data_sovereignty.protected",
      /cannot be below its OFFICIAL: Sensitive minimum \(5\)/,
    ],
    ["a javascript: address", { sourceUrl: "javascript:alert(1)" }, "sourceUrl", /https:\/\/ or http:\/\//],
    ["a date in the past", { effectiveFrom: addDays(todayIso(), -1) }, "effectiveFrom", /today or later/],
    ["a date that is not a date", { effectiveFrom: "2027-02-30" }, "effectiveFrom", /year-month-day/],
    ["a summary that is too short", { summary: "Tweak" }, "summary", /at least 10 characters/],
    ["an empty label", { "q.price_transparency.label": "" }, "q.price_transparency.label", /Enter a label/],
  ];

  it.each(cases)(
    "refuses %s with 400, the message beside the field, the input kept and nothing written",
    async (_, overrides, field, message) => {
      const versions = versionCount();
      const audits = publishAudits();
      const res = await publish(form(3, overrides));
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(replyErrors(body)[field]).toMatch(message);
      const typed = replyValues(body);
      for (const [name, value] of Object.entries(overrides)) if (value !== "") expect(typed[name]).toBe(value);
      expect(typed.summary ?? "").toBe(overrides.summary ?? form(3).summary);
      expect(versionCount()).toBe(versions);
      expect(publishAudits()).toBe(audits);
    },
  );
});
