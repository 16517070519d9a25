/** The buyer's requirements profile: starting from the framework's minimums, saving, refusing, resetting. */
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultMinimums } from "~/assessments/framework";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import { savedProfile } from "~/assessments/profile.server";
import { action as purchaseAction } from "~/routes/purchase";
import { action, loader } from "~/routes/requirements";
import { db } from "~db/client.server";
import { requirementProfiles } from "~db/schema";
import { anonymous, makeUser, signIn } from "../accounts/support";
import { PROTECTED_PURCHASE } from "../procurement/route-helpers";
import { call, get, post } from "../reviews/fixtures";
import { replyErrors, replyValues } from "../support/form-reply";
import { ensureFrameworkV1 } from "./framework-fixture";

type Browser = { cookie: string; csrf: string };
let buyer: Browser;
let buyerId: number;

beforeAll(async () => {
  ensureFrameworkV1();
  buyerId = await makeUser({ email: "profile-buyer@example.org" });
  buyer = signIn(buyerId);
});

const page = async (browser: { cookie: string; csrf: string | null }, query = "") => {
  const res = await call(loader, get(`/requirements${query}`, browser));
  expect(res.status).toBe(200);
  return res.json();
};
type Quality = { key: string; frameworkMinimum: number; mandatory: boolean; source: string };
const quality = (data: { groups: { qualities: Quality[] }[] }, key: string) =>
  data.groups.flatMap((g) => g.qualities).find((q) => q.key === key);
const profileRows = () => db().select({ n: count() }).from(requirementProfiles).get()!.n;

/** The profile form as a browser sends it: every quality's minimum ("" for none). */
function profileForm(classification: string, minimums: Record<string, number | "">): Record<string, string> {
  return {
    intent: "save",
    classification,
    ...Object.fromEntries(Object.entries(minimums).map(([k, v]) => [`minimum.${k}`, String(v)])),
  };
}

describe("anonymous visitors", () => {
  it("see the framework's minimums for OFFICIAL data, and cannot save", async () => {
    const data = await page(anonymous());
    expect(data.signedIn).toBe(false);
    expect(data.profile).toMatchObject({ classification: "OFFICIAL", saved: false, frameworkVersion: 1 });
    expect(data.profile.minimums).toEqual(defaultMinimums(FRAMEWORK_V1, "OFFICIAL"));
    expect(quality(data, "data_sovereignty")).toMatchObject({ frameworkMinimum: 3, mandatory: false, source: "dta" });

    const res = await call(action, post("/requirements", profileForm("OFFICIAL", { price_transparency: 5 }), anonymous()));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect(profileRows()).toBe(0);
  });

  it("can see the minimums for another classification", async () => {
    const data = await page(anonymous(), "?classification=PROTECTED");
    expect(data.profile.classification).toBe("PROTECTED");
    expect(quality(data, "data_sovereignty")).toMatchObject({ frameworkMinimum: 5, mandatory: true, source: "proposed" });
  });
});

describe("a signed-in buyer", () => {
  it("starts from the framework's minimums for their proposed purchase's classification", async () => {
    expect((await call(purchaseAction, post("/purchase", PROTECTED_PURCHASE, buyer))).status).toBe(302);
    const data = await page(buyer);
    expect(data).toMatchObject({ signedIn: true, hasSaved: false, fromPurchase: "PROTECTED" });
    expect(data.profile).toMatchObject({ classification: "PROTECTED", saved: false });
    expect(data.profile.minimums).toEqual(defaultMinimums(FRAMEWORK_V1, "PROTECTED"));
  });

  it("saves a profile, raising one minimum and dropping another", async () => {
    const minimums = { ...defaultMinimums(FRAMEWORK_V1, "PROTECTED"), price_transparency: 5, exit_provisions: "" as const };
    const res = await call(action, post("/requirements", profileForm("PROTECTED", minimums), buyer));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/requirements?done=saved");
    const saved = savedProfile(buyerId)!;
    expect(saved).toMatchObject({ classification: "PROTECTED", frameworkVersion: 1, saved: true });
    expect(saved.minimums.price_transparency).toBe(5);
    expect(saved.minimums).not.toHaveProperty("exit_provisions");
    const data = await page(buyer, "?done=saved");
    expect(data).toMatchObject({ done: "saved", hasSaved: true, profile: { saved: true } });
    expect(data.profile.minimums.price_transparency).toBe(5);
  });

  it("cannot take a mandatory quality below the framework's minimum, nor leave it without one", async () => {
    const before = savedProfile(buyerId);
    const base = defaultMinimums(FRAMEWORK_V1, "PROTECTED");
    const low = await call(action, post("/requirements", profileForm("PROTECTED", { ...base, data_sovereignty: 4 }), buyer));
    expect(low.status).toBe(400);
    const body = await low.json();
    expect(replyErrors(body)["minimum.data_sovereignty"]).toMatch(/mandatory for PROTECTED data.*cannot be below the framework's 5/);
    expect(replyValues(body)["minimum.data_sovereignty"]).toBe("4");

    const none = await call(action, post("/requirements", profileForm("PROTECTED", { ...base, data_sovereignty: "" }), buyer));
    expect(none.status).toBe(400);
    expect(replyErrors(await none.json())["minimum.data_sovereignty"]).toMatch(/mandatory/);
    // The same minimum is the buyer's choice for OFFICIAL data, where sovereignty is not mandatory.
    const official = await call(
      action,
      post("/requirements", profileForm("OFFICIAL", { ...defaultMinimums(FRAMEWORK_V1, "OFFICIAL"), data_sovereignty: "" }), buyer),
    );
    expect(official.status).toBe(302);
    expect(savedProfile(buyerId)).not.toEqual(before);
    expect(savedProfile(buyerId)!.minimums).not.toHaveProperty("data_sovereignty");
  });

  it("refuses a minimum outside 1 to 5", async () => {
    const before = savedProfile(buyerId);
    const res = await call(action, post("/requirements", profileForm("OFFICIAL", { price_transparency: 6 }), buyer));
    expect(res.status).toBe(400);
    expect(replyErrors(await res.json())["minimum.price_transparency"]).toMatch(/from 1 to 5/);
    expect(savedProfile(buyerId)).toEqual(before);
  });

  it("resets to the framework's minimums", async () => {
    const res = await call(action, post("/requirements", { intent: "reset" }, buyer));
    expect(res.headers.get("Location")).toBe("/requirements?done=reset");
    expect(savedProfile(buyerId)).toBeNull();
    expect(db().select({ n: count() }).from(requirementProfiles).where(eq(requirementProfiles.userId, buyerId)).get()!.n).toBe(0);
    const data = await page(buyer);
    expect(data.profile).toMatchObject({ classification: "PROTECTED", saved: false });
    expect(data.profile.minimums).toEqual(defaultMinimums(FRAMEWORK_V1, "PROTECTED"));
  });
});
