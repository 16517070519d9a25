/**
 * The evidence pack keeps the prices in force when it was taken: a list approved afterwards, and
 * changed service documents, leave a taken pack as it was; the purchase's cost estimate is frozen
 * with it; a pack taken before prices existed says "Not recorded"; the shortlist CSV has the price columns.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { action as estimateAction } from "~/routes/purchase_.estimate";
import { action as purchaseAction, loader as purchaseLoader } from "~/routes/purchase";
import { action as shortlistsAction } from "~/routes/shortlists._index";
import { action as packAction, loader as packLoader } from "~/routes/shortlists.$id_.evidence-pack";
import { loader as jsonLoader } from "~/routes/shortlists.$id_.evidence-pack[.]json";
import { loader as pdfLoader } from "~/routes/shortlists.$id_.evidence-pack[.]pdf";
import { loader as csvLoader } from "~/routes/shortlists.$id.export[.]csv";
import { formatDate, todayIso } from "~/platform/dates";
import { db } from "~db/client.server";
import { serviceDocuments, shortlistSnapshots } from "~db/schema";
import { seedProcurementRules } from "../../seed/procurement-rules";
import { makeUser, signIn } from "../accounts/support";
import { call, get, post, PROTECTED_PURCHASE } from "../procurement/route-helpers";
import { parseCsv } from "../open-data/parse-csv";
import { addList, addPricedProduct, item } from "./price-fixtures";

seedProcurementRules(db());

let buyer: { cookie: string; csrf: string };
let shortlistId: number;
let pricedId: number;
const params = () => ({ id: String(shortlistId) });

type Row = { term: string; value: string; href?: string };
type Listing = { slug: string; prices: Row[]; documents: Row[]; estimate: string };

async function takePack(): Promise<number> {
  const res = await call(packAction, post(`/shortlists/${shortlistId}/evidence-pack`, {}, buyer), params());
  expect(res.status).toBe(302);
  return Number(new URL(res.headers.get("Location")!, "http://test").searchParams.get("snapshot"));
}

async function pack(snapshot: number) {
  const res = await call(packLoader, get(`/shortlists/${shortlistId}/evidence-pack?snapshot=${snapshot}`, buyer.cookie), params());
  return (await res.json()).snapshot;
}

const listing = (words: { listings: Listing[] }, slug: string) => words.listings.find((l) => l.slug === slug)!;

beforeAll(async () => {
  pricedId = addPricedProduct("ep-priced", [
    { from: "2024-01-01", items: [item("cpu", "vcpu_hour", 0.05), item("disk", "gb_month", 0.1, { gst: "gst_free" })] },
  ]);
  addPricedProduct("ep-unpriced", []);
  db()
    .insert(serviceDocuments)
    .values({
      productId: pricedId,
      definitionUrl: "https://docs.example.com/definition.pdf",
      definitionDate: "2024-01-01",
      slaUrl: "https://docs.example.com/sla.pdf",
      slaDate: "2024-02-01",
      slaAvailability: 99.9,
      supportHours: "24/7",
    })
    .run();
  const userId = await makeUser({ email: "ep-buyer@finance.gov.au", displayName: "Eve Buyer" });
  buyer = signIn(userId);
  expect((await call(purchaseAction, post("/purchase", PROTECTED_PURCHASE, buyer))).status).toBe(302);
  const estimate = { product: "ep-priced", termMonths: "12", extensionMonths: "12", "q-cpu": "2", "q-disk": "100" };
  expect((await call(estimateAction, post("/purchase/estimate", estimate, buyer))).status).toBe(302);
  const res = await call(
    shortlistsAction,
    post("/shortlists", { intent: "add", shortlist: "new", newName: "Priced pack", product: ["ep-priced", "ep-unpriced"] }, buyer),
  );
  shortlistId = Number(/\/shortlists\/(\d+)/.exec(res.headers.get("Location")!)![1]);
});

describe("prices in the evidence pack", () => {
  it("keeps the prices, documents and estimate in force when taken, after a new list is approved", async () => {
    const first = await takePack();
    // After the pack: a new list in force from today, and the SLA promises less.
    addList(pricedId, { from: todayIso(), items: [item("cpu", "vcpu_hour", 0.5), item("disk", "gb_month", 1)] });
    db()
      .update(serviceDocuments)
      .set({ slaAvailability: 95, supportHours: "Business hours" })
      .where(eq(serviceDocuments.productId, pricedId))
      .run();
    const second = await takePack();

    const before = await pack(first);
    const priced = listing(before.words, "ep-priced");
    expect(priced.prices[0]).toEqual({ term: "Price list", value: "In force from 1 Jan 2024; approved 1 Jan 2024" });
    expect(priced.prices.find((r) => r.term === "cpu item")!.value).toMatch(/^\$0\.05 per vCPU-hour ex GST; GST applies \(10%\)/);
    expect(priced.prices.find((r) => r.term === "disk item")!.value).toMatch(/^\$0\.10 per GB per month ex GST; GST-free/);
    expect(priced.documents).toEqual(
      expect.arrayContaining([
        {
          term: "Service definition",
          value: "https://docs.example.com/definition.pdf (dated 1 Jan 2024)",
          href: "https://docs.example.com/definition.pdf",
        },
        { term: "Terms and conditions", value: "None published" },
        { term: "SLA availability", value: "99.9%" },
        { term: "Support hours", value: "24/7" },
      ]),
    );
    // 2 vCPUs: 1,460 h × $0.05 = $73 + $10 GST-free a month, for 24 months: $1,992 ex GST, GST $175.20.
    expect(priced.estimate).toBe("$2,167.20 GST inclusive ($1,992 ex GST). Priced as: your estimate's own items.");
    expect(before.words.estimate.summary).toBe(
      `Built from ep-priced name's prices in force from 1 Jan 2024 (estimate made ${formatToday()}), over 24 months (12 initial, 12 of extension options): $2,167.20 GST inclusive, $1,992 excluding GST, GST $175.20.`,
    );
    const purchase = (await (await call(purchaseLoader, get("/purchase", buyer.cookie))).json()).purchase;
    expect(purchase.costGstInc).toBe(2167.2);
    const unpriced = listing(before.words, "ep-unpriced");
    expect(unpriced.prices).toEqual([{ term: "Price list", value: "Price on request: no approved price list was in force when taken" }]);
    expect(unpriced.documents).toEqual([{ term: "Service documents", value: "None published when taken" }]);
    expect(unpriced.estimate).toBe("Price on request");

    // The JSON copy holds the list itself, so the checksum covers it.
    const json = await (
      await call(jsonLoader, get(`/shortlists/${shortlistId}/evidence-pack.json?snapshot=${first}`, buyer.cookie), params())
    ).json();
    const frozen = json.content.listings.find((l: { slug: string }) => l.slug === "ep-priced");
    expect(frozen.prices).toMatchObject({ effectiveFrom: "2024-01-01", source: "provider" });
    expect(frozen.prices.items[0].tiers).toEqual([{ fromQuantity: 0, unitPriceMicros: 50_000 }]);
    expect(frozen.documents).toMatchObject({ slaAvailability: 99.9, supportHours: "24/7" });
    expect(json.content.estimate).toMatchObject({ productSlug: "ep-priced", totalGstInc: 2167.2, termMonths: 12, extensionMonths: 12 });

    // The pack taken after the change has the new list; the first is unchanged.
    const after = listing((await pack(second)).words, "ep-priced");
    expect(after.prices[0].value).toBe(`In force from ${formatToday()}; approved ${formatToday()}`);
    expect(after.documents).toContainEqual({ term: "SLA availability", value: "95%" });
    expect((await pack(first)).checksum).toBe(before.checksum);

    const pdf = await call(pdfLoader, get(`/shortlists/${shortlistId}/evidence-pack.pdf?snapshot=${first}`, buyer.cookie), params());
    expect(pdf.status).toBe(200);
  });

  it("reads a pack taken before prices were frozen as Not recorded", async () => {
    const id = await takePack();
    const row = db().select({ data: shortlistSnapshots.data }).from(shortlistSnapshots).where(eq(shortlistSnapshots.id, id)).get()!;
    const data = row.data as { estimate?: unknown; listings: Record<string, unknown>[] };
    delete data.estimate;
    for (const l of data.listings) {
      delete l.prices;
      delete l.documents;
      delete l.estimate;
    }
    const old = db()
      .insert(shortlistSnapshots)
      .values({ shortlistId, takenAt: new Date().toISOString(), data })
      .returning({ id: shortlistSnapshots.id })
      .get().id;
    const { words } = await pack(old);
    const priced = listing(words, "ep-priced");
    expect(priced.prices).toEqual([
      { term: "Price list", value: "Not recorded: this snapshot was taken before prices were frozen into packs" },
    ]);
    expect(priced.documents[0].value).toMatch(/^Not recorded/);
    expect(priced.estimate).toBe("Not recorded");
    expect(words.estimate.summary).toMatch(/^Cost estimate: not recorded/);
  });

  it("puts the price list in force into the shortlist CSV", async () => {
    const res = await call(csvLoader, get(`/shortlists/${shortlistId}/export.csv`, buyer.cookie), params());
    const [header, ...rows] = parseCsv(await res.text());
    const cols = ["Has published prices", "From price (ex GST)", "Price unit", "Price list effective from"].map((c) => header.indexOf(c));
    expect(cols.every((i) => i >= 0)).toBe(true);
    const byName = new Map(rows.map((r) => [r[0], cols.map((i) => r[i])]));
    expect(byName.get("ep-priced name")).toEqual(["Yes", "$0.50", "per vCPU-hour", todayIso()]);
    expect(byName.get("ep-unpriced name")).toEqual(["No: price on request", "", "", ""]);
  });
});

const formatToday = () => formatDate(todayIso());
