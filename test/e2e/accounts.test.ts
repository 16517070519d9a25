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

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${baseURL}/account`);
}

describe.each([
  { name: "with JavaScript", javaScriptEnabled: true },
  { name: "without JavaScript", javaScriptEnabled: false },
])("accounts $name", ({ javaScriptEnabled }) => {
  it("joins with a gov.au address, confirms it from the mailbox, signs out, signs in as admin", async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const email = `e2e-${javaScriptEnabled ? "js" : "nojs"}-${Date.now()}@health.gov.au`;

    await page.goto(`${baseURL}/`);
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByRole("heading", { level: 1, name: "Create an account" }).waitFor();

    // A too-short password comes back with the error next to the field and the e-mail kept.
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Your name").fill("Casey Clinician");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.getByLabel("E-mail address").inputValue()).toBe(email);
    expect(await page.getByText("Your password must be at least 12 characters long").count()).toBeGreaterThan(0);
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);

    await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    // Back where the visitor was when they chose "Sign in", now signed in.
    await page.waitForURL(`${baseURL}/`);
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Account" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await page.getByText("Not confirmed").waitFor();

    await page.goto(`${baseURL}/dev/mailbox`);
    const mail = page
      .getByRole("listitem")
      .filter({ hasText: `To ${email}` })
      .first();
    await mail.getByRole("link", { name: /\/verify-email\?token=/ }).click();
    await page.getByRole("heading", { level: 1, name: "E-mail address confirmed" }).waitFor();

    await page.getByRole("link", { name: "Go to your account" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await page.getByText("Buyer, Agency staff").waitFor();
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(`${baseURL}/`);
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto(`${baseURL}/account`);
    await page.waitForURL(/\/login\?redirectTo=%2Faccount/);

    await signIn(page, "admin@example.com", "CloudExchange!2026");
    await page.getByText("Buyer, Administrator").waitFor();
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Admin" }).click();
    await page.getByRole("heading", { level: 1, name: "Administration" }).waitFor();
    if (javaScriptEnabled) {
      for (const path of ["/admin/users", "/admin/domains", "/admin/audit", "/account", "/forgot-password"]) {
        await page.goto(`${baseURL}${path}`);
        expect({ path, problems: await axeViolations(page, "main") }).toEqual({ path, problems: [] });
      }
      await page.goto(`${baseURL}/admin/audit?action=user.signed_in`);
      await page.getByRole("cell", { name: "user.signed_in" }).first().waitFor();
    }
    await context.close();
  });
});
