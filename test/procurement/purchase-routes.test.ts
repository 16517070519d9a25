import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUserSession } from "~/accounts/session.server";
import { action, loader } from "~/routes/purchase";
import { db } from "~db/client.server";
import { purchases } from "~db/schema";
import { anonymous, cookieFrom, csrfFrom, makeUser, signIn } from "../accounts/support";
import { seedProcurementRules } from "../../seed/procurement-rules";
import { call, get, post, PROTECTED_PURCHASE, remember } from "./route-helpers";
import { replyErrors, replyValues } from "../support/form-reply";

seedProcurementRules(db());

describe("/purchase", () => {
  it("keeps an anonymous buyer's purchase in the session, and shows its summary", async () => {
    const browser = anonymous();
    const saved = await call(action, post("/purchase", PROTECTED_PURCHASE, browser));
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe("/purchase?done=saved");
    remember(browser, saved);
    expect(browser.cookie).toMatch(/cx_session=/);

    const data = await (await call(loader, get("/purchase?done=saved", browser.cookie))).json();
    expect(data.purchase).toMatchObject({
      classification: "PROTECTED",
      costGstInc: 50_000,
      initialTermMonths: 12,
      signingDate: "2026-07-01",
    });
    expect(data.values.costGstInc).toBe("50000");
    expect(data.results.length).toBeGreaterThan(10);
    expect(data.done).toBe("saved");

    // Another browser has no purchase.
    expect((await (await call(loader, get("/purchase"))).json()).purchase).toBeNull();
  });

  it("answers bad input with 400, a message per field, what was typed, and no change", async () => {
    const browser = anonymous();
    remember(browser, await call(action, post("/purchase", PROTECTED_PURCHASE, browser)));
    const bad = await call(
      action,
      post("/purchase", { ...PROTECTED_PURCHASE, costGstInc: "lots", initialTermMonths: "0", classification: "CONFIDENTIAL" }, browser),
    );
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(Object.keys(replyErrors(body)).sort()).toEqual(["classification", "costGstInc", "initialTermMonths"]);
    expect(replyValues(body).costGstInc).toBe("lots");
    const data = await (await call(loader, get("/purchase", browser.cookie))).json();
    expect(data.purchase.costGstInc).toBe(50_000);
  });

  it("keeps the saved purchase and what was typed when the cost overflows or the justification is 3 MB", async () => {
    const browser = anonymous();
    remember(browser, await call(action, post("/purchase", PROTECTED_PURCHASE, browser)));
    const huge = `1${"0".repeat(308)}`;
    const bad = await call(
      action,
      post(
        "/purchase",
        { ...PROTECTED_PURCHASE, costGstInc: huge, liability: "unlimited", liabilityJustification: "z".repeat(3_000_000) },
        browser,
      ),
    );
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(Object.keys(replyErrors(body)).sort()).toEqual(["costGstInc", "liabilityJustification"]);
    expect(replyValues(body).costGstInc).toBe(huge);
    const data = await (await call(loader, get("/purchase", browser.cookie))).json();
    expect(data.purchase).toMatchObject({ costGstInc: 50_000, liabilityJustification: "" });
  });

  it("refuses a POST without the CSRF token", async () => {
    const res = await call(action, post("/purchase", PROTECTED_PURCHASE, { cookie: "cx_csrf=abc", csrf: "wrong" }));
    expect(res.status).toBe(403);
  });

  it("stores a signed-in buyer's purchase on the account, and clears it", async () => {
    const userId = await makeUser({ email: "purchase-buyer@example.com" });
    const browser = signIn(userId);
    const saved = await call(action, post("/purchase", { ...PROTECTED_PURCHASE, classification: "OFFICIAL" }, browser));
    expect(saved.status).toBe(302);
    const row = db().select({ inputs: purchases.inputs }).from(purchases).where(eq(purchases.userId, userId)).get();
    expect(row?.inputs).toMatchObject({ classification: "OFFICIAL", costExGst: 45_455 });

    const cleared = await call(action, post("/purchase", { intent: "clear" }, browser));
    expect(cleared.headers.get("Location")).toBe("/purchase?done=cleared");
    expect(db().select({ id: purchases.id }).from(purchases).where(eq(purchases.userId, userId)).get()).toBeUndefined();
  });

  it("hands an anonymous purchase to an account that has none when the buyer signs in", async () => {
    const userId = await makeUser({ email: "adopting-buyer@example.com" });
    const browser = anonymous();
    remember(browser, await call(action, post("/purchase", PROTECTED_PURCHASE, browser)));
    const signInHeaders = createUserSession(get("/login", browser.cookie), userId);
    const cookie = cookieFrom(signInHeaders, browser.cookie);
    const data = await (await call(loader, get("/purchase", cookie))).json();
    expect(data.signedIn).toBe(true);
    expect(data.purchase.classification).toBe("PROTECTED");
    expect(db().select({ inputs: purchases.inputs }).from(purchases).where(eq(purchases.userId, userId)).get()?.inputs).toMatchObject({
      classification: "PROTECTED",
    });
    expect(csrfFrom(cookie)).not.toBe("");
  });
});
