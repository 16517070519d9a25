import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "~/routes/rules.$key";
import { loader as indexLoader } from "~/routes/rules._index";
import { action as savePurchase, loader as purchaseLoader } from "~/routes/purchase";
import { db } from "~db/client.server";
import { auditLog, procurementRules, procurementRuleVersions } from "~db/schema";
import { anonymous, makeUser, signIn } from "../accounts/support";
import { seedProcurementRules } from "../../seed/procurement-rules";
import { call, get, post, PROTECTED_PURCHASE, remember } from "./route-helpers";
import { replyErrors, replyValues } from "../support/form-reply";

let editor: { cookie: string; csrf: string };
let buyer: { cookie: string; csrf: string };

beforeAll(async () => {
  seedProcurementRules(db());
  editor = signIn(await makeUser({ email: "rules-editor@dta.gov.au", roles: ["editor"] }));
  buyer = signIn(await makeUser({ email: "rules-buyer@example.com" }));
});

const NEW_VERSION = {
  intent: "add-version",
  effectiveFrom: "2027-01-01",
  effectiveTo: "",
  "param.maxMonths": "24",
  summary: "A hypothetical tightening: the initial term of a digital contract is capped at two years.",
  sourceTitle: "Digital Sourcing Contract Limits and Reviews Policy",
  sourceUrl: "https://architecture.digital.gov.au/digital-sourcing-contract-limits-and-reviews-policy",
};

function versionsOf(key: string) {
  return db()
    .select({
      version: procurementRuleVersions.version,
      effectiveFrom: procurementRuleVersions.effectiveFrom,
      effectiveTo: procurementRuleVersions.effectiveTo,
      params: procurementRuleVersions.params,
    })
    .from(procurementRuleVersions)
    .innerJoin(procurementRules, eq(procurementRules.id, procurementRuleVersions.ruleId))
    .where(eq(procurementRules.key, key))
    .orderBy(procurementRuleVersions.version)
    .all();
}

describe("rules administration", () => {
  it("lists every rule publicly with its source and owner; the rule page shows its history and params fields", async () => {
    const { rules } = await (await call(indexLoader, get("/rules"))).json();
    expect(rules.length).toBeGreaterThanOrEqual(15);
    expect(rules[0].current.sourceUrl).toMatch(/^https:/);
    const page = await (await call(loader, get("/rules/initial_term_cap"), { key: "initial_term_cap" })).json();
    expect(page.canEdit).toBe(false);
    expect(page.fields).toEqual([{ name: "maxMonths", kind: "number", value: "36" }]);
    expect((await call(loader, get("/rules/nope"), { key: "nope" })).status).toBe(404);
    const asEditor = await (await call(loader, get("/rules/initial_term_cap", editor.cookie), { key: "initial_term_cap" })).json();
    expect(asEditor.canEdit).toBe(true);
  });

  it("refuses changes from buyers (403) and anonymous visitors (sign-in redirect)", async () => {
    const before = versionsOf("initial_term_cap");
    expect((await call(action, post("/rules/initial_term_cap", NEW_VERSION, buyer), { key: "initial_term_cap" })).status).toBe(403);
    const anon = await call(action, post("/rules/initial_term_cap", NEW_VERSION, anonymous()), { key: "initial_term_cap" });
    expect([302, 403]).toContain(anon.status);
    expect(
      (await call(action, post("/rules/initial_term_cap", { intent: "retire", lastDay: "2026-01-01" }, buyer), { key: "initial_term_cap" }))
        .status,
    ).toBe(403);
    expect(versionsOf("initial_term_cap")).toEqual(before);
  });

  it("validates a new version, keeping what was typed", async () => {
    const res = await call(
      action,
      post(
        "/rules/initial_term_cap",
        { ...NEW_VERSION, "param.maxMonths": "two years", effectiveFrom: "2027-02-30", sourceUrl: "ftp://x" },
        editor,
      ),
      { key: "initial_term_cap" },
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(replyErrors(body)).sort()).toEqual(["effectiveFrom", "param.maxMonths", "sourceUrl"]);
    expect(replyValues(body)["param.maxMonths"]).toBe("two years");
    // The engine's own parameter check: a fractional month count is refused.
    const engine = await call(action, post("/rules/initial_term_cap", { ...NEW_VERSION, "param.maxMonths": "24.5" }, editor), {
      key: "initial_term_cap",
    });
    expect(engine.status).toBe(400);
    expect(replyErrors(await engine.json()).params).toMatch(/maxMonths/);
  });

  it("lets an editor add a version, audited, which the engine uses from its first day", async () => {
    const browser = anonymous();
    const purchase = { ...PROTECTED_PURCHASE, initialTermMonths: "30", signingDate: "2027-03-01" };
    remember(browser, await call(savePurchase, post("/purchase", purchase, browser)));
    const outcome = async () =>
      (await (await call(purchaseLoader, get("/purchase", browser.cookie))).json()).results.find(
        (r: { key: string }) => r.key === "initial_term_cap",
      );
    expect((await outcome()).outcome).toBe("meets");

    const res = await call(action, post("/rules/initial_term_cap", NEW_VERSION, editor), { key: "initial_term_cap" });
    expect(res.status).toBe(302);
    const versions = versionsOf("initial_term_cap");
    const [previous, added] = versions.slice(-2);
    expect(added).toMatchObject({ effectiveFrom: "2027-01-01", effectiveTo: null, params: { maxMonths: 24 } });
    expect(previous.effectiveTo).toBe("2026-12-31");
    const audited = db()
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "procurement_rule"), eq(auditLog.entityId, "initial_term_cap")))
      .all();
    expect(audited).toEqual([
      expect.objectContaining({ action: "procurement_rule.version_added", details: expect.objectContaining({ version: added.version }) }),
    ]);

    const judged = await outcome();
    expect(judged.outcome).toBe("does_not_meet");
    expect(judged.version.version).toBe(added.version);

    // A contract signed before the new version is still judged by the old one.
    remember(browser, await call(savePurchase, post("/purchase", { ...purchase, signingDate: "2026-06-01" }, browser)));
    expect((await outcome()).outcome).toBe("meets");
  });

  it("lets an editor retire a rule: it stops applying after its last day, and is audited", async () => {
    const res = await call(action, post("/rules/reuse", { intent: "retire", lastDay: "2026-12-31" }, editor), { key: "reuse" });
    expect(res.status).toBe(302);
    expect(versionsOf("reuse").at(-1)?.effectiveTo).toBe("2026-12-31");
    const rule = db()
      .select({ retiredAt: procurementRules.retiredAt })
      .from(procurementRules)
      .where(eq(procurementRules.key, "reuse"))
      .get();
    expect(rule?.retiredAt).not.toBeNull();
    expect(db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, "reuse")).all()).toEqual([
      { action: "procurement_rule.retired" },
    ]);
  });
});
