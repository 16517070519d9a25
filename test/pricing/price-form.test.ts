/**
 * The price list form through the real action: every refusal answers 400 with the message next to
 * its field and what was typed, and writes nothing. Blank rows are ignored; the add-row intents
 * answer with the form as typed plus a row, without proposing anything.
 */
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { auditLog, listingChanges, priceLists } from "~db/schema";
import { addDays, todayIso } from "~/platform/dates";
import { parsePriceMicros, priceListSchema } from "~/pricing/price-form.server";
import { typedShape } from "~/pricing/price-form";
import { action } from "~/routes/provider.products.$slug_.prices";
import { parseForm } from "~/platform/forms.server";
import { browserFor, buildWorld, call, post } from "../reviews/fixtures";
import { readReply } from "~/platform/form-reply";
import { replyErrors } from "../support/form-reply";

let world: Awaited<ReturnType<typeof buildWorld>>;
let path: string;
beforeAll(async () => {
  world = await buildWorld("priceform");
  path = `/provider/products/${world.product.slug}/prices`;
});
beforeEach(() => {
  db().delete(listingChanges).run();
});

const tomorrow = () => addDays(todayIso(), 1);

/** A valid two-item list; tests change one field of it. */
function validForm(changes: Record<string, string> = {}): Record<string, string> {
  return {
    effectiveFrom: tomorrow(),
    note: "New compute prices",
    "items[0].name": "Compute (general purpose)",
    "items[0].unit": "vcpu_hour",
    "items[0].gst": "taxable",
    "items[0].billingPeriod": "monthly",
    "items[0].minimumTermMonths": "12",
    "items[0].minimumCommitment": "1,200",
    "items[0].tiers[0].from": "0",
    "items[0].tiers[0].price": "0.05",
    "items[0].tiers[1].from": "1000",
    "items[0].tiers[1].price": "0.04",
    "items[1].name": "Object storage",
    "items[1].unit": "gb_month",
    "items[1].gst": "taxable",
    "items[1].billingPeriod": "monthly",
    "items[1].tiers[0].from": "0",
    "items[1].tiers[0].price": "0.025",
    ...changes,
  };
}

const send = (fields: Record<string, string>) =>
  call(action, post(path, fields, browserFor("rep", world.ids)), { slug: world.product.slug });
const written = () => ({
  changes: db().select({ id: listingChanges.id }).from(listingChanges).all().length,
  lists: db().select({ id: priceLists.id }).from(priceLists).where(eq(priceLists.productId, world.product.id)).all().length,
  audits: db().select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "listing.proposed")).all().length,
});

/** Sends a form that must be refused: 400, the message at `field`, every typed value back, nothing written. */
async function expectRefused(fields: Record<string, string>, field: string, message: RegExp) {
  const before = written();
  const res = await send(fields);
  expect(res.status).toBe(400);
  const body = await res.json();
  expect(replyErrors(body)[field]).toMatch(message);
  const typed = readReply(body);
  for (const [name, value] of Object.entries(fields)) if (value !== "") expect(typed.value(name)).toBe(value);
  expect(written()).toEqual(before);
}

