import { reloadConfig } from "~/platform/config.server";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getUser } from "~/accounts/session.server";
import { action as accountAction, loader as accountLoader } from "~/routes/account";
import { loader as mailboxLoader } from "~/routes/dev.mailbox";
import { db } from "~db/client.server";
import { agencies, agencyDomains, outbox } from "~db/schema";
import { makeUser, postForm, run, signIn } from "./support";

const as = (cookie: string) => new Request("http://test/account", { headers: { cookie } });
const originalEnv = { NODE_ENV: process.env.NODE_ENV, ENABLE_DEV_MAILBOX: process.env.ENABLE_DEV_MAILBOX };
afterEach(() => {
  process.env.NODE_ENV = originalEnv.NODE_ENV;
  if (originalEnv.ENABLE_DEV_MAILBOX === undefined) delete process.env.ENABLE_DEV_MAILBOX;
  else process.env.ENABLE_DEV_MAILBOX = originalEnv.ENABLE_DEV_MAILBOX;
});

describe("the account page", () => {
  it("sends the person to sign in first", async () => {
    const res = await run(accountLoader, new Request("http://test/account"));
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2Faccount");
  });

  it("resends the confirmation e-mail, a few times an hour at most", async () => {
    const browser = signIn(await makeUser({ email: "unconfirmed@example.com", verified: false }));
    for (let i = 0; i < 3; i++) {
      const res = await run(accountAction, postForm("http://test/account", { intent: "resend-verification" }, browser));
      expect((await res.json()).notice).toMatch(/new confirmation link/);
    }
    const fourth = await run(accountAction, postForm("http://test/account", { intent: "resend-verification" }, browser));
    expect(fourth.status).toBe(400);
    expect(db().select().from(outbox).where(eq(outbox.toAddress, "unconfirmed@example.com")).all()).toHaveLength(3);
  });

  it("lets agency staff pick their agency, and nobody else", async () => {
    const agency = db().insert(agencies).values({ slug: "records", name: "Records Office (sample)" }).returning({ id: agencies.id }).get();
    const staff = signIn(await makeUser({ email: "clerk@records.gov.au" }));
    const loaded = await (await run(accountLoader, as(staff.cookie))).json();
    expect(loaded.agencyStaff).toBe(true);
    expect(loaded.agencies).toContainEqual({ id: agency.id, name: "Records Office (sample)" });
    await run(accountAction, postForm("http://test/account", { intent: "set-agency", agencyId: String(agency.id) }, staff));
    expect((await getUser(as(staff.cookie)))?.agencyName).toBe("Records Office (sample)");

    const outsider = signIn(await makeUser({ email: "consultant@example.com" }));
    const res = await run(accountAction, postForm("http://test/account", { intent: "set-agency", agencyId: String(agency.id) }, outsider));
    expect(res.status).toBe(400);
    expect((await getUser(as(outsider.cookie)))?.agencyId).toBeNull();
  });

  it("never makes a personal address agency staff, even if its domain was slipped into the list", async () => {
    db().insert(agencyDomains).values({ domain: "gmail.com" }).run();
    const user = await getUser(as(signIn(await makeUser({ email: "someone@gmail.com" })).cookie));
    expect(user?.roles).toEqual(["buyer"]);
  });
});

describe("the development mailbox", () => {
  it("is there in development and gone in production unless switched on", async () => {
    process.env.NODE_ENV = "development";
    reloadConfig();
    expect((await run(mailboxLoader, new Request("http://test/dev/mailbox"))).status).toBe(200);
    process.env.NODE_ENV = "production";
    delete process.env.ENABLE_DEV_MAILBOX;
    reloadConfig();
    expect((await run(mailboxLoader, new Request("http://test/dev/mailbox"))).status).toBe(404);
    process.env.ENABLE_DEV_MAILBOX = "1";
    reloadConfig();
    expect((await run(mailboxLoader, new Request("http://test/dev/mailbox"))).status).toBe(200);
  });
});
