/**
 * Provider self-service in a real browser: the demo representative renews a badge with evidence
 * and the ISM release it used, an editor approves it at /admin/approvals (marking it verified only
 * once they say they checked the evidence), and the product page shows the new dates with the old
 * version in its listing history. Without JavaScript, a new Essential Eight badge is proposed by
 * choosing its kind first, and its overall level is the lowest of its strategies.
 */
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addDays, addMonths, formatDate, todayIso } from "~/platform/dates";
import { launchBrowser } from "./browser";
import { axeViolations } from "./support/axe";

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

async function signedIn(email: string, redirectTo: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
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
    await form.getByLabel(/^Level/).waitFor();
    expect(await axeViolations(rep, "main")).toEqual([]);
    // The level is a choice of the kind's own levels, by name; no field of another kind, no stored code.
    expect(
      await form
        .getByLabel(/^Level/)
        .locator("option")
        .allInnerTexts(),
    ).toEqual(["Choose a level", "OFFICIAL: Sensitive", "PROTECTED", "SECRET"]);
    expect(await form.getByLabel(/^Report period end/).count()).toBe(0);
    expect(await rep.locator("main").innerText()).not.toMatch(/SOC 2 only|\(type2\)|level2_|strategic\b/);
    const release = `ISM ${new Date(`${addDays(assessedOn, -60)}T00:00:00Z`).toLocaleString("en-AU", { month: "long", timeZone: "UTC" })} ${addDays(assessedOn, -60).slice(0, 4)}`;
    await form.getByLabel(/^Assessed or issued on/).fill(assessedOn);
    await form.getByLabel(/^ISM release/).fill(release);
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
    // The heading names the badge, not just "a badge renewal".
    const section = editor.locator("section", { has: editor.getByRole("heading", { name: /^Renewal of IRAP assessment: / }) }).last();
    expect(await section.getByRole("table").innerText()).toContain(assessedOn);
    expect(await section.innerText()).toContain(`Assessed against ${release}`);
    const evidence = section.getByRole("link", { name: "https://trust.example.com/irap-report" }).first();
    expect(await evidence.getAttribute("rel")).toBe("noopener noreferrer");
    // "Verified" alone is refused: the editor must say they checked the evidence.
    await section.getByLabel("Mark this badge verified by Cloud Exchange").check({ force: true }); // the design system draws its tick over the input
    await section.getByRole("button", { name: /^Approve change/ }).click();
    await editor.getByRole("heading", { name: "There is a problem" }).waitFor();
    const again = editor.locator("section", { has: editor.getByRole("heading", { name: /^Renewal of IRAP assessment: / }) }).last();
    expect(await again.innerText()).toContain("Open and check the evidence, and tick this box, before marking the badge verified");
    expect(await again.getByLabel("Mark this badge verified by Cloud Exchange").isChecked()).toBe(true);
    expect(await axeViolations(editor, "main")).toEqual([]);
    await again.getByLabel(/^I have opened and checked the evidence at/).check({ force: true });
    await again.getByRole("button", { name: /^Approve change/ }).click();
    await editor.waitForURL((url) => url.search.includes("done=approved"));

    await publicPage.goto(`${baseURL}/products/${badge.slug}`);
    const live = await publicPage.locator("main").innerText();
    expect(live).toContain(lapses);
    expect(live).toContain("Verified by Cloud Exchange");
    await publicPage.getByRole("link", { name: "Listing history" }).click();
    await publicPage.getByRole("heading", { name: /^Listing history:/ }).waitFor({ timeout: 5000 });
    const history = await publicPage.locator("main").innerText();
    expect(history).toContain(badge.assessedOn);
    expect(history).toContain(assessedOn);
    expect(history).toContain(release);
  }, 60_000);

  it("without JavaScript, proposes a new Essential Eight badge: kind first, then its strategies, the overall level worked out", async () => {
    const { slug } = demoIrapBadge();
    const rep = await signedIn("provider@example.com", "/provider", false);
    await rep.goto(`${baseURL}/provider/products/${slug}/badges`);
    const adding = rep.locator('section[aria-labelledby="new-badge"]');
    // Before a kind is chosen there is no kind-specific field at all.
    expect(await adding.getByLabel(/^ISM release|^Report period end|^Multi-factor/).count()).toBe(0);
    await adding.getByLabel(/^Kind of badge/).selectOption({ label: "Essential Eight" });
    await adding.getByRole("button", { name: "Continue" }).click();
    await rep.getByRole("heading", { name: "Add a badge: Essential Eight" }).waitFor();
    const form = rep.locator('section[aria-labelledby="new-badge"]');
    expect(await form.getByLabel(/^ISM release/).count()).toBe(0);
    expect(await form.getByLabel(/^Report period end/).count()).toBe(0);
    for (const label of [
      "Application control",
      "Patch applications",
      "Configure Microsoft Office macro settings",
      "User application hardening",
      "Restrict administrative privileges",
      "Patch operating systems",
      "Regular backups",
    ])
      await form.getByLabel(new RegExp(`^${label}`)).selectOption({ label: "Maturity Level 2" });
    await form.getByLabel(/^Multi-factor authentication/).selectOption({ label: "Maturity Level 1" });
    await form.getByLabel(/^Overall maturity level/).selectOption({ label: "Maturity Level 3" });
    await form.getByLabel(/^Assessed or issued on/).fill(addDays(todayIso(), -3));
    await form.getByLabel(/^Assessor/).fill("Self-assessed");
    await form.getByLabel(/^Scope/).fill("Corporate environment supporting the service");
    await form.getByLabel(/^Evidence(?! level)/).fill("E8-SELF-2026.pdf");
    await form.getByRole("button", { name: "Propose new Essential Eight" }).click();

    // Refused next to the field, with what was chosen kept.
    await rep.getByRole("heading", { name: "There is a problem" }).waitFor();
    const refused = rep.locator('section[aria-labelledby="new-badge"]');
    expect(await refused.innerText()).toContain("The strategies give Maturity Level 1 overall");
    expect(await refused.getByLabel(/^Multi-factor authentication/).inputValue()).toBe("ML1");
    expect(await refused.getByLabel(/^Scope/).inputValue()).toBe("Corporate environment supporting the service");
    await refused.getByLabel(/^Overall maturity level/).selectOption({ label: "Work it out from the strategies" });
    await refused.getByRole("button", { name: "Propose new Essential Eight" }).click();
    await rep.waitForURL((url) => url.pathname === "/provider");

    const editor = await signedIn("editor@dta.gov.au", "/admin/approvals", false);
    const section = editor.locator("section", {
      has: editor.getByRole("heading", { name: /^New badge: Essential Eight: Maturity Level 1 on / }),
    });
    expect(await section.getByRole("table").innerText()).toMatch(/Essential Eight: multi-factor authentication\s+—\s+Maturity Level 1/);
    await section.getByLabel(/^Note or reason/).fill("Self-assessment only: attach the report, please");
    await section.getByRole("button", { name: /^Reject change/ }).click();
    await editor.waitForURL((url) => url.search.includes("done=rejected"));
  }, 60_000);
});
