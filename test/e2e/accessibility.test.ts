/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) over the whole document of every page type,
 * signed out and signed in, including the error states a person meets (400 filter, form errors, 404).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { axeViolations } from "./support/axe";
import { discoverPaths, publicPageTypes, SIGNED_IN_PAGE_TYPES, type PageType } from "./support/pages";
import { signInAs } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;
let paths: Awaited<ReturnType<typeof discoverPaths>>;
const results: { state: string; name: string; path: string; violations: number }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  paths = await discoverPaths(await context.newPage(), baseURL);
  await context.close();
});
afterAll(async () => {
  console.table(results);
  await browser?.close();
});

async function check(page: Page, state: string, type: PageType) {
  const response = await page.goto(`${baseURL}${type.path}`);
  expect({ path: type.path, status: response?.status() }).toEqual({ path: type.path, status: type.status ?? 200 });
  await expectNoViolations(page, state, type.name, type.path);
}

/** Checks every page before failing, so one run lists every page's problems. */
async function checkAll(page: Page, state: string, types: PageType[]) {
  const found: Record<string, string[]> = {};
  // A hydration error makes React re-render the page without its server-rendered styles.
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`script error: ${e.message.slice(0, 120)}`));
  for (const type of types) {
    errors.length = 0;
    const response = await page.goto(`${baseURL}${type.path}`);
    const violations = await axeViolations(page);
    violations.push(...new Set(errors));
    results.push({ state, name: type.name, path: type.path, violations: violations.length });
    if (response?.status() !== (type.status ?? 200)) violations.push(`status ${response?.status()}`);
    if (violations.length > 0) found[type.path] = violations;
  }
  expect(found).toEqual({});
}

async function expectNoViolations(page: Page, state: string, name: string, path: string) {
  const violations = await axeViolations(page);
  results.push({ state, name, path, violations: violations.length });
  expect({ path, violations }).toEqual({ path, violations: [] });
}

describe("signed out", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it("every public page type has no WCAG A/AA violations", { timeout: 240_000 }, async () => {
    await checkAll(page, "signed out", publicPageTypes(paths));
  });

  it("forms shown with their errors have no violations", async () => {
    await page.goto(`${baseURL}/purchase`);
    await page.getByLabel("Initial term (months)").fill("abc");
    await page.getByRole("button", { name: "Save proposed purchase" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await expectNoViolations(page, "signed out", "Purchase, with errors", "/purchase (POST)");

    await page.goto(`${baseURL}/login`);
    await page.getByLabel("E-mail address").fill("buyer@example.com");
    await page.getByRole("textbox", { name: "Password" }).fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await expectNoViolations(page, "signed out", "Sign in, with errors", "/login (POST)");
  });
});

describe("signed in", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext();
    // Admin passes every role check, so one session reaches every signed-in page type.
    page = await signInAs(context, baseURL, "admin@example.com");
  });
  afterAll(() => context.close());

  it("every page type has no WCAG A/AA violations", { timeout: 240_000 }, async () => {
    const publicOnes = publicPageTypes(paths).filter((t) => t.path !== "/login" && t.path !== "/join");
    await checkAll(page, "signed in", [...publicOnes, ...SIGNED_IN_PAGE_TYPES]);
  });

  it("a shortlist and its evidence pack have no violations", async () => {
    await page.goto(`${baseURL}/products`);
    for (const i of [0, 1])
      await page
        .getByRole("checkbox", { name: /to compare or shortlist$/ })
        .nth(i)
        .check({ force: true });
    await page.getByLabel("Shortlist", { exact: true }).selectOption("new");
    await page.getByLabel("Name for a new shortlist").fill(`Accessibility check ${Date.now()}`);
    await page.getByRole("button", { name: "Add selected to shortlist" }).click();
    await page.getByRole("heading", { name: "Added 2 products to this shortlist" }).waitFor();
    const shortlist = new URL(page.url()).pathname;
    await check(page, "signed in", { name: "Shortlist", path: shortlist });
    await check(page, "signed in", { name: "Evidence pack", path: `${shortlist}/evidence-pack` });
  });

  it("the provider representative's dashboard has no violations", async () => {
    const repContext = await browser.newContext();
    const rep = await signInAs(repContext, baseURL, "provider@example.com");
    const response = await rep.goto(`${baseURL}/provider`);
    expect(response?.status()).toBe(200);
    await expectNoViolations(rep, "provider rep", "Provider workspace", "/provider");
    await repContext.close();
  });
});
