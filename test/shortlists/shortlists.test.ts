import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { action as savePurchase } from "~/routes/purchase";
import { action as shortlistsAction, loader as shortlistsLoader } from "~/routes/shortlists._index";
import { action as shortlistAction, loader as shortlistLoader } from "~/routes/shortlists.$id";
import { action as packAction, loader as packLoader } from "~/routes/shortlists.$id_.evidence-pack";
import { loader as packJsonLoader } from "~/routes/shortlists.$id_.evidence-pack[.]json";
import { loader as csvLoader } from "~/routes/shortlists.$id.export[.]csv";
import { db } from "~db/client.server";
import { badges, products, responsibilityOverrides } from "~db/schema";
import { makeUser, signIn } from "../accounts/support";
import { parseCsv } from "../open-data/parse-csv";
import { seedDatabase } from "../../seed/seed";
import { call, get, post, PROTECTED_PURCHASE } from "../procurement/route-helpers";
import { replyErrors, replyValues } from "../support/form-reply";

let buyer: { cookie: string; csrf: string };
let other: { cookie: string; csrf: string };
let slugs: string[];

beforeAll(async () => {
  await seedDatabase({ db: db() });
  buyer = signIn(await makeUser({ email: "shortlist-buyer@example.com" }));
  other = signIn(await makeUser({ email: "shortlist-other@example.com" }));
  await call(savePurchase, post("/purchase", PROTECTED_PURCHASE, buyer));
  // Two products that both carry an IRAP badge, so the snapshot test can edit one.
  slugs = db()
    .selectDistinct({ slug: products.slug })
    .from(products)
    .innerJoin(badges, eq(badges.productId, products.id))
    .where(eq(badges.kind, "irap"))
    .orderBy(products.slug)
    .limit(2)
    .all()
    .map((r) => r.slug);
}, 60_000);

async function newShortlist(name: string, browser = buyer): Promise<number> {
  const res = await call(
    shortlistsAction,
    post("/shortlists", { intent: "add", shortlist: "new", newName: name, product: slugs, redirectTo: "/compare?products=x" }, browser),
  );
  expect(res.status).toBe(302);
  const location = res.headers.get("Location")!;
  expect(location).toMatch(/^\/shortlists\/\d+\?added=2&from=%2Fcompare/);
  return Number(/\/shortlists\/(\d+)/.exec(location)![1]);
}

