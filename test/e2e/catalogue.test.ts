import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";

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
])("buyer browses the catalogue $name", ({ javaScriptEnabled }) => {
  it("filters by service model and IRAP level, then opens a product", async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${baseURL}/products`);
    await expect(page.getByRole("heading", { level: 1, name: "Cloud products" }).isVisible()).resolves.toBe(true);
    const allHeading = await page.locator("#results-heading").textContent();
    const total = Number(/^(\d+) of/.exec(allHeading ?? "")?.[1]);
    expect(total).toBeGreaterThanOrEqual(120);

    await page.getByRole("group", { name: "Service model" }).getByRole("checkbox", { name: /^SaaS/ }).check({ force: true }); // the design system draws its tick over the input
    await page
      .getByRole("group", { name: "IRAP assessment level" })
      .getByRole("radio", { name: /^PROTECTED or higher/ })
      .check({ force: true });
    await page.getByRole("button", { name: "Apply filters", exact: true }).click();
    await page.waitForURL(/model=SaaS/);
    expect(page.url()).toContain("irap=PROTECTED");

    const filteredHeading = await page.locator("#results-heading").textContent();
    const filtered = Number(/^(\d+) of/.exec(filteredHeading ?? "")?.[1]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);

    const firstResult = page
      .getByRole("list", { name: /of \d+ products/ })
      .getByRole("link")
      .first();
    const name = (await firstResult.textContent())!.trim();
    await firstResult.click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await expect(page.getByRole("heading", { name: "Certification and assurance" }).isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByText(/IRAP-assessed to (PROTECTED|SECRET)/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });
});