describe("refusals", () => {
  it.each([
    ["a negative price", { "items[0].tiers[0].price": "-0.05" }, "items[0].tiers[0].price", /cannot be negative/],
    ["a price that is not a number", { "items[0].tiers[1].price": "cheap" }, "items[0].tiers[1].price", /in dollars ex GST/],
    ["more than 6 decimals", { "items[0].tiers[1].price": "0.0000001" }, "items[0].tiers[1].price", /6 decimal places/],
    ["two tiers from the same quantity", { "items[0].tiers[1].from": "0" }, "items[0].tiers[1].from", /Two tiers start at 0/],
    [
      "a tier starting below the one before",
      { "items[0].tiers[2].from": "500", "items[0].tiers[2].price": "0.03" },
      "items[0].tiers[2].from",
      /starts below the one before/,
    ],
    ["a first tier that does not start at 0", { "items[1].tiers[0].from": "10" }, "items[1].tiers[0].from", /first tier starts at 0/],
    ["an unknown unit", { "items[1].unit": "per_banana" }, "items[1].unit", /Choose the unit/],
    ["an empty item name", { "items[1].name": "" }, "items[1].name", /Name the price item/],
    ["two items with the same name", { "items[1].name": "compute  (General Purpose)" }, "items[1].name", /same name/],
    ["a start date in the past for a new price", { effectiveFrom: addDays(todayIso(), -1) }, "effectiveFrom", /cannot start in the past/],
    ["a start date that is not a date", { effectiveFrom: "next July" }, "effectiveFrom", /date like/],
    ["a minimum term over 120 months", { "items[0].minimumTermMonths": "121" }, "items[0].minimumTermMonths", /0 to 120/],
    ["a minimum spend that is not money", { "items[0].minimumCommitment": "lots" }, "items[0].minimumCommitment", /minimum spend/],
  ])("refuses %s", async (_what, change, field, message) => {
    await expectRefused(validForm(change), field, message);
  });

  it("refuses a list with no items, even with blank rows", async () => {
    await expectRefused(
      { effectiveFrom: tomorrow(), "items[0].name": "", "items[0].gst": "taxable", "items[0].tiers[0].price": "" },
      "items",
      /at least one/,
    );
  });

  it("refuses more than 30 items and more than 10 tiers", async () => {
    const many: Record<string, string> = { effectiveFrom: tomorrow() };
    for (let i = 0; i < 31; i += 1)
      Object.assign(many, { [`items[${i}].name`]: `Item ${i}`, [`items[${i}].unit`]: "gb_month", [`items[${i}].gst`]: "taxable" });
    for (let i = 0; i < 31; i += 1) Object.assign(many, { [`items[${i}].billingPeriod`]: "monthly", [`items[${i}].tiers[0].price`]: "1" });
    await expectRefused(many, "items", /At most 30/);
    const tiers: Record<string, string> = {};
    for (let j = 0; j < 11; j += 1)
      Object.assign(tiers, { [`items[1].tiers[${j}].from`]: String(j * 10), [`items[1].tiers[${j}].price`]: "0.01" });
    await expectRefused(validForm(tiers), "items[1].tiers[0].from", /At most 10 tiers/);
  });

  it("refuses a provider representative's form for another provider's product, writing nothing", async () => {
    const before = written();
    const res = await call(action, post(path, validForm(), browserFor("otherRep", world.ids)), { slug: world.product.slug });
    expect(res.status).toBe(404);
    expect(written()).toEqual(before);
  });
});

describe("what is accepted", () => {
  it("ignores blank rows and reads prices exactly, free tiers included", () => {
    const form = new FormData();
    const fields = validForm({
      "items[1].tiers[0].price": "0",
      "items[1].tiers[1].from": "100",
      "items[1].tiers[1].price": "0.0415",
      "items[2].name": "",
      "items[2].unit": "vcpu_hour",
      "items[2].gst": "taxable",
      "items[2].tiers[0].from": "",
      "items[2].tiers[0].price": "",
      "items[0].tiers[2].from": "",
      "items[0].tiers[2].price": "",
    });
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const parsed = parseForm(form, priceListSchema({ today: todayIso() }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.reply.error));
    expect(parsed.value.items.map((i) => i.key)).toEqual(["compute-general-purpose", "object-storage"]);
    expect(parsed.value.items[0]).toMatchObject({
      minimumTermMonths: 12,
      minimumCommitmentMicros: 1_200_000_000,
      tiers: [
        { fromQuantity: 0, unitPriceMicros: 50_000 },
        { fromQuantity: 1000, unitPriceMicros: 40_000 },
      ],
    });
    expect(parsed.value.items[1].tiers).toEqual([
      { fromQuantity: 0, unitPriceMicros: 0 },
      { fromQuantity: 100, unitPriceMicros: 41_500 },
    ]);
  });

  it("reads dollars as exact micros", () => {
    expect(parsePriceMicros("$1,250.5")).toBe(1_250_500_000);
    expect(parsePriceMicros("0.000001")).toBe(1);
    expect(parsePriceMicros("-1")).toMatch(/negative/);
  });

  it("adds an item or a tier by answering with what was typed plus a blank row, proposing nothing", async () => {
    const before = written();
    const withItem = await send({ ...validForm(), intent: "add-item" });
    expect(withItem.status).toBe(200);
    const body = await withItem.json();
    expect(typedShape(body)).toEqual([2, 1, 1]);
    expect(readReply(body).value("items[0].tiers[1].price")).toBe("0.04");
    const withTier = await send({ ...validForm(), intent: "add-tier:1" });
    expect(typedShape(await withTier.json())).toEqual([2, 2]);
    expect(written()).toEqual(before);
  });
});
