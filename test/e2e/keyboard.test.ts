/** The main journeys with the keyboard only (Tab, Shift+Tab, Enter, Space), and a visible focus ring at every stop. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { focused, tabUntil, tabUntilHref } from "./support/keyboard";
import { DEMO_PASSWORD } from "./support/session";

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
])("keyboard only $name", ({ javaScriptEnabled }) => {
  let page: Page;
  beforeAll(async () => {
    page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  });
  afterAll(() => page.context().close());

  it("skips to main, ticks a filter with Space, applies it with Enter, opens a product with Enter", async () => {
    await page.goto(`${baseURL}/products`);
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip.text).toBe("Skip to main content");
    expect(skip.visible).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");

    await tabUntil(page, (f) => f.type === "checkbox" && f.value === "SaaS");
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    // Shift+Tab goes back a stop and Tab returns: the order is the reading order both ways.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("SaaS");

    await tabUntil(page, (f) => f.tag === "button" && f.text === "Apply filters");
    await Promise.all([page.waitForURL(/[?&]model=SaaS/), page.keyboard.press("Enter")]);

    const productHref = await page.locator('main li h3 a[href^="/products/"]').first().getAttribute("href");
    await tabUntilHref(page, productHref ?? "");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseURL}${productHref}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
  });

  it("signs in with the keyboard", async () => {
    await page.goto(`${baseURL}/login`);
    await tabUntil(page, (f) => f.tag === "input" && f.type === "email");
    await page.keyboard.type("buyer@example.com");
    await tabUntil(page, (f) => f.type === "password");
    await page.keyboard.type(DEMO_PASSWORD);
    // Shift+Tab returns to the e-mail field, its text kept.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("buyer@example.com");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseURL}/account`);
  });
});

describe("focus is always visible", () => {
  it.each(["/", "/products", "/login", "/purchase", "/articles"])("every Tab stop on %s shows a focus indicator", async (path) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseURL}${path}`);
    const invisible: string[] = [];
    let stops = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (f.tag === "body") break;
      stops++;
      if (!f.visible) invisible.push(`${f.tag}${f.type ? `[${f.type}]` : ""} "${f.text}"`);
    }
    expect(stops).toBeGreaterThan(5);
    expect({ path, invisible }).toEqual({ path, invisible: [] });
    await page.context().close();
  });
});
