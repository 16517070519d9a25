/**
 * Provider self-service in a real browser: the demo representative renews a badge with evidence,
 * an editor approves it at /admin/approvals, and the product page shows the new dates with the
 * old version in its listing history.
 */
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addDays, addMonths, formatDate, todayIso } from "~/platform/dates";
import { launchBrowser } from "./browser";

const baseURL = inject("baseURL");
const PASSWORD = "CloudExchange!2026";
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function signedIn(email: string, redirectTo: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${baseURL}/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === redirectTo);
  return page;
}

/** An IRAP badge on one of the demo representative's products, from the e2e database. */
function demoIrapBadge(): { id: number; slug: string; assessedOn: string } {
  const sqlite = new Database(inject("databasePath"), { readonly: true });
  try {
    return sqlite
      .prepare(
        `select b.id, p.slug, b.assessed_on as assessedOn from badges b
         join products p on p.id = b.product_id
         join user_roles r on r.provider_id = p.provider_id and r.role = 'provider_rep'
         join users u on u.id = r.user_id and u.email = 'provider@example.com'
         where b.kind = 'irap' order by p.slug limit 1`,
      )
      .get() as { id: number; slug: string; assessedOn: string };
  } finally {
    sqlite.close();
  }
}

describe("provider self-service", () => {
  it("renews a badge, waits for approval, then shows the new dates and the old version in history", async () => {
    const badge = demoIrapBadge();
    expect(badge).toBeTruthy();
    const assessedOn = addDays(todayIso(), -7);

    const rep = await signedIn("provider@example.com", "/provider");
    // The URL changes before React paints the new page: wait for the page itself.
    await rep.getByRole("heading", { level: 1, name: /provider dashboard/ }).waitFor();
    await rep.goto(`${baseURL}/provider/products/${badge.slug}/badges`);
    const form = rep.locator(`section[aria-labelledby="badge-${badge.id}"]`);
    await form.getByLabel(/^Assessed or issued on/).fill(assessedOn);
    await form.getByLabel(/^Assessor/).fill("Southern Cross Assurance");
    await form.getByLabel(/^Evidence level/).selectOption("third_party");
    await form.getByLabel(/^Evidence(?! level)/).fill("https://trust.example.com/irap-report");
    await form.getByRole("button", { name: /Propose renewal/ }).click();
    await rep.waitForURL((url) => url.pathname === "/provider");
    await rep.getByText("Your change is waiting for approval").waitFor({ timeout: 5000 });

    // Not public yet.
    const lapses = formatDate(addMonths(assessedOn, 24));
    const visitor = await browser.newContext();
    contexts.push(visitor);
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${baseURL}/products/${badge.slug}`);
    expect(await publicPage.locator("main").innerText()).not.toContain(lapses);

    const editor = await signedIn("editor@dta.gov.au", "/admin/approvals");
    const section = editor.locator("section", { has: editor.getByRole("heading", { name: /Badge renewal on/ }) }).last();
    expect(await section.getByRole("table").innerText()).toContain(assessedOn);
    await section.getByRole("button", { name: /^Approve change/ }).click();
    await editor.waitForURL((url) => url.search.includes("done=approved"));

    await publicPage.goto(`${baseURL}/products/${badge.slug}`);
    expect(await publicPage.locator("main").innerText()).toContain(lapses);
    await publicPage.getByRole("link", { name: "Listing history" }).click();
    await publicPage.getByRole("heading", { name: /^Listing history:/ }).waitFor({ timeout: 5000 });
    const history = await publicPage.locator("main").innerText();
    expect(history).toContain(badge.assessedOn);
    expect(history).toContain(assessedOn);
  }, 60_000);
});
