import fs from "node:fs";
import type { Browser } from "playwright-core";
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

describe.each([
  { name: "with JavaScript", javaScriptEnabled: true },
  { name: "without JavaScript", javaScriptEnabled: false },
])("a buyer plans a purchase $name", ({ javaScriptEnabled }) => {
  it("builds a purchase, compares three products, shortlists two and downloads the CSV", async () => {
    const context = await browser.newContext({ acceptDownloads: true, javaScriptEnabled });
    const page = await context.newPage();

    // Anonymous: the purchase is kept in the session.
    await page.goto(`${baseURL}/purchase`);
    await page.getByLabel("Classification of the data").selectOption("PROTECTED");
    await page.getByLabel("Whole-of-life cost, GST inclusive (dollars)").fill("50,000");
    await page.getByLabel("Whole-of-life cost, excluding GST (dollars)").fill("45,455");
    await page.getByLabel("Initial term (months)").fill("abc");
    await page.getByLabel("Signing date").fill("2026-07-01");
    await page.getByRole("group", { name: "Supplier's liability" }).getByRole("radio", { name: "Capped" }).check({ force: true });
    await page.getByRole("button", { name: "Save proposed purchase" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);
    expect(await page.getByLabel("Whole-of-life cost, GST inclusive (dollars)").inputValue()).toBe("50,000");
    await page.getByLabel("Initial term (months)").fill("12");
    await page.getByRole("button", { name: "Save proposed purchase" }).click();
    await page.getByRole("heading", { name: "Proposed purchase saved" }).waitFor();

    // Signing in keeps the purchase.
    await page.goto(`${baseURL}/login?redirectTo=${encodeURIComponent("/products?fits=1")}`);
    await page.getByLabel("E-mail address").fill("buyer@example.com");
    await page.getByRole("textbox", { name: "Password" }).fill("CloudExchange!2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/products\?fits=1/);
    expect(await page.getByRole("checkbox", { name: /Meets every product rule for my purchase/ }).isChecked()).toBe(true);
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);
    const fitting = page.getByText(/^Your purchase: meets every product rule/);
    expect(await fitting.count()).toBeGreaterThanOrEqual(3);

    // Compare three.
    const picks = page.getByRole("checkbox", { name: /to compare or shortlist$/ });
    for (const i of [0, 1, 2]) await picks.nth(i).check({ force: true });
    await page.getByRole("button", { name: "Compare selected products" }).click();
    await page.waitForURL(/\/compare\?products=[^,]+,[^,]+,[^,&]+$/);
    const table = page.getByRole("table", { name: /Comparison of 3 products/ });
    expect(await table.getByRole("columnheader").count()).toBe(4);
    expect(await table.getByRole("rowheader", { name: /IRAP assessment/ }).count()).toBeGreaterThan(0);
    expect(await table.getByRole("rowheader", { name: "Certified hosting" }).count()).toBe(1);
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);

    // Shortlist two of them from the catalogue.
    await page.goto(`${baseURL}/products?fits=1`);
    const names = [];
    for (const i of [0, 1]) {
      const box = page.getByRole("checkbox", { name: /to compare or shortlist$/ }).nth(i);
      names.push(((await box.getAttribute("value")) ?? "").trim());
      await box.check({ force: true });
    }
    await page.getByLabel("Shortlist", { exact: true }).selectOption("new");
    const listName = `Protected hosting options ${javaScriptEnabled ? "A" : "B"}`;
    await page.getByLabel("Name for a new shortlist").fill(listName);
    await page.getByRole("button", { name: "Add selected to shortlist" }).click();
    await page.getByRole("heading", { level: 1, name: listName }).waitFor();
    await page.getByRole("heading", { name: "Added 2 products to this shortlist" }).waitFor();
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cloud-shortlist-\d+-protected-hosting-options-[ab]-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^Product,Provider,Service model,IRAP assessment level/);
    expect(lines).toHaveLength(3);
    for (const slug of names) expect(csv).toContain(`/products/${slug}`);
    expect(csv).toContain("Meets: ");

    // Freeze the evidence.
    await page.getByRole("link", { name: "Evidence pack" }).click();
    await page.getByRole("button", { name: "Take a snapshot" }).click();
    await page.getByRole("heading", { name: /^Snapshot taken/ }).waitFor();
    expect(await page.getByRole("list", { name: /^Rule results for / }).count()).toBe(2);
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);
    await context.close();
  });
});
