import { randomBytes } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { articleRevisions, articles, auditLog, users } from "~db/schema";
import { createUserSession } from "~/accounts/session.server";
import { action as articleAction, loader as articleLoader } from "~/routes/articles.$slug";
import { action as editAction } from "~/routes/articles.$slug_.edit";
import { loader as historyLoader } from "~/routes/articles.$slug_.history";
import { loader as indexLoader } from "~/routes/articles._index";
import { loader as feedLoader } from "~/routes/articles.feed[.]xml";
import { action as newAction } from "~/routes/articles.new";
import { action as previewAction } from "~/routes/articles.preview";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { seedDatabase } from "../../seed/seed";
import { child, childrenNamed, parseXml } from "./xml";
import { replyErrors, replyValues } from "../support/form-reply";

type Who = { cookie: string; csrf: string };

// Seeding hashes the demo accounts' passwords (scrypt), which is slow on purpose.
beforeAll(async () => {
  await seedDatabase({ db: db() });
}, 60_000);

function cookieFromHeaders(headers: Headers): Who {
  const pairs = headers.getSetCookie().map((c) => c.split(";")[0]);
  const csrf = pairs.find((p) => p.startsWith("cx_csrf="))!.slice("cx_csrf=".length);
  return { cookie: pairs.join("; "), csrf };
}

function signedIn(email: string): Who {
  const id = db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
  return cookieFromHeaders(createUserSession(new Request("http://test/login"), id));
}

function anonymous(): Who {
  const csrf = randomBytes(32).toString("base64url");
  return { cookie: `cx_csrf=${csrf}`, csrf };
}

const PEOPLE: { name: string; who: () => Who; status: number }[] = [
  { name: "anonymous", who: anonymous, status: 302 },
  { name: "buyer", who: () => signedIn("buyer@example.com"), status: 403 },
  { name: "agency staff", who: () => signedIn("staff@finance.gov.au"), status: 403 },
  { name: "provider rep", who: () => signedIn("provider@example.com"), status: 403 },
];

