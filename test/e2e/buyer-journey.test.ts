/**
 * The buyer's journey from issue 15, as a buyer walks it, with and without JavaScript: an agency
 * needs PROTECTED-capable IaaS, about $500,000 over 3 years, a new hosting contract, target ML2.
 * It saves the purchase, finds the products that fit, reads a product's summary on the first
 * screen, compares three added by typing their names (and removes one), shortlists them, takes an
 * evidence pack and downloads it as PDF and JSON, and checks the checksum of the copy.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import canonicalize from "canonicalize";
import { PDFParse } from "pdf-parse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { axeViolations } from "./support/axe";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, redirectTo: string) {
  await page.goto(`${baseURL}/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  // Agency staff buying for their agency: another account than the other browser suites' buyer,
  // whose saved purchase this journey would otherwise replace.
  await page.getByLabel("E-mail address").fill("staff@finance.gov.au");
  await page.getByRole("textbox", { name: "Password" }).fill("CloudExchange!2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === new URL(redirectTo, baseURL).pathname);
}

describe.each([
  { name: "with JavaScript", javaScriptEnabled: true },
  { name: "without JavaScript", javaScriptEnabled: false },
])("a buyer defends a choice $name", ({ javaScriptEnabled }) => {
  it("plans, finds what fits, compares by name, shortlists and takes an evidence pack whose checksum verifies", async () => {
    const context = await browser.newContext({ acceptDownloads: true, javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, "/purchase");

    // The purchase.
    await page.getByLabel("Classification of the data").selectOption("PROTECTED");
    await page.getByLabel("Whole-of-life cost, GST inclusive (dollars)").fill("500,000");
    await page.getByLabel("Whole-of-life cost, excluding GST (dollars)").fill("454,545");
    await page.getByLabel("Initial term (months)").fill("36");
    await page.getByLabel("Signing date").fill("2027-02-01");
    await page.getByLabel("This is a hosting contract").check({ force: true });
    await page.getByRole("radio", { name: "A new hosting contract" }).check({ force: true });
    await page.getByRole("group", { name: "Supplier's liability" }).getByRole("radio", { name: "Capped" }).check({ force: true });
    await page.getByLabel("Target Essential Eight level").selectOption("ML2");
    await page.getByRole("button", { name: "Save proposed purchase" }).click();
    await page.getByRole("heading", { name: "Proposed purchase saved" }).waitFor();

    // Products that fit: at least one, and the first opens on its summary.
    await page.goto(`${baseURL}/products?fits=1`);
    const fitting = page.getByText(/^Your purchase: meets every product rule/);
    expect(await fitting.count()).toBeGreaterThanOrEqual(1);
    const first = page.locator('main h3 a[href^="/products/"]').first();
    const firstName = (await first.innerText()).trim();
    await first.click();
    await page.getByRole("heading", { level: 1, name: firstName }).waitFor();
    const glance = page.getByRole("heading", { name: "At a glance" });
    expect((await glance.boundingBox())!.y).toBeLessThan(900);
    const summary = page.locator("section[aria-labelledby=glance]");
    expect(await summary.innerText()).toMatch(/Your purchase\s+Meets every product rule for your purchase/);
    expect((await summary.boundingBox())!.y + 200).toBeLessThan(900);

    // Compare three, added by typing their names, then remove one.
    const names: string[] = [firstName];
    // Two more PROTECTED-assessed products to weigh it against.
    await page.goto(`${baseURL}/products?irap=PROTECTED`);
    const links = page.locator('main h3 a[href^="/products/"]');
    for (const link of await links.all()) {
      const name = (await link.innerText()).trim();
      if (names.length < 3 && !names.includes(name)) names.push(name);
    }
    expect(names).toHaveLength(3);
    await page.goto(`${baseURL}/compare`);
    for (const name of names) {
      await page.getByLabel("Product name").fill(name);
      await page.getByRole("button", { name: "Add to comparison" }).click();
      await page.getByRole("link", { name: `Remove ${name} from the comparison` }).waitFor();
    }
    await page.getByRole("table", { name: "Comparison of 3 products" }).waitFor();
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);
    await page.getByRole("link", { name: `Remove ${names[2]} from the comparison` }).click();
    await page.getByRole("table", { name: "Comparison of 2 products" }).waitFor();
    expect(await page.getByRole("link", { name: `Remove ${names[2]} from the comparison` }).count()).toBe(0);

    // Shortlist the two.
    const listName = `Defensible choice ${javaScriptEnabled ? "JS" : "no JS"}`;
    const shortlist = page.getByRole("form", { name: "Add all 2 to shortlist" });
    await shortlist.getByLabel("Shortlist", { exact: true }).selectOption("new");
    await shortlist.getByLabel("Name for a new shortlist").fill(listName);
    await shortlist.getByRole("button", { name: "Add all 2 to shortlist" }).click();
    await page.getByRole("heading", { level: 1, name: listName }).waitFor();

    // The evidence pack, as a page, a PDF and JSON, with one checksum.
    await page.getByRole("link", { name: "Evidence pack" }).click();
    await page.getByRole("button", { name: "Take a snapshot" }).click();
    await page.getByRole("heading", { name: /^Snapshot taken .* Canberra time$/ }).waitFor();
    expect(await page.getByText(/^Taken by Sam Staff \(staff@finance\.gov\.au\), .+\.$/).count()).toBe(1);
    const shown = (await page.locator("[data-checksum]").innerText()).trim();
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByRole("list", { name: /^Rule results for / }).count()).toBe(2);
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);

    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as JSON" }).click()]);
    expect(json.suggestedFilename()).toMatch(/^evidence-pack-\d+-defensible-choice-.*-snapshot-\d+-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(fs.readFileSync((await json.path())!, "utf8"));
    const recomputed = createHash("sha256").update(canonicalize(file.content)!, "utf8").digest("hex");
    expect(recomputed).toBe(file.checksum.value);
    expect(recomputed).toBe(shown);
    expect(file.content.purchase).toMatchObject({
      classification: "PROTECTED",
      costGstInc: 500000,
      initialTermMonths: 36,
      targetE8: "ML2",
    });
    expect(file.content.listings.map((l: { name: string }) => l.name).sort()).toEqual(names.slice(0, 2).sort());

    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as PDF" }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const { text } = await new PDFParse({ data: fs.readFileSync((await pdf.path())!) }).getText();
    expect(text.replace(/\s+/g, " ")).toContain(`SHA-256 of the canonical content (RFC 8785): ${shown}`);
    await context.close();
  });
});
