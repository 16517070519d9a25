/**
 * The whole review journey in a real browser: a new agency staff member joins and verifies through
 * the development mailbox, writes a review; an administrator approves it; it appears on the product
 * page; the provider replies; the administrator approves the reply; it shows.
 * global-setup starts the server with ENABLE_DEV_MAILBOX=1, which exposes /dev/mailbox.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
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

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

/** axe-core's WCAG 2.x A/AA rules over one region of the page; returns "rule: target" lines. */
async function accessibilityProblems(page: Page, selector: string): Promise<string[]> {
  // Evaluated through the driver: the site's CSP (nonce-only scripts) rightly blocks an inline <script> tag.
  await page.evaluate(fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(sel, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  }, selector);
}

async function signIn(page: Page, email: string, redirectTo: string) {
  await page.goto(`${baseURL}/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === redirectTo.split("?")[0]);
}

/** A product of the demo provider's company (the first sample provider), straight from the e2e database. */
function demoProviderProduct(): { slug: string; name: string } {
  const sqlite = new Database(inject("databasePath"), { readonly: true });
  try {
    return sqlite
      .prepare(
        `select p.slug, p.name from products p
         join user_roles r on r.provider_id = p.provider_id and r.role = 'provider_rep'
         join users u on u.id = r.user_id and u.email = 'provider@example.com'
         order by p.slug limit 1`,
      )
      .get() as { slug: string; name: string };
  } finally {
    sqlite.close();
  }
}

describe("community reviews", () => {
  it("takes a review from a new agency staff member through moderation to the product page, with the provider's reply", async () => {
    const stamp = Date.now().toString(36);
    const email = `reviewer-${stamp}@e2e-agency.gov.au`;
    const title = `Dependable platform ${stamp}`;
    const replyText = `Thank you for the review ${stamp}. Our Canberra team is here to help.`;
    const product = demoProviderProduct();

    // Join and verify through the development mailbox.
    const staff = await newPage();
    await staff.goto(`${baseURL}/join`);
    await staff.getByLabel("E-mail address").fill(email);
    await staff.getByLabel("Your name").fill("Robin Reviewer");
    await staff.getByRole("textbox", { name: "Password" }).fill(PASSWORD);
    await staff.getByRole("button", { name: "Create account" }).click();
    await staff.waitForURL(/\/account/);
    await staff.goto(`${baseURL}/dev/mailbox`);
    const message = staff
      .getByRole("listitem")
      .filter({ hasText: `To ${email}` })
      .first();
    await message
      .getByRole("link", { name: /verify-email/ })
      .first()
      .click();
    await staff.waitForURL(/verify-email/);

    // Choose an agency, so the review reads "Verified: <agency>".
    await staff.goto(`${baseURL}/account`);
    const agency = staff.getByLabel("Agency you work for");
    await agency.selectOption({ index: 1 });
    const agencyName = (await agency.locator("option:checked").textContent())!.trim();
    await staff.getByRole("button", { name: "Save agency" }).click();
    await staff.getByText("Your agency has been saved.").waitFor();

    // Write the review from the product page.
    await staff.goto(`${baseURL}/products/${product.slug}#reviews`);
    await staff.getByRole("link", { name: "Write a review" }).click();
    await staff.waitForURL(/\/review$/);
    expect(await accessibilityProblems(staff, "main")).toEqual([]);
    await staff.getByRole("radio", { name: /^4 out of 5/ }).check({ force: true });
    await staff.getByLabel("Security assurance").selectOption("5");
    await staff.getByLabel("Support", { exact: false }).first().selectOption("3");
    await staff.getByLabel("Title").fill(title);
    await staff.getByLabel("Pros").fill("Clear IRAP documentation.\nOnshore support that answers quickly.");
    await staff.getByLabel("Cons").fill("The console hides some settings that only the API exposes.");
    await staff.getByLabel("Use case").fill("Hosting our grants portal for applicants and assessors.");
    await staff.getByLabel("Highest classification of data used with it").selectOption("OFFICIAL: Sensitive");
    await staff.getByLabel("Deployment size").selectOption("50-500 users");
    await staff.getByLabel("Months in use").fill("15");
    await staff.getByRole("radio", { name: "I have no conflict of interest" }).check({ force: true });
    await staff.getByRole("button", { name: "Submit review for moderation" }).click();
    await staff.getByText("Thank you: your review was sent for moderation").waitFor();

    // Not public until moderated.
    const visitor = await newPage();
    await visitor.goto(`${baseURL}/products/${product.slug}`);
    expect(await visitor.getByRole("article", { name: title }).count()).toBe(0);

    // An administrator approves it.
    const admin = await newPage();
    await signIn(admin, "admin@example.com", "/admin/moderation");
    expect(await accessibilityProblems(admin, "main")).toEqual([]);
    await admin
      .getByRole("article", { name: new RegExp(title) })
      .getByRole("button", { name: /^Approve/ })
      .click();
    await admin.getByText("The review is published.").waitFor();

    await visitor.goto(`${baseURL}/products/${product.slug}?sort=newest#reviews`);
    const published = visitor.getByRole("article", { name: title });
    await published.waitFor();
    expect(await published.getByText(`Verified: ${agencyName}`).isVisible()).toBe(true);
    expect(await published.getByText("Robin Reviewer").count()).toBe(0); // the name was not chosen to be shown

    // The provider replies; the reply waits for moderation.
    const provider = await newPage();
    await signIn(provider, "provider@example.com", `/products/${product.slug}?sort=newest`);
    await provider
      .getByRole("article", { name: title })
      .getByRole("link", { name: "Reply to this review on behalf of the provider" })
      .click();
    await provider.getByLabel("Reply on behalf of the provider").fill(replyText);
    await provider.getByRole("button", { name: "Send reply for moderation" }).click();
    await provider.getByText("Your reply was sent for moderation.").first().waitFor();

    await admin.goto(`${baseURL}/admin/moderation`);
    await admin
      .getByRole("article")
      .filter({ hasText: replyText })
      .getByRole("button", { name: /^Approve/ })
      .click();
    await admin.getByText("The reply is published.").waitFor();

    await visitor.reload();
    const answered = visitor.getByRole("article", { name: title });
    expect(await answered.getByText("Reply from the provider").isVisible()).toBe(true);
    expect(await answered.getByText(replyText).isVisible()).toBe(true);
    expect(await accessibilityProblems(visitor, "section[aria-labelledby=reviews]")).toEqual([]);
    await visitor.goto(`${baseURL}/community`);
    expect(await accessibilityProblems(visitor, "main")).toEqual([]);
  }, 120_000);

  it("lets a signed-in buyer vote once and report a concern without JavaScript, keeping the sort in the URL", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const { slug } = demoProviderProduct();
    await signIn(page, "buyer@example.com", `/products/${slug}`);
    await page.getByLabel("Sort reviews").selectOption("lowest");
    await page.getByRole("button", { name: "Show reviews" }).click();
    await page.waitForURL(/sort=lowest/);
    const first = page
      .getByRole("article")
      .filter({ has: page.getByRole("button", { name: "This review was helpful" }) })
      .first();
    const id = await first.getAttribute("id");
    await first.getByRole("button", { name: "This review was helpful" }).click();
    await page.getByText("Thank you: your vote was counted.").waitFor();
    expect(page.url()).toContain("sort=lowest");
    const voted = page.locator(`#${id}`);
    expect(await voted.getByText(/including you/).isVisible()).toBe(true);
    expect(await voted.getByRole("button", { name: "This review was helpful" }).count()).toBe(0);

    await voted.getByRole("link", { name: "Report a concern about this review" }).click();
    await page.getByLabel("What is the concern?").fill("It seems to quote a named officer.");
    await page.getByRole("button", { name: "Send concern" }).click();
    await page.getByText("Thank you: an administrator will look at your concern.").waitFor();
  });
});