async function call(
  fn: (args: never) => Promise<unknown>,
  url: string,
  opts: { who?: Who; form?: Record<string, string | string[]>; params?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = opts.who ? { cookie: opts.who.cookie } : {};
  let body: FormData | undefined;
  if (opts.form) {
    body = new FormData();
    if (opts.who) body.set("csrf", opts.who.csrf);
    for (const [k, v] of Object.entries(opts.form)) for (const x of [v].flat()) body.append(k, x);
  }
  const request = new Request(`http://test${url}`, { method: body ? "POST" : "GET", headers, body });
  try {
    const result = await fn({ request, params: opts.params ?? {}, context: {} } as never);
    return result instanceof Response ? result : Response.json(result);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const validForm = (slug: string) => ({
  intent: "save",
  title: `Test guidance ${slug}`,
  slug,
  summary: "A short summary of the test guidance article.",
  body: "## First section\n\nSome guidance text that is long enough to pass validation.\n\n## Second section\n\nMore text.",
  responsibleAgency: "Digital Transformation Agency",
  applicability: "Everyone",
  principles: ["1", "3"],
  badgeKinds: ["irap"],
  tags: "Testing, IRAP",
  products: "",
});

const statusOf = (slug: string) =>
  db().select({ status: articles.status, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.slug, slug)).get();

describe("who may write and publish guidance", () => {
  it.each(PEOPLE)("$name cannot create, edit, submit, publish or archive", async ({ who, status }) => {
    const w = who();
    expect((await call(newAction, "/articles/new", { who: w, form: validForm("not-allowed") })).status).toBe(status);
    const slug = "consider-first-policy";
    expect((await call(editAction, `/articles/${slug}/edit`, { who: w, form: validForm(slug), params: { slug } })).status).toBe(status);
    for (const transition of ["submit", "publish", "archive"]) {
      const res = await call(articleAction, `/articles/${slug}`, { who: w, form: { intent: "transition", transition }, params: { slug } });
      expect(res.status).toBe(status);
    }
    expect(statusOf(slug)?.status).toBe("published");
    expect(statusOf("not-allowed")).toBeUndefined();
  });

  it.each([
    { name: "editor", email: "editor@dta.gov.au" },
    { name: "admin", email: "admin@example.com" },
  ])("$name creates a draft, submits it, publishes and archives it, each step a revision", async ({ email }) => {
    const w = signedIn(email);
    const slug = `flow-${email.split("@")[0]}`;
    const created = await call(newAction, "/articles/new", { who: w, form: validForm(slug) });
    expect(created.status).toBe(302);
    expect(created.headers.get("Location")).toBe(`/articles/${slug}`);
    expect(statusOf(slug)).toEqual({ status: "draft", publishedAt: null });

    const edited = await call(editAction, `/articles/${slug}/edit`, {
      who: w,
      form: { ...validForm(slug), summary: "An edited summary of the test guidance." },
      params: { slug },
    });
    expect(edited.status).toBe(302);

    for (const [transition, to] of [
      ["submit", "in_review"],
      ["publish", "published"],
      ["archive", "archived"],
    ]) {
      const res = await call(articleAction, `/articles/${slug}`, { who: w, form: { intent: "transition", transition }, params: { slug } });
      expect(res.status, transition).toBe(302);
      expect(statusOf(slug)?.status).toBe(to);
    }
    const id = db().select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get()!.id;
    expect(db().select({ n: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, id)).get()?.n).toBe(5);
    expect(statusOf(slug)?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const audited = db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "article"), eq(auditLog.entityId, String(id))))
      .all()
      .map((r) => r.action);
    expect(audited).toEqual(expect.arrayContaining(["article.publish", "article.archive"]));

    // Archived: no editing, and publishing again is refused until it is restored.
    expect((await call(editAction, `/articles/${slug}/edit`, { who: w, form: validForm(slug), params: { slug } })).status).toBe(409);
    expect(
      (await call(articleAction, `/articles/${slug}`, { who: w, form: { intent: "transition", transition: "publish" }, params: { slug } }))
        .status,
    ).toBe(409);
  });

  it("keeps publishedAt from the first publication when republished", async () => {
    const w = signedIn("editor@dta.gov.au");
    const slug = "secure-cloud-strategy-at-a-glance";
    const first = statusOf(slug)?.publishedAt;
    for (const transition of ["archive", "restore", "publish"]) {
      await call(articleAction, `/articles/${slug}`, { who: w, form: { intent: "transition", transition }, params: { slug } });
    }
    expect(statusOf(slug)).toEqual({ status: "published", publishedAt: first });
  });

  it("refuses a POST without the CSRF token, even from an editor", async () => {
    const w = signedIn("editor@dta.gov.au");
    const res = await call(newAction, "/articles/new", { who: { ...w, csrf: "x".repeat(43) }, form: validForm("csrf-test") });
    expect(res.status).toBe(403);
    expect(statusOf("csrf-test")).toBeUndefined();
  });

  it("answers a POST that is not a form with 400, not a server error", async () => {
    const request = new Request("http://test/articles/preview", {
      method: "POST",
      body: "{}",
      headers: { "Content-Type": "application/json" },
    });
    const res = await previewAction({ request, params: {}, context: {} } as never).catch((r: Response) => r);
    expect(res.status).toBe(400);
  });

  it("answers a bad form with 400, field errors and the typed text", async () => {
    const w = signedIn("editor@dta.gov.au");
    const res = await call(newAction, "/articles/new", {
      who: w,
      form: { ...validForm("bad"), title: "x", slug: "Bad Slug", products: "no-such-product" },
    });
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(replyErrors(data).title).toMatch(/at least 5/);
    expect(replyErrors(data).slug).toMatch(/lower-case/);
    expect(replyValues(data).body).toContain("Some guidance text");
    expect(replyValues(data).principles).toEqual(["1", "3"]);
    const taken = await call(newAction, "/articles/new", { who: w, form: validForm("consider-first-policy") });
    expect(replyErrors(await taken.json()).slug).toMatch(/already uses/);
  });

  it("previews without saving: sanitised HTML for editors only", async () => {
    const editor = signedIn("editor@dta.gov.au");
    const res = await call(previewAction, "/articles/preview", {
      who: editor,
      form: { body: "## Hi\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))" },
    });
    const data = await res.json();
    expect(data.html).toContain('<h2 id="hi">Hi</h2>');
    expect(data.html).not.toMatch(/<script|javascript:/);
    expect(data.html).toContain("<p><a>x</a></p>");
    expect((await call(previewAction, "/articles/preview", { who: signedIn("buyer@example.com"), form: { body: "x" } })).status).toBe(403);
    const noJs = await call(newAction, "/articles/new", { who: editor, form: { ...validForm("preview-only"), intent: "preview" } });
    expect((await noJs.json()).preview).toContain('<h2 id="first-section">');
    expect(statusOf("preview-only")).toBeUndefined();
  });
});

describe("reading guidance", () => {
  it("shows drafts to editors only; others get 404", async () => {
    const slug = "shared-responsibility-in-practice";
    expect((await call(articleLoader, `/articles/${slug}`, { params: { slug } })).status).toBe(404);
    expect((await call(articleLoader, `/articles/${slug}`, { who: signedIn("buyer@example.com"), params: { slug } })).status).toBe(404);
    const res = await call(articleLoader, `/articles/${slug}`, { who: signedIn("editor@dta.gov.au"), params: { slug } });
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.editor.transitions).toEqual(["submit", "publish", "archive"]);
  });

  it("shows the facts of an article, its TOC and reading time; counts only to editors", async () => {
    const slug = "how-to-read-an-irap-report";
    const data = await (await call(articleLoader, `/articles/${slug}`, { params: { slug } })).json();
    expect(data.article).toMatchObject({ responsibleAgency: "Australian Signals Directorate", status: "published", principles: [1] });
    expect(data.article.products.length).toBeGreaterThan(0);
    expect(data.toc.length).toBeGreaterThan(3);
    expect(data.readingMinutes).toBeGreaterThanOrEqual(2);
    expect(data.helpfulCounts).toBeNull();
    expect(data.article).not.toHaveProperty("body");
    const asEditor = await (
      await call(articleLoader, `/articles/${slug}`, { who: signedIn("editor@dta.gov.au"), params: { slug } })
    ).json();
    expect(asEditor.helpfulCounts).toEqual({ yes: 0, no: 0 });
  });

  it("counts one 'was this helpful?' answer per visitor", async () => {
    const slug = "fair-criteria-policy";
    const visitor = anonymous();
    const first = await call(articleAction, `/articles/${slug}`, {
      who: visitor,
      form: { intent: "helpful", helpful: "yes" },
      params: { slug },
    });
    expect(first.status).toBe(302);
    const session = first.headers.get("Set-Cookie")!.split(";")[0];
    const again = { cookie: `${visitor.cookie}; ${session}`, csrf: visitor.csrf };
    await call(articleAction, `/articles/${slug}`, { who: again, form: { intent: "helpful", helpful: "yes" }, params: { slug } });
    await call(articleAction, `/articles/${slug}`, { who: anonymous(), form: { intent: "helpful", helpful: "no" }, params: { slug } });
    const row = db().select({ yes: articles.helpfulYes, no: articles.helpfulNo }).from(articles).where(eq(articles.slug, slug)).get();
    expect(row).toEqual({ yes: 1, no: 1 });
    const page = await (await call(articleLoader, `/articles/${slug}`, { who: again, params: { slug } })).json();
    expect(page.voted).toBe(true);
  });

  it("filters the public list by principle and tag and says when a filter is not understood", async () => {
    const data = await (await call(indexLoader, "/articles?principle=6")).json();
    expect(data.articles.map((a: { slug: string }) => a.slug)).toContain("principle-6-cloud-automation");
    expect(data.articles.length).toBeLessThan(10);
    const tagged = await (await call(indexLoader, "/articles?tag=hosting-certification-framework")).json();
    expect(tagged.articles).toHaveLength(2);
    const bad = await call(indexLoader, "/articles?principle=9&tag=nope");
    expect(bad.status).toBe(400);
    expect((await bad.json()).problems).toHaveLength(2);
  });

  it("shows the diff between two chosen revisions to editors", async () => {
    const editor = signedIn("editor@dta.gov.au");
    const slug = "liability-in-ict-contracts";
    const form = {
      ...validForm(slug),
      title: "Liability caps in cloud and ICT contracts",
      body: "## One\n\nA line that stays the same in both revisions.\n\nA line that goes away completely.",
    };
    await call(editAction, `/articles/${slug}/edit`, { who: editor, form, params: { slug } });
    await call(editAction, `/articles/${slug}/edit`, {
      who: editor,
      form: { ...form, body: "## One\n\nA line that stays the same in both revisions.\n\nA brand new line." },
      params: { slug },
    });
    const data = await (await call(historyLoader, `/articles/${slug}/history`, { who: editor, params: { slug } })).json();
    expect(data.revisions).toHaveLength(3);
    const changed = data.lines
      .filter((l: { kind: string }) => l.kind !== "same")
      .map((l: { kind: string; text: string }) => `${l.kind}:${l.text}`);
    expect(changed).toEqual(["removed:A line that goes away completely.", "added:A brand new line."]);
    const oldest = data.revisions[2].id;
    const wide = await (
      await call(historyLoader, `/articles/${slug}/history?from=${oldest}&to=${data.revisions[0].id}`, { who: editor, params: { slug } })
    ).json();
    expect(wide.stats.removed).toBeGreaterThan(10);
    expect((await call(historyLoader, `/articles/${slug}/history?from=999999`, { who: editor, params: { slug } })).status).toBe(400);
    expect(
      (await call(historyLoader, `/articles/${slug}/history`, { who: signedIn("staff@finance.gov.au"), params: { slug } })).status,
    ).toBe(403);
  });
});

