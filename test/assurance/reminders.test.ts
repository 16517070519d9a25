/** Badge reminders: one e-mail per badge per state, to the provider's representatives and, on lapse, shortlisters. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { badgeReminders, badges, outbox, shortlistItems, shortlists } from "~db/schema";
import { providerBadgeAlerts, sendBadgeReminders } from "~/assurance/reminders.server";
import { sendWatchDigests } from "~/watches/digest.server";
import { loader as dashboardLoader } from "~/routes/provider._index";
import { browserFor, buildWorld, call, get } from "../reviews/fixtures";

let world: Awaited<ReturnType<typeof buildWorld>>;
let badgeId: number;
let listId: number;
const mailsTo = (address: string) => db().select({ subject: outbox.subject }).from(outbox).where(eq(outbox.toAddress, address)).all();
const count = (address: string) => db().select({ id: outbox.id }).from(outbox).where(eq(outbox.toAddress, address)).all().length;

beforeAll(async () => {
  world = await buildWorld("remind");
  // IRAP assessed 1 Jun 2024: current until 1 Jun 2026, due from 3 Mar 2026, overdue from 2 Jun 2026.
  badgeId = db()
    .insert(badges)
    .values({ productId: world.product.id, kind: "irap", level: "PROTECTED", assessedOn: "2024-06-01" })
    .returning({ id: badges.id })
    .get().id;
  const list = (listId = db()
    .insert(shortlists)
    .values({ userId: world.ids.buyer, name: "Case management" })
    .returning({ id: shortlists.id })
    .get().id);
  db().insert(shortlistItems).values({ shortlistId: list, productId: world.product.id }).run();
});

const rep = "rep-remind@provider-a.example.org";
const otherRep = "rep-remind@provider-b.example.org";
const buyer = "buyer-remind@example.org";

describe("sendBadgeReminders", () => {
  it("sends nothing while the badge is current", () => {
    expect(sendBadgeReminders({ today: "2026-03-02" }).emails).toBe(0);
    expect(count(rep)).toBe(0);
  });

  it("mails the representative once when the badge becomes due, not the other provider or buyers", () => {
    sendBadgeReminders({ today: "2026-03-03" });
    sendBadgeReminders({ today: "2026-03-04" });
    sendBadgeReminders({ today: "2026-05-30" });
    expect(count(rep)).toBe(1);
    expect(count(otherRep)).toBe(0);
    expect(count(buyer)).toBe(0);
    expect(mailsTo(rep)[0].subject).toMatch(/IRAP assessment for remind Product is due by 1 Jun 2026/);
  });

  it("mails the representative once when it lapses, and tells the shortlisting buyer in the next daily digest", () => {
    sendBadgeReminders({ today: "2026-06-02" });
    sendBadgeReminders({ today: "2026-07-01" });
    expect(count(rep)).toBe(2);
    // Products on a shortlist are watched, by default through the daily digest (app/watches).
    expect(count(buyer)).toBe(0);
    sendWatchDigests({ today: "2026-07-01" });
    expect(count(buyer)).toBe(1);
    expect(
      db()
        .select({ state: badgeReminders.state })
        .from(badgeReminders)
        .where(eq(badgeReminders.badgeId, badgeId))
        .all()
        .map((r) => r.state)
        .sort(),
    ).toEqual(["due", "overdue"]);
  });

  it("shows due and overdue badges on the dashboard, live", async () => {
    expect(providerBadgeAlerts({ providerId: world.providerA, today: "2026-07-01" }).map((b) => b.currency.state)).toEqual(["overdue"]);
    expect(providerBadgeAlerts({ providerId: world.providerA, today: "2025-01-01" })).toEqual([]);
    const page = await (await call(dashboardLoader, get("/provider", browserFor("rep", world.ids)))).json();
    expect(page.alerts).toHaveLength(1);
  });

  it("lists the lapsed badge on the buyer's shortlist page", async () => {
    const { loader: shortlistLoader } = await import("~/routes/shortlists.$id");
    const page = await (
      await call(shortlistLoader, get(`/shortlists/${listId}`, browserFor("buyer", world.ids)), { id: String(listId) })
    ).json();
    // The page uses the real date; the seeded IRAP date lapsed on 2 Jun 2026.
    expect(page.lapsed).toEqual([expect.objectContaining({ id: badgeId, productName: "remind Product" })]);
  });

  it("starts again after a renewal", () => {
    db().update(badges).set({ assessedOn: "2026-07-01" }).where(eq(badges.id, badgeId)).run();
    expect(sendBadgeReminders({ today: "2026-07-02" }).cleared).toBe(1);
    sendBadgeReminders({ today: "2028-04-15" });
    expect(count(rep)).toBe(3);
  });
});
