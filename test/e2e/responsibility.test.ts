import fs from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
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

/** WCAG 2.1 A/AA problems axe-core finds inside `selector`, as "rule: target" lines. */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  // Evaluated through the driver: the site's CSP (nonce-only scripts) rightly blocks an inline <script> tag.
  await page.evaluate(fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async (sel) => {
    type Axe = { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(sel, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  }, selector);
}

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
    expect(await axeProblems(page, "main")).toEqual([]);

    // The product page flags the same area against the SaaS default, and links to the checklist.
    await page.getByRole("link", { name: "Meridian Stratus Office" }).first().click();
    await page.getByRole("heading", { level: 2, name: "Who secures what" }).waitFor();
    const matrix = page.getByRole("table", { name: /^Shared responsibility for Meridian Stratus Office/ });
    expect(await matrix.getByRole("row", { name: /^Encryption and keys/ }).innerText()).toMatch(/Differs from the SaaS default: usually provider/);
    expect(await axeProblems(page, "section[aria-labelledby=who-secures-what]")).toEqual([]);
    await page.getByRole("link", { name: /duties checklist/ }).click();
    await page.getByRole("heading", { level: 1, name: "Agency duties: Meridian Stratus Office" }).waitFor();
    expect(await axeProblems(page, "main")).toEqual([]);
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
    expect(await axeProblems(page, "main")).toEqual([]);

    await mfa.getByLabel("One-line note").fill("Multi-factor sign-in is enforced for every user.");
    await page.getByRole("button", { name: "Save who secures what" }).click();
    await page.waitForURL(/\/products\/polaris-peak-chat#who-secures-what$/);
    const row = page.getByRole("table", { name: /^Shared responsibility for/ }).getByRole("row", { name: /^Multi-factor authentication/ });
    expect(await row.innerText()).toMatch(/enforced for every user[\s\S]*Differs from the SaaS default: usually shared/);
    await context.close();
  });
});
