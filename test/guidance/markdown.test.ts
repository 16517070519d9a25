import { describe, expect, it } from "vitest";
import { renderCacheSize, renderMarkdown } from "~/platform/markdown.server";
import { calloutFrom, headingSlugger, isExternalHref } from "~/platform/markdown-parts";
import { ATTACK_STRINGS } from "./attack-strings";

const FORBIDDEN_ELEMENTS = [
  "script",
  "style",
  "svg",
  "math",
  "iframe",
  "frame",
  "object",
  "embed",
  "applet",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "meta",
  "base",
  "link",
  "noscript",
  "template",
  "portal",
  "video",
  "audio",
];

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ":")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Checks the markup, not the text: the sanitiser escapes text, so "&lt;script&gt;" or the words
 * "javascript:" in a paragraph are inert (and an article about XSS may need to say them).
 */
function problemsIn(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push("<script");
  const tags = html.match(/<[a-zA-Z!/][^>]*>/g) ?? [];
  for (const tag of tags) {
    const name = /^<\/?([a-zA-Z0-9-]+)/.exec(tag)?.[1]?.toLowerCase();
    if (tag.startsWith("<!")) problems.push(`comment or doctype: ${tag}`);
    if (name && FORBIDDEN_ELEMENTS.includes(name)) problems.push(`element <${name}>`);
    if (/\son\w+\s*=/i.test(tag)) problems.push(`handler in ${tag}`);
    if (/\sstyle\s*=/i.test(tag)) problems.push(`style attribute in ${tag}`);
    if (/javascript:|vbscript:/i.test(decodeEntities(tag))) problems.push(`script URL in ${tag}`);
    for (const m of tag.matchAll(/\s(href|src|srcset|action|formaction|background|cite|xlink:href|data)\s*=\s*"([^"]*)"/gi)) {
      const value = decodeEntities(m[2])
        .replace(/[\s\u0000-\u001f]/g, "")
        .toLowerCase();
      if (!["href", "src"].includes(m[1].toLowerCase())) problems.push(`attribute ${m[1]} in ${tag}`);
      if (value.startsWith("data:")) problems.push(`data: URL in ${tag}`);
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
      if (scheme && !["http", "https", "mailto"].includes(scheme)) problems.push(`scheme ${scheme} in ${tag}`);
      if (value.startsWith("//")) problems.push(`protocol-relative URL in ${tag}`);
    }
  }
  return problems;
}

