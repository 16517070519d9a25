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

async function signInAsEditor(page: Page) {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("E-mail address").fill("editor@dta.gov.au");
  await page.getByLabel("Password", { exact: true }).fill("CloudExchange!2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${baseURL}/account`);
}

const body = (word: string) =>
  [
    `## Why ${word} matters`,
    "",
    "Guidance written in the browser test, with a table, a callout and a link.",
    "",
    "| Level | Meaning |",
    "|---|---|",
    "| ML1 | Opportunistic adversaries |",
    "",
    "> [!TIP]",
    "> Read the IRAP report's scope first.",
    "",
    "See [the ISM](https://www.cyber.gov.au/ism).",
    "",
    "<script>window.__pwned = true</script>",
  ].join("\n");

describe.each([
  { name: "with JavaScript", javaScriptEnabled: true },
  { name: "without JavaScript", javaScriptEnabled: false },
])("an editor writes guidance $name", ({ javaScriptEnabled }) => {
  it("drafts, previews, publishes, and the article appears in the list, the feed and search", async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const word = `zephyrine${javaScriptEnabled ? "js" : "nojs"}${Date.now() % 100000}`;
    const title = `Browser test guidance ${word}`;
    await signInAsEditor(page);

    await page.goto(`${baseURL}/articles`);
    await page.getByRole("link", { name: "Write an article" }).click();
    await page.getByRole("heading", { level: 1, name: "Write an article" }).waitFor();
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Summary").fill("A summary written by the browser test for its guidance article.");
    await page.getByLabel("Article (Markdown)").fill(body(word));
    await page.getByRole("checkbox", { name: "2. Design services for the cloud" }).check({ force: true });

    const preview = page.getByRole("region", { name: "Article preview" });
    if (!javaScriptEnabled) await page.getByRole("button", { name: "Preview", exact: true }).click();
    // With JavaScript the preview follows the typing; without, the Preview button renders it.
    await preview.getByRole("heading", { name: `Why ${word} matters` }).waitFor();
    await preview.getByRole("complementary", { name: "Tip" }).waitFor();
    await expect(preview.locator("script").count()).resolves.toBe(0);
    await expect(page.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(title);
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);

    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByText("Draft: not visible to the public").waitFor();
    const articleUrl = page.url();

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByText("The article is now published").waitFor();
    // Edit it once more, then compare the two latest revisions in the history.
    await page.getByRole("link", { name: "Edit article" }).click();
    await page.getByRole("heading", { level: 1, name: `Edit: ${title}` }).waitFor();
    await page.getByLabel("Summary").fill("A revised summary written by the browser test for its guidance.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("link", { name: "Revision history" }).click();
    await page.getByRole("heading", { level: 1, name: `Revision history: ${title}` }).waitFor();
    await page.getByText("1 line added, 1 line removed").waitFor();
    await page.getByRole("cell", { name: /A revised summary/ }).waitFor();
    if (javaScriptEnabled) expect(await axeViolations(page, "main")).toEqual([]);
    await page.goto(articleUrl);

    const external = page.getByRole("link", { name: /the ISM/ });
    await expect(external.getAttribute("rel")).resolves.toBe("noopener noreferrer");
    if (javaScriptEnabled) await expect(page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).resolves.toBeUndefined();

    // A visitor who is not signed in finds it in the list and can read it.
    const visitor = await browser.newContext({ javaScriptEnabled: true });
    const v = await visitor.newPage();
    await v.goto(`${baseURL}/articles?principle=2`);
    await v.getByRole("list", { name: "Published guidance" }).getByRole("link", { name: title }).click();
    await v.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(v.url()).toBe(articleUrl);
    await v.getByText("Responsible agency").waitFor();
    await v.getByRole("button", { name: "Yes, this was helpful" }).waitFor();
    expect(await axeViolations(v, "main")).toEqual([]);
    await v.getByRole("button", { name: "Yes, this was helpful" }).click();
    await v.getByText("Thank you for your feedback.").waitFor();

    // The feed is well-formed Atom (the browser's own XML parser) and carries the new entry.
    await v.goto(`${baseURL}/articles`);
    const feed = await v.evaluate(async () => {
      const res = await fetch("/articles/feed.xml");
      const doc = new DOMParser().parseFromString(await res.text(), "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      return {
        type: res.headers.get("content-type"),
        parseError: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.localName,
        self: [...doc.documentElement.getElementsByTagNameNS(atom, "link")].some((l) => l.getAttribute("rel") === "self"),
        titles: [...doc.getElementsByTagNameNS(atom, "entry")].map((e) => e.getElementsByTagNameNS(atom, "title")[0]?.textContent),
      };
    });
    expect(feed).toMatchObject({ parseError: 0, root: "feed", self: true });
    expect(feed.type).toMatch(/^application\/atom\+xml/);
    expect(feed.titles).toContain(title);

    // Search (another engineer's): the index follows the data version, so allow it a moment.
    let found = false;
    for (let attempt = 0; attempt < 20 && !found; attempt++) {
      await v.goto(`${baseURL}/search?q=${word}`);
      found = (await v.getByRole("link", { name: title }).count()) > 0;
      if (!found) await v.waitForTimeout(500);
    }
    expect(found).toBe(true);

    await visitor.close();
    await context.close();
  });
});