describe("feed and sitemap", () => {
  it("serves a well-formed Atom feed of published articles only", async () => {
    const res = await call(feedLoader, "/articles/feed.xml");
    expect(res.headers.get("Content-Type")).toMatch(/^application\/atom\+xml/);
    const feed = parseXml(await res.text());
    expect(feed.name).toBe("feed");
    expect(feed.attrs.xmlns).toBe("http://www.w3.org/2005/Atom");
    for (const name of ["id", "title", "updated"]) expect(child(feed, name)?.text, name).toBeTruthy();
    expect(childrenNamed(feed, "link").some((l) => l.attrs.rel === "self" && l.attrs.href.endsWith("/articles/feed.xml"))).toBe(true);
    const entries = childrenNamed(feed, "entry");
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const e of entries) {
      for (const name of ["id", "title", "updated", "summary"]) expect(child(e, name)?.text, name).toBeTruthy();
      expect(child(e, "link")?.attrs.href).toMatch(/^http:\/\/test\/articles\//);
      expect(child(e, "updated")!.text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      const content = child(e, "content")!;
      expect(content.attrs.type).toBe("html");
      expect(content.text).toContain("<h2 id=");
    }
    const links = entries.map((e) => child(e, "link")!.attrs.href);
    expect(links).not.toContain("http://test/articles/shared-responsibility-in-practice");
  });

  it("rejects malformed XML in the checker (so the test above can fail)", () => {
    expect(() => parseXml("<feed><entry></feed>")).toThrow();
    expect(() => parseXml("<feed>AT&T</feed>")).toThrow();
    expect(() => parseXml("<feed a=b></feed>")).toThrow();
  });

  it("lists home, products, providers and published articles in the sitemap", async () => {
    const res = await call(sitemapLoader, "/sitemap.xml");
    const set = parseXml(await res.text());
    const locs = childrenNamed(set, "url").map((u) => child(u, "loc")!.text);
    expect(locs).toEqual(
      expect.arrayContaining([
        "http://test/",
        "http://test/products",
        "http://test/providers",
        "http://test/articles/how-to-read-an-irap-report",
      ]),
    );
    expect(locs.some((l) => l.startsWith("http://test/products/"))).toBe(true);
    expect(locs.some((l) => l.startsWith("http://test/providers/"))).toBe(true);
    expect(locs).not.toContain("http://test/articles/shared-responsibility-in-practice");
  });
});
