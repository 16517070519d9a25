/**
 * Who secures what, proposed by the provider: the demo representative moves one area of one of
 * their products, an editor approves it at /admin/approvals, and the product page's matrix shows
 * the new split. Run with and without JavaScript (the form must work as plain HTML); each run uses
 * its own product, since both share the e2e database.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { axeViolations } from "./support/axe";
import { DEMO_PASSWORD } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function signedIn(email: string, redirectTo: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${baseURL}/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === redirectTo);
  return page;
}

const mfaRow = (page: Page, name: string) =>
  page
    .getByRole("table", { name: new RegExp(`^Shared responsibility for ${name}`) })
    .getByRole("row", { name: /^Multi-factor authentication/ });

describe.each([
  { name: "with JavaScript", javaScriptEnabled: true, slug: "wattle-grid-dedicated-hosts", product: "Wattle Grid Dedicated Hosts" },
  { name: "without JavaScript", javaScriptEnabled: false, slug: "wattle-grid-private-network", product: "Wattle Grid Private Network" },
])("a provider proposes who secures what $name", ({ javaScriptEnabled, slug, product }) => {
  it("moves multi-factor authentication to shared; an editor approves; the product page shows the new split", async () => {
    const note = `Wattle Grid enforces MFA on the console; the agency enforces it on its servers (${javaScriptEnabled ? "js" : "no-js"}).`;

    const rep = await signedIn("provider@example.com", "/provider", javaScriptEnabled);
    // The URL changes before React paints the new page: wait for the page itself.
    await rep.getByRole("heading", { level: 1, name: /provider dashboard/ }).waitFor();
    await rep.getByRole("listitem").filter({ hasText: product }).getByRole("link", { name: "propose who secures what" }).click();
    await rep.getByRole("heading", { level: 1, name: `Who secures what: ${product}` }).waitFor();
    if (javaScriptEnabled) expect(await axeViolations(rep, "main")).toEqual([]);

    // Moving an area away from the usual IaaS split needs a note saying why: refused, choice kept.
    const mfa = rep.getByRole("group", { name: "Multi-factor authentication" });
    await mfa.getByLabel("Who is responsible").selectOption("shared");
    await mfa.getByLabel("One-line note").fill("");
    await rep.getByRole("button", { name: "Propose this split" }).click();
    await rep.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await mfa.getByLabel("Who is responsible").inputValue()).toBe("shared");
    expect(await mfa.innerText()).toMatch(/Say in one line why multi-factor authentication differs/);
    if (javaScriptEnabled) expect(await axeViolations(rep, "main")).toEqual([]);

    await mfa.getByLabel("One-line note").fill(note);
    await rep.getByRole("button", { name: "Propose this split" }).click();
    await rep.waitForURL((url) => url.pathname === "/provider");
    await rep.getByText("Your change is waiting for approval").waitFor();

    // Back on the form, the waiting proposal is announced and shown.
    await rep.goto(`${baseURL}/provider/products/${slug}/responsibility`);
    await rep.getByText("A proposal for this product is already waiting for approval").waitFor();
    expect(await mfa.getByLabel("Who is responsible").inputValue()).toBe("shared");

    // Not public yet.
    const visitor = await browser.newContext({ javaScriptEnabled });
    contexts.push(visitor);
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${baseURL}/products/${slug}`);
    expect(await mfaRow(publicPage, product).getByRole("cell").nth(2).innerText()).toMatch(/Agency/);

    const editor = await signedIn("editor@dta.gov.au", "/admin/approvals", javaScriptEnabled);
    const section = editor.locator("section", { has: editor.getByRole("heading", { name: `Who secures what for ${product}` }) }).last();
    const diff = await section.getByRole("table").innerText();
    expect(diff).toMatch(/Multi-factor authentication\s+Agency: The agency enforces[^\n]*\s+Shared: Wattle Grid enforces MFA/);
    expect(diff).not.toContain("{");
    await section.getByRole("button", { name: /^Approve change/ }).click();
    await editor.waitForURL((url) => url.search.includes("done=approved"));

    await publicPage.goto(`${baseURL}/products/${slug}`);
    const row = mfaRow(publicPage, product);
    const cells = row.getByRole("cell");
    // Columns: Provider, Shared, Agency, then what it means.
    expect(await cells.nth(1).innerText()).toMatch(/Shared/);
    expect(await cells.nth(2).innerText()).toBe("");
    expect(await cells.nth(3).innerText()).toMatch(/enforces MFA on the console[\s\S]*Differs from the IaaS default: usually agency/);

    // The dashboard now lists the decided change with its status badge. It must hydrate cleanly: a
    // badge (a div) inside a paragraph once made the browser's DOM differ from the server's, and
    // React then redrew the page with the header's and footer's styles missing.
    const problems: string[] = [];
    rep.on("console", (m) => (m.type() === "error" ? problems.push(m.text()) : undefined));
    rep.on("pageerror", (e) => problems.push(e.message));
    await rep.goto(`${baseURL}/provider`);
    await rep.getByRole("heading", { name: "Your proposed changes" }).waitFor();
    await expect.poll(() => rep.getByText(`Who secures what for ${product}`).count()).toBeGreaterThan(0);
    if (javaScriptEnabled) {
      await rep.waitForLoadState("networkidle");
      expect(problems).toEqual([]);
      expect(await axeViolations(rep, "main")).toEqual([]);
    }
  }, 90_000);
});
