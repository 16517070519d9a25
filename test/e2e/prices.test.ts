/**
 * Prices, estimates and the agency dashboard, end to end in a real browser (issue 18): the demo
 * provider's representative proposes a product's price list (a refused price keeps what was typed
 * and says what is wrong beside the field); an editor approves it with the items in the diff; the
 * public prices page shows it in force and the product page's glance says "From …"; a buyer builds
 * an estimate from it, uses it as the purchase's cost and the rules judge it, compares products by
 * estimated cost and shortlists one; Finance staff see on their dashboard and its printable summary
 * the product whose IRAP assessment falls due. Every page here fits a 390 px phone and passes axe.
 * The journey runs with JavaScript and again, on another product, without it.
 */
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatDate, todayIso } from "~/platform/dates";
import { launchBrowser } from "./browser";
import { axeViolations } from "./support/axe";
import { signInAs } from "./support/session";

const baseURL = inject("baseURL");
const REP = "provider@example.com";
const EDITOR = "editor@dta.gov.au";
const BUYER = "buyer@example.com";
const STAFF = "staff@finance.gov.au";
/** The seed gives Finance this product, its IRAP reassessment due about five weeks after the seed day. */
const DUE_SOON = { slug: "halcyon-elastic-compute", name: "Halcyon Elastic Compute" };
const PHONE = { width: 390, height: 844 };

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function newContext(javaScriptEnabled: boolean, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled, ...(viewport ? { viewport } : {}) });
  contexts.push(context);
  return context;
}

async function signedIn(email: string, javaScriptEnabled: boolean, viewport?: { width: number; height: number }): Promise<Page> {
  return signInAs(await newContext(javaScriptEnabled, viewport), baseURL, email);
}

interface Product {
  slug: string;
  name: string;
}

/** Products, by slug, from the e2e database. */
function productsBySlug(slugs: string[]): Product[] {
  const sqlite = new Database(inject("databasePath"), { readonly: true });
  try {
    return slugs.map((slug) => sqlite.prepare("select slug, name from products where slug = ?").get(slug) as Product);
  } finally {
    sqlite.close();
  }
}

/** Two sample products with a list in force today, none of them the demo provider's: the others in a comparison. */
function otherPricedProducts(): Product[] {
  const sqlite = new Database(inject("databasePath"), { readonly: true });
  try {
    return sqlite
      .prepare(
        `select p.slug, p.name from products p
         where exists (select 1 from price_lists l where l.product_id = p.id and l.effective_from <= ?)
           and p.provider_id not in (
             select r.provider_id from user_roles r join users u on u.id = r.user_id
             where u.email = 'provider@example.com' and r.provider_id is not null)
         order by p.slug limit 2`,
      )
      .all(todayIso()) as Product[];
  } finally {
    sqlite.close();
  }
}

interface Tier {
  from: string;
  price: string;
}
interface Item {
  name: string;
  /** The unit's value (PRICE_UNITS). */
  unit: string;
  gst: "taxable" | "gst_free";
  billing: "monthly" | "quarterly" | "annually" | "upfront";
  tiers: Tier[];
  /** What the buyer enters for the estimate. */
  quantity: string;
  /** The item's price as the public table and the diff word it ("first 10: $1,200; …"). */
  words: string;
}