describe("shortlists", () => {
  it("answers a bad name or an over-long note beside its field, keeps what was typed, and changes nothing", async () => {
    const created = await call(shortlistsAction, post("/shortlists", { intent: "create", name: "   " }, buyer));
    expect(created.status).toBe(400);
    expect(replyErrors(await created.json()).name).toBe("Enter a name for the shortlist");

    const id = await newShortlist("Keeps typing");
    const renamed = await call(shortlistAction, post(`/shortlists/${id}`, { intent: "rename", name: "x".repeat(500) }, buyer), {
      id: String(id),
    });
    expect(renamed.status).toBe(400);
    const rename = await renamed.json();
    expect(replyErrors(rename).name).toMatch(/at most/);
    expect(replyValues(rename).name).toBe("x".repeat(500));

    const list = async () =>
      (await (await call(shortlistLoader, get(`/shortlists/${id}`, buyer.cookie), { id: String(id) })).json()).shortlist;
    const productId = String((await list()).items[0].productId);
    const long = "n".repeat(5000);
    const noted = await call(shortlistAction, post(`/shortlists/${id}`, { intent: "note", productId, note: long }, buyer), {
      id: String(id),
    });
    expect(noted.status).toBe(400);
    const note = await noted.json();
    expect(replyErrors(note).note).toMatch(/Keep the note to/);
    expect(replyValues(note)).toMatchObject({ note: long, productId });
    expect((await list()).name).toBe("Keeps typing");
    expect((await list()).items[0].note).toBe("");
  });

  it("belong to their owner: others get 404, anonymous visitors are sent to sign in", async () => {
    const id = await newShortlist("Owner only");
    const mine = await (await call(shortlistLoader, get(`/shortlists/${id}`, buyer.cookie), { id: String(id) })).json();
    expect(mine.shortlist.items.map((i: { slug: string }) => i.slug)).toEqual(slugs);
    expect((await call(shortlistLoader, get(`/shortlists/${id}`, other.cookie), { id: String(id) })).status).toBe(404);
    expect((await call(shortlistAction, post(`/shortlists/${id}`, { intent: "delete" }, other), { id: String(id) })).status).toBe(404);
    expect((await call(csvLoader, get(`/shortlists/${id}/export.csv`, other.cookie), { id: String(id) })).status).toBe(404);
    const anon = await call(shortlistLoader, get(`/shortlists/${id}`), { id: String(id) });
    expect(anon.status).toBe(302);
    expect(anon.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    const list = await (await call(shortlistsLoader, get("/shortlists", other.cookie))).json();
    expect(list.shortlists).toEqual([]);
  });

  it("renames, notes, removes and deletes", async () => {
    const id = await newShortlist("First name");
    const params = { id: String(id) };
    expect((await call(shortlistAction, post(`/shortlists/${id}`, { intent: "rename", name: "   " }, buyer), params)).status).toBe(400);
    await call(shortlistAction, post(`/shortlists/${id}`, { intent: "rename", name: "CRM options" }, buyer), params);
    const first = (await (await call(shortlistLoader, get(`/shortlists/${id}`, buyer.cookie), params)).json()).shortlist;
    expect(first.name).toBe("CRM options");
    await call(
      shortlistAction,
      post(`/shortlists/${id}`, { intent: "note", productId: String(first.items[0].productId), note: "Strong exit terms" }, buyer),
      params,
    );
    await call(
      shortlistAction,
      post(`/shortlists/${id}`, { intent: "remove", productId: String(first.items[1].productId) }, buyer),
      params,
    );
    const after = (await (await call(shortlistLoader, get(`/shortlists/${id}`, buyer.cookie), params)).json()).shortlist;
    expect(after.items).toHaveLength(1);
    expect(after.items[0].note).toBe("Strong exit terms");
    const deleted = await call(shortlistAction, post(`/shortlists/${id}`, { intent: "delete" }, buyer), params);
    expect(deleted.headers.get("Location")).toBe("/shortlists");
    expect((await call(shortlistLoader, get(`/shortlists/${id}`, buyer.cookie), params)).status).toBe(404);
  });

  it("exports CSV with badges, dates, currency and rule outcomes, escaped, with a filename", async () => {
    const id = await newShortlist('Export, "quoted"');
    const params = { id: String(id) };
    const productId = (await (await call(shortlistLoader, get(`/shortlists/${id}`, buyer.cookie), params)).json()).shortlist.items[0]
      .productId;
    await call(
      shortlistAction,
      post(
        `/shortlists/${id}`,
        { intent: "note", productId: String(productId), note: '=HYPERLINK("x"), then "quotes"\nand a line' },
        buyer,
      ),
      params,
    );
    const res = await call(csvLoader, get(`/shortlists/${id}/export.csv`, buyer.cookie), params);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(
      new RegExp(`^attachment; filename="cloud-shortlist-${id}-export-quoted-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const rows = parseCsv(await res.text());
    const [header, ...body] = rows;
    expect(header.slice(0, 3)).toEqual(["Product", "Provider", "Service model"]);
    for (const col of [
      "IRAP assessment level",
      "IRAP assessment assessed",
      "IRAP assessment expires",
      "IRAP assessment currency",
      "Rule: IRAP assessment level",
      "Note",
    ])
      expect(header).toContain(col);
    expect(body).toHaveLength(2);
    const irapLevel = header.indexOf("IRAP assessment level");
    const irapCurrency = header.indexOf("IRAP assessment currency");
    for (const row of body) {
      expect(row).toHaveLength(header.length);
      expect(row[irapLevel]).toMatch(/OFFICIAL: Sensitive|PROTECTED|SECRET/);
      expect(row[irapCurrency]).toMatch(/Current|Due|Overdue/);
      expect(row[header.indexOf("Rule: IRAP assessment level")]).toMatch(
        /^(Meets|Does not meet|Needs evidence or an exemption|Does not apply): /,
      );
    }
    const noted = body.find((r) => r[header.indexOf("Note")] !== "")!;
    expect(noted[header.indexOf("Note")]).toBe(`'=HYPERLINK("x"), then "quotes"\nand a line`);
  });

  it("freezes an evidence snapshot: a later edit to a listing leaves it unchanged", async () => {
    const id = await newShortlist("Evidence");
    const params = { id: String(id) };
    const taken = await call(packAction, post(`/shortlists/${id}/evidence-pack`, {}, buyer), params);
    expect(taken.status).toBe(302);
    const before = await (await call(packLoader, get(taken.headers.get("Location")!, buyer.cookie), params)).json();
    const content = async (url: string) => (await (await call(packJsonLoader, get(url, buyer.cookie), params)).json()).content;
    const data = await content(`/shortlists/${id}/evidence-pack.json?snapshot=${before.snapshot.id}`);
    expect(data.purchase.classification).toBe("PROTECTED");
    expect(data.listings).toHaveLength(2);
    const listing = data.listings[0];
    const irap = listing.badges.find((b: { kind: string }) => b.kind === "irap");
    expect(irap.currency.state).toMatch(/current|due|overdue/);
    expect(listing.provider).toHaveProperty("australianOwned");
    const result = listing.results.find((r: { key: string }) => r.key === "irap_level");
    expect(result.ruleVersionId).toEqual(expect.any(Number));
    expect(result.version).toMatchObject({ version: 1, effectiveFrom: expect.any(String) });

    // The shared-responsibility model is frozen with the listing too (issue 8).
    const encryption = listing.responsibility.areas.find((a: { area: string }) => a.area === "encryption_keys");
    expect(encryption.party).toMatch(/provider|agency|shared/);
    const moved = encryption.party === "agency" ? "provider" : "agency";

    db().update(badges).set({ level: "SECRET", assessedOn: "2019-01-01" }).where(eq(badges.id, irap.id)).run();
    db()
      .insert(responsibilityOverrides)
      .values({ productId: listing.id, area: "encryption_keys", party: moved, note: "Changed after the snapshot" })
      .onConflictDoUpdate({
        target: [responsibilityOverrides.productId, responsibilityOverrides.area],
        set: { party: moved, note: "Changed after the snapshot" },
      })
      .run();
    db().update(products).set({ name: "Renamed later" }).where(eq(products.id, listing.id)).run();

    const after = await (
      await call(packLoader, get(`/shortlists/${id}/evidence-pack?snapshot=${before.snapshot.id}`, buyer.cookie), params)
    ).json();
    expect(after.snapshot).toEqual(before.snapshot);
    expect(await content(`/shortlists/${id}/evidence-pack.json?snapshot=${before.snapshot.id}`)).toEqual(data);

    // A new snapshot does see the change, and the first is still listed.
    await call(packAction, post(`/shortlists/${id}/evidence-pack`, {}, buyer), params);
    const latest = await (await call(packLoader, get(`/shortlists/${id}/evidence-pack`, buyer.cookie), params)).json();
    expect(latest.snapshots).toHaveLength(2);
    const relisted = (await content(`/shortlists/${id}/evidence-pack.json`)).listings.find((l: { id: number }) => l.id === listing.id);
    expect(relisted.name).toBe("Renamed later");
    expect(relisted.responsibility.areas.find((a: { area: string }) => a.area === "encryption_keys").party).toBe(moved);
    expect((await call(packLoader, get(`/shortlists/${id}/evidence-pack`, other.cookie), params)).status).toBe(404);
  });
});