describe("sanitising attack strings", () => {
  it("has at least 100 attack strings", () => {
    expect(ATTACK_STRINGS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(ATTACK_STRINGS.map((s, i) => [i, s]))("#%i leaves nothing dangerous: %s", (_i, attack) => {
    const { html } = renderMarkdown(`Intro paragraph.\n\n${attack}\n\nClosing paragraph.`);
    expect(problemsIn(html)).toEqual([]);
  });

  it("the checker itself catches what it should (so the tests above can fail)", () => {
    expect(problemsIn('<a href="javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(problemsIn('<img src="data:image/png;base64,AA">')).not.toEqual([]);
    expect(problemsIn('<p onclick="x()">x</p>')).not.toEqual([]);
    expect(problemsIn('<p style="color:red">x</p>')).not.toEqual([]);
    expect(problemsIn("<svg></svg>")).not.toEqual([]);
    expect(problemsIn('<a href="&#106;avascript:x">x</a>')).not.toEqual([]);
  });

  it("drops event handlers and styles but keeps the allowed element and its text", () => {
    expect(renderMarkdown('<p onclick="alert(1)" style="color:red">kept text</p>').html).toBe("<p>kept text</p>");
    expect(renderMarkdown("[click me](javascript:alert(1))").html).toBe("<p><a>click me</a></p>\n");
    expect(renderMarkdown("<iframe src=https://evil.example></iframe>after").html).not.toContain("iframe");
  });

  it("lets only ids it could have generated through, so raw HTML cannot clobber page ids", () => {
    expect(renderMarkdown('<h2 id="ok-id">A</h2>').html).toBe('<h2 id="ok-id">A</h2>');
    expect(renderMarkdown('<h2 id="Main_Content!">A</h2>').html).toBe("<h2>A</h2>");
    expect(renderMarkdown('<a id="csrf" href="/x">x</a>').html).not.toContain("id=");
  });
});

describe("ordinary Markdown still renders", () => {
  const doc = [
    "# Reading an IRAP report",
    "Intro with **bold**, *emphasis* and `code`.",
    "## Scope and level",
    "- first item",
    "- second item",
    "",
    "1. one",
    "2. two",
    "### Who assessed it",
    "| Quality | Minimum |",
    "|:--|--:|",
    "| Exit provisions | 3 |",
    "",
    "```ts",
    "const level = 'PROTECTED' as const;",
    "```",
    "",
    "See [the ISM](https://www.cyber.gov.au/ism), [products](/products) or [write to us](mailto:guidance@example.gov.au).",
    "",
    "> [!WARNING]",
    "> Never write **ASD certified**.",
    "",
    "> An ordinary quote.",
    "## Scope and level",
  ].join("\n");
  const { html, toc } = renderMarkdown(doc);

  it("renders headings with anchors (the title's h1 becomes h2) and builds a table of contents", () => {
    expect(html).toContain('<h2 id="reading-an-irap-report">Reading an IRAP report</h2>');
    expect(html).toContain('<h3 id="who-assessed-it">Who assessed it</h3>');
    expect(toc).toEqual([
      { id: "reading-an-irap-report", text: "Reading an IRAP report", depth: 2 },
      { id: "scope-and-level", text: "Scope and level", depth: 2 },
      { id: "who-assessed-it", text: "Who assessed it", depth: 3 },
      { id: "scope-and-level-2", text: "Scope and level", depth: 2 },
    ]);
  });

  it("renders lists, tables with alignment, code blocks and inline formatting", () => {
    expect(html).toMatch(/<ul>\s*<li>first item<\/li>\s*<li>second item<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>one<\/li>/);
    expect(html).toContain('<th align="left">Quality</th>');
    expect(html).toContain('<td align="right">3</td>');
    expect(html).toContain(`<pre><code class="language-ts">const level = 'PROTECTED' as const;`);
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<code>code</code>");
  });

  it("marks links to other sites and gives them rel=noopener noreferrer; internal links stay plain", () => {
    expect(html).toContain(
      '<a href="https://www.cyber.gov.au/ism" class="external-link" rel="noopener noreferrer">the ISM<span class="visually-hidden"> (opens another site)</span></a>',
    );
    expect(html).toContain('<a href="/products">products</a>');
    expect(html).toContain('<a href="mailto:guidance@example.gov.au">write to us</a>');
    // An author's own rel or target cannot weaken the protection.
    const raw = renderMarkdown('<a href="https://evil.example" rel="opener" target="_blank">x</a>').html;
    expect(raw).toBe('<p><a href="https://evil.example" class="external-link" rel="noopener noreferrer">x</a></p>\n');
  });

  it("turns [!NOTE]-style blockquotes into labelled callouts and leaves plain quotes alone", () => {
    expect(html).toContain(
      '<aside class="callout callout-warning" aria-label="Warning"><p class="callout-title"><strong>Warning</strong></p>',
    );
    expect(html).toContain("<p>Never write <strong>ASD certified</strong>.</p>");
    expect(html).toMatch(/<blockquote>\s*<p>An ordinary quote\.<\/p>/);
  });

  it("caches by content: the same text is rendered once", () => {
    const before = renderCacheSize();
    const again = renderMarkdown(doc);
    expect(renderCacheSize()).toBe(before);
    expect(again.html).toBe(html);
    renderMarkdown(`${doc}\n\nOne more line.`);
    expect(renderCacheSize()).toBe(before + 1);
  });
});

describe("images: only this site's are shown (the CSP allows img-src 'self'), others become links", () => {
  const image = (md: string) => renderMarkdown(md).html;

  it("turns an image from another site into a link to it, named by its alt text", () => {
    expect(image("![Chart of IRAP assessments by year](https://stats.example.com/chart.png)")).toBe(
      '<p><a href="https://stats.example.com/chart.png" class="external-link" rel="noopener noreferrer">Image: Chart of IRAP assessments by year</a></p>\n',
    );
    expect(image('![Chart](http://stats.example.com/chart.png "Assessments")')).toBe(
      '<p><a href="http://stats.example.com/chart.png" title="Assessments" class="external-link" rel="noopener noreferrer">Image: Chart</a></p>\n',
    );
  });

  it("names the link by the image's address when it has no alt text", () => {
    expect(image("![](https://stats.example.com/chart.png)")).toBe(
      '<p><a href="https://stats.example.com/chart.png" class="external-link" rel="noopener noreferrer">https://stats.example.com/chart.png</a></p>\n',
    );
  });

  it("keeps images from this site, by relative path or by its own origin, with their alt text", () => {
    expect(image("![The badge timeline](/images/timeline.png)")).toBe(
      '<p><img src="/images/timeline.png" alt="The badge timeline" /></p>\n',
    );
    expect(image("![Relative](images/a.png)")).toBe('<p><img src="images/a.png" alt="Relative" /></p>\n');
    // The tests' PUBLIC_ORIGIN is http://test.
    expect(image("![Absolute](http://test/images/a.png)")).toBe('<p><img src="http://test/images/a.png" alt="Absolute" /></p>\n');
  });

  it("treats protocol-relative addresses, and the backslash spelling browsers read the same way, as another site", () => {
    expect(image("![Logo](//cdn.example.com/logo.png)")).toBe(
      '<p><a href="http://cdn.example.com/logo.png" class="external-link" rel="noopener noreferrer">Image: Logo</a></p>\n',
    );
    expect(image('<img src="/\\cdn.example.com/logo.png" alt="Logo">')).toBe(
      '<a href="http://cdn.example.com/logo.png" class="external-link" rel="noopener noreferrer">Image: Logo</a>',
    );
  });

  it("does the same for raw HTML images, dropping their handlers and escaping their alt text", () => {
    expect(image('<img src="https://evil.example/x.png" alt="a <b>bold</b> claim" onerror="alert(1)">')).toBe(
      '<a href="https://evil.example/x.png" class="external-link" rel="noopener noreferrer">Image: a &lt;b&gt;bold&lt;/b&gt; claim</a>',
    );
    expect(image('<img src="/images/a.png" alt="x" onerror="alert(1)" style="width:1px">')).toBe('<img src="/images/a.png" alt="x" />');
  });

  it("does not nest a link in a link: a linked image from another site becomes its alt text", () => {
    expect(image("[![Screenshot](https://evil.example/x.png)](/products)")).toBe(
      '<p><a href="/products"><span>Image: Screenshot</span></a></p>\n',
    );
    expect(image("[![Screenshot](/images/x.png)](/products)")).toBe(
      '<p><a href="/products"><img src="/images/x.png" alt="Screenshot" /></a></p>\n',
    );
  });

  it("drops script and data addresses, leaving the alt text", () => {
    for (const src of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "data:image/png;base64,iVBORw0KGgo=",
    ]) {
      expect(image(`![Chart](${src})`)).toBe("<p><span>Chart</span></p>\n");
    }
    expect(image('<img src=" java\tscript:alert(1)" alt="Chart">')).toBe("<span>Chart</span>");
    expect(image('<img src="vbscript:msgbox(1)">')).toBe("<span></span>");
    expect(image("<img alt=nothing>")).toBe("<span>nothing</span>");
  });
});

describe("renderer parts", () => {
  it("slugs headings uniquely", () => {
    const slug = headingSlugger();
    expect([slug("Who owns it?"), slug("Who owns it?"), slug("!!!"), slug("Café ISM")]).toEqual([
      "who-owns-it",
      "who-owns-it-2",
      "section",
      "cafe-ism",
    ]);
  });

  it("knows an external link from an internal one", () => {
    expect(isExternalHref("https://www.dta.gov.au/")).toBe(true);
    expect(isExternalHref("/products")).toBe(false);
    expect(isExternalHref("#scope")).toBe(false);
    expect(isExternalHref("https://cloudexchange.gov.au/products", "https://cloudexchange.gov.au")).toBe(false);
  });

  it("recognises each callout kind and only at the start", () => {
    expect(calloutFrom("<p>[!TIP]\nUse it.</p>\n")).toEqual({ kind: "tip", label: "Tip", body: "<p>Use it.</p>\n" });
    expect(calloutFrom("<p>Say [!NOTE] here</p>")).toBeNull();
  });
});