interface Run {
  js: boolean;
  product: Product;
  items: [Item, Item];
  /** The tier (item index, tier index) first sent with a bad price, and what the page says about it. */
  bad: { item: number; tier: number; typed: string; message: string };
  glance: string;
  term: string;
  extensions: string;
  totals: { exGst: string; gst: string; gstInc: string };
  /** Whether the estimated cost reaches $80,000, where the Consider First duty applies. */
  considerFirst: boolean;
  /**
   * Where our items start. On a product with no list the form offers two blank rows; on one with a
   * list it holds that list's rows (emptied here) and one spare, and "Add another item" makes the second.
   */
  firstRow: number;
  /** Set once the buyer has run the estimate: its address, for the phone checks. */
  estimateHref?: string;
  buyerHadPurchase?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The fieldset of item row `i` (0-based), named by its legend "Item 1" or "Item 1: <name it held>". */
function itemRow(page: Page, i: number): Locator {
  return page.getByRole("group", { name: new RegExp(`^Item ${i + 1}(:|$)`) });
}

async function fillItem(page: Page, row: number, item: Item, tiers: Tier[] = item.tiers) {
  const group = itemRow(page, row);
  await group.getByRole("textbox", { name: "Name", exact: true }).fill(item.name);
  await group.getByRole("combobox", { name: "Unit", exact: true }).selectOption(item.unit);
  await group.getByRole("combobox", { name: "GST", exact: true }).selectOption(item.gst);
  await group.getByRole("combobox", { name: "Billing", exact: true }).selectOption(item.billing);
  for (const [j, t] of tiers.entries()) {
    const tier = group.getByRole("group", { name: `Tier ${j + 1}`, exact: true });
    await tier.getByRole("textbox", { name: /^From \(units per month\)/ }).fill(t.from);
    await tier.getByRole("textbox", { name: /^Price per unit/ }).fill(t.price);
  }
}

/** Empties every text field of a row the form was filled with, so the row is ignored. */
async function clearRow(page: Page, row: number) {
  const boxes = itemRow(page, row).getByRole("textbox");
  for (let k = 0, n = await boxes.count(); k < n; k += 1) await boxes.nth(k).fill("");
}

const tierInput = (page: Page, item: number, tier: number, field: "from" | "price") =>
  page.locator(`input[name="items[${item}].tiers[${tier}].${field}"]`);

async function expectFits(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what} is wider than the phone`).toBeLessThanOrEqual(innerWidth);
}

/** Step 1: the representative proposes the list from the product's pages under /provider, refused once. */
async function propose(run: Run, checkAccessibility: boolean) {
  const rep = await signedIn(REP, run.js);
  await rep.goto(`${baseURL}/provider`);
  await rep.getByRole("heading", { level: 1, name: /provider dashboard/ }).waitFor();
  await rep.locator(`main a[href="/provider/products/${run.product.slug}"]`).click();
  await rep.waitForURL((url) => url.pathname === `/provider/products/${run.product.slug}`);
  await rep.getByRole("link", { name: "propose prices" }).click();
  await rep.waitForURL((url) => url.pathname === `/provider/products/${run.product.slug}/prices`);
  await rep.getByRole("heading", { level: 1, name: `Prices for ${run.product.name}` }).waitFor();
  if (checkAccessibility) expect(await axeViolations(rep, "main")).toEqual([]);

  const [first, second] = run.items;
  const a = run.firstRow;
  const b = run.firstRow + 1;
  for (let r = 0; r < run.firstRow; r += 1) await clearRow(rep, r);
  await rep.getByRole("textbox", { name: /^Prices start on/ }).fill(todayIso());
  await rep.getByRole("textbox", { name: /^Note for buyers/ }).fill("Prices for the e2e journey");
  await fillItem(rep, a, first, first.tiers.slice(0, 2));

  if (run.firstRow > 0) {
    // One row short: "Add another item" sends the form and it comes back with what was typed and a blank row.
    const rows = await rep.getByRole("group", { name: /^Item \d+(:|$)/ }).count();
    await rep.getByRole("button", { name: "Add another item" }).click();
    await rep.getByRole("group", { name: `Item ${rows + 1}`, exact: true }).waitFor();
    expect(await itemRow(rep, a).getByRole("textbox", { name: "Name", exact: true }).inputValue()).toBe(first.name);
  }
  // A third tier for the first item, the same way.
  await rep.getByRole("button", { name: `Add a tier to item ${a + 1}` }).click();
  await itemRow(rep, a).getByRole("group", { name: "Tier 3", exact: true }).waitFor();
  expect(await tierInput(rep, a, 1, "price").inputValue()).toBe(first.tiers[1].price);
  await fillItem(rep, a, first);
  await fillItem(rep, b, second);
  const badRow = a + run.bad.item;
  await tierInput(rep, badRow, run.bad.tier, "price").fill(run.bad.typed);

  // Refused: the message is the field's description and sits beside it; nothing typed is lost.
  await rep.getByRole("button", { name: "Propose these prices" }).click();
  const field = tierInput(rep, badRow, run.bad.tier, "price");
  await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
  await rep.getByRole("heading", { name: "There is a problem" }).waitFor();
  const describedBy = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const descriptions = await Promise.all(describedBy.map((id) => rep.locator(`[id="${id}"]`).innerText()));
  expect(descriptions.join(" ")).toContain(run.bad.message);
  const messageId = describedBy.find((id) => id.endsWith("-message"));
  expect(messageId).toBeTruthy();
  const [fieldBox, messageBox] = await Promise.all([field.boundingBox(), rep.locator(`[id="${messageId}"]`).boundingBox()]);
  expect(Math.abs(fieldBox!.y - messageBox!.y)).toBeLessThan(120);
  expect(await field.inputValue()).toBe(run.bad.typed);
  expect(await rep.getByRole("textbox", { name: /^Prices start on/ }).inputValue()).toBe(todayIso());
  for (const [k, item] of run.items.entries()) {
    const row = itemRow(rep, a + k);
    expect(await row.getByRole("textbox", { name: "Name", exact: true }).inputValue()).toBe(item.name);
    expect(await row.getByRole("combobox", { name: "Unit", exact: true }).inputValue()).toBe(item.unit);
    expect(await row.getByRole("combobox", { name: "GST", exact: true }).inputValue()).toBe(item.gst);
    for (const [j, t] of item.tiers.entries()) {
      if (k === run.bad.item && j === run.bad.tier) continue;
      expect(await tierInput(rep, a + k, j, "from").inputValue()).toBe(t.from);
      expect(await tierInput(rep, a + k, j, "price").inputValue()).toBe(t.price);
    }
  }
  if (checkAccessibility) expect(await axeViolations(rep, "main")).toEqual([]);

  await field.fill(run.items[run.bad.item].tiers[run.bad.tier].price);
  await rep.getByRole("button", { name: "Propose these prices" }).click();
  await rep.waitForURL(
    (url) => url.pathname === `/provider/products/${run.product.slug}/prices` && url.searchParams.get("proposed") === "1",
  );
  await rep.getByText("Your price list is waiting for approval").waitFor();
  await rep.getByText(`A price list from ${formatDate(todayIso())} is waiting for approval`).waitFor();
  await rep.context().close();
}

/** Step 2: an editor approves it; the public sees it in force, and the glance says "From …". */
async function approve(run: Run) {
  const editor = await signedIn(EDITOR, run.js);
  await editor.goto(`${baseURL}/admin/approvals`);
  const heading = editor.getByRole("heading", { level: 2, name: `Prices of ${run.product.name} from ${formatDate(todayIso())}` });
  const section = editor.locator("section", { has: heading });
  expect(await section.count()).toBe(1);
  const diff = await section.getByRole("table").innerText();
  for (const item of run.items) {
    expect(diff).toContain(`Price: ${item.name}`);
    expect(diff).toContain(`${item.name}: ${item.words}`);
  }
  await section.getByRole("button", { name: /^Approve change/ }).click();
  await editor.waitForURL((url) => url.searchParams.get("done") === "approved");
  await editor.getByText("The change is approved and live").waitFor();
  expect(await heading.count()).toBe(0);
  await editor.context().close();

  const visitor = await (await newContext(run.js)).newPage();
  await visitor.goto(`${baseURL}/products/${run.product.slug}/prices`);
  await visitor.getByRole("heading", { level: 1, name: `Prices: ${run.product.name}` }).waitFor();
  await visitor.getByRole("heading", { level: 2, name: `In force today, since ${formatDate(todayIso())}` }).waitFor();
  const table = visitor.getByRole("table", { name: `Prices of ${run.product.name} in force from ${formatDate(todayIso())}` });
  for (const item of run.items) {
    const row = table.getByRole("row").filter({ has: visitor.getByRole("rowheader", { name: item.name, exact: true }) });
    expect(await row.innerText()).toContain(item.words.split(" ex GST;")[0]);
  }
  expect(await table.getByRole("row").count()).toBe(3); // the header and our two items, nothing of an older list
  expect(await visitor.locator("main").innerText()).toContain("Note: Prices for the e2e journey");

  await visitor.goto(`${baseURL}/products/${run.product.slug}`);
  const glance = visitor.getByRole("region", { name: "At a glance" });
  expect(await glance.innerText()).toContain(run.glance);
  await visitor.context().close();
}

/** Step 3: the buyer's estimate becomes the purchase's cost, and the rules judge it. */
async function estimate(run: Run, checkAccessibility: boolean) {
  const buyer = await signedIn(BUYER, run.js);
  await buyer.goto(`${baseURL}/purchase`);
  await buyer.getByRole("heading", { level: 1, name: "Proposed purchase" }).waitFor();
  run.buyerHadPurchase = (await buyer.getByRole("heading", { name: "Your purchase at a glance" }).count()) > 0;
  if (!run.buyerHadPurchase) {
    await buyer.getByLabel("Classification of the data").selectOption("OFFICIAL");
    await buyer.getByLabel("Whole-of-life cost, GST inclusive (dollars)").fill("11,000");
    await buyer.getByLabel("Whole-of-life cost, excluding GST (dollars)").fill("10,000");
    await buyer.getByLabel("Initial term (months)").fill("12");
    await buyer.getByLabel("Signing date").fill(todayIso());
    await buyer.getByRole("group", { name: "Supplier's liability" }).getByRole("radio", { name: "Capped" }).check({ force: true });
    await buyer.getByRole("button", { name: "Save proposed purchase" }).click();
    await buyer.getByRole("heading", { name: "Proposed purchase saved" }).waitFor();
  }

  await buyer.goto(`${baseURL}/purchase/estimate`);
  await buyer.getByRole("heading", { level: 1, name: "Estimate the cost" }).waitFor();
  await buyer.getByRole("combobox", { name: "Product" }).selectOption(run.product.slug);
  await buyer.getByRole("button", { name: "Show its prices" }).click();
  await buyer.waitForURL((url) => url.searchParams.get("product") === run.product.slug);
  await buyer.getByRole("heading", { level: 2, name: `Quantities for ${run.product.name}` }).waitFor();
  for (const item of run.items) {
    await buyer.getByRole("textbox", { name: new RegExp(`^${escape(item.name)}: quantity`) }).fill(item.quantity);
  }
  await buyer.getByRole("textbox", { name: /^Initial term \(months\)/ }).fill(run.term);
  await buyer.getByRole("textbox", { name: /^Extension options/ }).fill(run.extensions);
  await buyer.getByRole("button", { name: "Show the estimate" }).click();
  await buyer.waitForURL((url) => url.searchParams.get("show") === "1");
  const result = buyer.getByRole("region", { name: `The estimate for ${run.product.name}` });
  await result.waitFor();
  run.estimateHref = new URL(buyer.url()).pathname + new URL(buyer.url()).search;

  const text = await result.innerText();
  expect(text).toMatch(new RegExp(`Whole-of-life cost, GST inclusive\\s+${escape(run.totals.gstInc)}`));
  expect(text).toMatch(new RegExp(`Excluding GST\\s+${escape(run.totals.exGst)}`));
  expect(text).toMatch(new RegExp(`GST\\s+${escape(run.totals.gst)}`));
  const lines = result.getByRole("table", { name: /^The estimate, line by line/ });
  for (const item of run.items) {
    expect(await lines.getByRole("rowheader", { name: item.name, exact: true }).count()).toBe(1);
  }
  const assumptions = result
    .getByRole("list")
    .filter({ has: buyer.getByRole("listitem") })
    .last();
  expect(await result.getByRole("heading", { name: "Assumptions" }).count()).toBe(1);
  expect(await assumptions.getByRole("listitem").count()).toBeGreaterThan(0);
  if (checkAccessibility) expect(await axeViolations(buyer, "main")).toEqual([]);

  await buyer.getByRole("button", { name: "Use this estimate for my purchase" }).click();
  await buyer.waitForURL((url) => url.pathname === "/purchase" && url.searchParams.get("done") === "estimate");
  await buyer.getByText(`Cost from an estimate for ${run.product.name}: ${run.totals.gstInc} GST inclusive`).waitFor();
  const summary = buyer.locator('section[aria-labelledby="summary-heading"]');
  const summaryText = await summary.innerText();
  expect(summaryText).toContain(`${run.totals.gstInc} GST inclusive (${run.totals.exGst} ex GST)`);
  expect(summaryText).toContain(`initial term ${run.term} months`);
  expect(summaryText).toContain(`The cost is an estimate from the prices of ${run.product.name}`);
  // The rules judge the estimated cost: from $80,000 the Consider First duty applies, below it it does not.
  const duties = buyer.locator('section[aria-labelledby="duties-heading"]');
  await duties.getByRole("heading", { name: "What your purchase must do" }).waitFor();
  expect((await duties.innerText()).includes("Consider First self-assessment")).toBe(run.considerFirst);
  await buyer.getByRole("heading", { name: "What each product must meet" }).waitFor();
  await buyer.context().close();
}

/** Step 4: three products compared, by estimated cost too; then one shortlisted from its page. */
async function compareAndShortlist(run: Run, others: Product[]) {
  const buyer = await signedIn(BUYER, run.js);
  const slugs = [run.product.slug, ...others.map((o) => o.slug)];
  await buyer.goto(`${baseURL}/compare?${slugs.map((s) => `products=${encodeURIComponent(s)}`).join("&")}`);
  const table = buyer.getByRole("table", { name: "Comparison of 3 products" });
  await table.waitFor();
  const row = table.getByRole("row").filter({ has: buyer.getByRole("rowheader", { name: /Estimate/ }) });
  expect(await row.count()).toBeGreaterThan(0);
  // One cell per product, in the order asked for; the estimated product is priced from its own items, to the dollar.
  const cells = await row.first().getByRole("cell").allInnerTexts();
  expect(cells).toHaveLength(3);
  expect(cells[0]).toMatch(/\$\d[\d,]*(\.\d\d)?/);
  expect(cells[0]).toContain(`${run.totals.gstInc} GST inclusive`);

  await buyer.goto(`${baseURL}/products/${run.product.slug}`);
  const listName = `Priced choice ${run.js ? "JS" : "no JS"} ${Date.now().toString(36)}`;
  const add = buyer.getByRole("form", { name: "Add to shortlist" });
  await add.getByLabel("Shortlist", { exact: true }).selectOption("new");
  await add.getByLabel("Name for a new shortlist").fill(listName);
  await add.getByRole("button", { name: "Add to shortlist" }).click();
  await buyer.waitForURL((url) => /^\/shortlists\/\d+$/.test(url.pathname));
  await buyer.getByRole("heading", { level: 1, name: listName }).waitFor();
  expect(await buyer.locator(`main a[href="/products/${run.product.slug}"]`).count()).toBeGreaterThan(0);
  await buyer.context().close();
}

/** Leave the buyer as the other browser tests find them: without a purchase, if they had none. */
async function restoreBuyer(run: Run) {
  if (run.buyerHadPurchase !== false) return;
  const buyer = await signedIn(BUYER, run.js);
  await buyer.goto(`${baseURL}/purchase`);
  await buyer.getByRole("button", { name: "Clear purchase" }).click();
  await buyer.waitForURL((url) => url.searchParams.get("done") === "cleared");
  await buyer.context().close();
}

/** Step 5: Finance staff see the product that falls due, with its date and days left, on the dashboard and the summary. */
async function agencySeesWhatFallsDue(js: boolean) {
  const staff = await signedIn(STAFF, js);
  for (const path of ["/agency", "/agency/summary"]) {
    if (path === "/agency") await staff.goto(`${baseURL}/agency`);
    else {
      await staff.getByRole("link", { name: "Printable summary for your CISO" }).click();
      await staff.waitForURL((url) => url.pathname === "/agency/summary");
    }
    await staff.getByRole("heading", { level: 1, name: /Finance and Budget Office/ }).waitFor();
    const product = staff.getByRole("region", { name: DUE_SOON.name, exact: true });
    expect(await product.innerText()).toContain("Due within 90 days");
    const attention = await product.getByRole("list", { name: `What needs attention for ${DUE_SOON.name}` }).innerText();
    const m = /Falls due: IRAP assessment[^\n]*\(last day current (\d{1,2} \w{3,9} \d{4}), (\d+) days? left\)/.exec(attention);
    expect(m, `${path}: ${attention}`).not.toBeNull();
    const days = Number(m![2]);
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(90);
    // The badge's own row gives the same date and days.
    const irapRow = product.getByRole("row").filter({ hasText: /IRAP assessment/ });
    const rowText = await irapRow.first().innerText();
    expect(rowText).toContain(m![1]);
    expect(rowText).toContain(`${days} days left`);
  }
  await staff.context().close();
}

describe("prices, estimates and the agency dashboard with JavaScript", () => {
  const [product] = productsBySlug(["wattle-grid-dedicated-hosts"]);
  const run: Run = {
    js: true,
    product,
    firstRow: 0,
    items: [
      {
        name: "Dedicated host (64 vCPU)",
        unit: "instance_month",
        gst: "taxable",
        billing: "monthly",
        tiers: [
          { from: "0", price: "1200" },
          { from: "10", price: "1100" },
          { from: "50", price: "1000" },
        ],
        quantity: "12",
        words: "first 10: $1,200; 10 to 50: $1,100; then $1,000 per instance per month ex GST; GST applies (10%); Billed monthly",
      },
      {
        name: "Data transfer out",
        unit: "gb_transferred",
        gst: "gst_free",
        billing: "monthly",
        tiers: [
          { from: "0", price: "0" },
          { from: "1000", price: "0.09" },
        ],
        quantity: "5000",
        words: "first 1,000: free; then $0.09 per GB transferred ex GST; GST-free; Billed monthly",
      },
    ],
    bad: { item: 1, tier: 1, typed: "-1", message: "A price cannot be negative" },
    glance: "From $1,000 per instance per month · 2 price items",
    // 36 months of 10 × $1,200 + 2 × $1,100 (taxable) and 4,000 GB × $0.09 (GST-free).
    term: "24",
    extensions: "12",
    totals: { exGst: "$524,160", gst: "$51,120", gstInc: "$575,280" },
    considerFirst: true,
  };
  const others = otherPricedProducts();

  it("proposes a list from /provider, refusing a negative price beside the field and keeping what was typed", async () => {
    expect(product && others.length === 2).toBeTruthy();
    await propose(run, true);
  }, 90_000);

  it("is approved with its items in the diff, then shows in force on the prices page and as 'From …' at a glance", async () => {
    await approve(run);
  }, 60_000);

  it("builds an estimate from it, with lines, assumptions and totals, and uses it as the purchase's cost", async () => {
    await estimate(run, true);
  }, 90_000);

  it("compares three products by estimated cost and shortlists one", async () => {
    try {
      await compareAndShortlist(run, others);
    } finally {
      await restoreBuyer(run);
    }
  }, 60_000);

  it("shows Finance staff the product whose IRAP assessment falls due, with its date and days left", async () => {
    await agencySeesWhatFallsDue(true);
  }, 60_000);

  it("keeps the prices, estimate, agency and provider price pages accessible and within a 390 px phone", async () => {
    const visitor = await (await newContext(true, PHONE)).newPage();
    const rep = await signedIn(REP, true, PHONE);
    const buyer = await signedIn(BUYER, true, PHONE);
    const staff = await signedIn(STAFF, true, PHONE);
    const pages: [Page, string][] = [
      [visitor, `/products/${product.slug}/prices`],
      [buyer, run.estimateHref ?? "/purchase/estimate"],
      [staff, "/agency"],
      [rep, `/provider/products/${product.slug}/prices`],
    ];
    for (const [page, path] of pages) {
      await page.goto(`${baseURL}${path}`);
      await page.waitForLoadState("networkidle");
      if (path.startsWith("/purchase/estimate")) await page.getByRole("region", { name: /^The estimate for / }).waitFor();
      await expectFits(page, path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  }, 120_000);
});

describe("prices, estimates and the agency dashboard without JavaScript", () => {
  const [product] = productsBySlug(["wattle-grid-block-storage"]);
  const run: Run = {
    js: false,
    product,
    // The form holds the list in force (three items): those rows are emptied, and the spare row and an added one take ours.
    firstRow: 3,
    items: [
      {
        name: "Archive volumes",
        unit: "gb_month",
        gst: "taxable",
        billing: "monthly",
        tiers: [
          { from: "0", price: "0.045" },
          { from: "10000", price: "0.04" },
          { from: "100000", price: "0.035" },
        ],
        quantity: "25000",
        words: "first 10,000: $0.045; 10,000 to 100,000: $0.04; then $0.035 per GB per month ex GST; GST applies (10%); Billed monthly",
      },
      {
        name: "Migration service",
        unit: "one_off",
        gst: "taxable",
        billing: "upfront",
        tiers: [{ from: "0", price: "2500" }],
        quantity: "1",
        words: "$2,500 one-off ex GST; GST applies (10%); Billed up front",
      },
    ],
    bad: { item: 0, tier: 1, typed: "abc", message: "Enter the price in dollars ex GST, like 0.0415 (up to 6 decimal places)" },
    glance: "From $0.035 per GB per month · 2 price items",
    // 12 months of 10,000 × $0.045 + 15,000 × $0.04 = $1,050, and $2,500 once; GST on both.
    term: "12",
    extensions: "",
    totals: { exGst: "$15,100", gst: "$1,510", gstInc: "$16,610" },
    considerFirst: false,
  };
  const others = otherPricedProducts();

  it("proposes, is refused and approved, is estimated and used, compared and shortlisted; staff see what falls due", async () => {
    expect(product && others.length === 2).toBeTruthy();
    await propose(run, false);
    await approve(run);
    await estimate(run, false);
    try {
      await compareAndShortlist(run, others);
    } finally {
      await restoreBuyer(run);
    }
    await agencySeesWhatFallsDue(false);
  }, 240_000);
});
