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

describe("who secures what", () => {
  it("compares two SaaS products and sees the one area where their split differs, then prints the duties", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/compare?products=meridian-stratus-office,polaris-peak-workspace`);
    const table = page.getByRole("table", { name: /^Who secures what/ });
    await table.waitFor();
    expect(await table.getByRole("columnheader").count()).toBe(3);
    expect(await page.getByText(/The split differs in 1 of 14 areas/).isVisible()).toBe(true);

    const keys = table.getByRole("row", { name: /^Encryption and keys/ });
    expect(await keys.getByRole("rowheader").textContent()).toContain("Differs");
    const cells = keys.getByRole("cell");
    // innerText, not textContent: before hydration emotion's <style> tags sit inside the cells.
    expect(await cells.nth(0).innerText()).toMatch(/^Agency[\s\S]*BYOK/);
    expect(await cells.nth(1).innerText()).toMatch(/^Provider/);
    const physical = table.getByRole("row", { name: /^Physical and environmental security/ });
    expect(await physical.getByRole("rowheader").textContent()).not.toContain("Differs");
    expect(await axeViolations(page, "main")).toEqual([]);

    // The product page flags the same area against the SaaS default, and links to the checklist.
    await page.getByRole("link", { name: "Meridian Stratus Office" }).first().click();
    await page.getByRole("heading", { level: 2, name: "Who secures what" }).waitFor();
    const matrix = page.getByRole("table", { name: /^Shared responsibility for Meridian Stratus Office/ });
    expect(await matrix.getByRole("row", { name: /^Encryption and keys/ }).innerText()).toMatch(
      /Differs from the SaaS default: usually provider/,
    );
    expect(await axeViolations(page, "section[aria-labelledby=who-secures-what]")).toEqual([]);
    await page.getByRole("link", { name: /duties checklist/ }).click();
    await page.getByRole("heading", { level: 1, name: "Agency duties: Meridian Stratus Office" }).waitFor();
    expect(await axeViolations(page, "main")).toEqual([]);
    const box = page.getByRole("checkbox", { name: "Encryption and keys" });
    await box.check();
    expect(await box.isChecked()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Print this checklist" }).isVisible()).toBe(false);
    expect(await page.locator("header").first().isVisible()).toBe(false);
    await context.close();
  });

  it("lets an administrator move an area, and the product page then flags it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/login?redirectTo=${encodeURIComponent("/products/polaris-peak-chat/responsibility")}`);
    await page.getByLabel("E-mail address").fill("admin@example.com");
    await page.getByRole("textbox", { name: "Password" }).fill("CloudExchange!2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/products\/polaris-peak-chat\/responsibility$/);

    const mfa = page.getByRole("group", { name: "Multi-factor authentication" });
    await mfa.getByLabel("Who is responsible").selectOption("provider");
    await mfa.getByLabel("One-line note").fill("");
    await page.getByRole("button", { name: "Save who secures what" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await mfa.getByLabel("Who is responsible").inputValue()).toBe("provider");
    expect(await axeViolations(page, "main")).toEqual([]);

    await mfa.getByLabel("One-line note").fill("Multi-factor sign-in is enforced for every user.");
    await page.getByRole("button", { name: "Save who secures what" }).click();
    await page.waitForURL(/\/products\/polaris-peak-chat#who-secures-what$/);
    const row = page.getByRole("table", { name: /^Shared responsibility for/ }).getByRole("row", { name: /^Multi-factor authentication/ });
    expect(await row.innerText()).toMatch(/enforced for every user[\s\S]*Differs from the SaaS default: usually shared/);
    await context.close();
  });
});
