/**
 * Anything a person can type is safe: Lunr syntax, broken Lunr syntax, huge input and emoji never
 * make /search fail; at worst the text is searched as plain words.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as searchLoader } from "~/routes/search";
import { loader as suggestLoader } from "~/routes/search.suggest";
import { parseQuery, MAX_QUERY_CHARS } from "~/search/query-parser.server";
import { search } from "~/search/search.server";
import { importFedramp } from "./fixtures";

beforeAll(() => importFedramp(), 120_000);

const NASTY = [
  "foo:",
  "name:",
  ":",
  "cloud:",
  "+",
  "-",
  "+-+-",
  "*",
  "***",
  "~",
  "cloud~",
  "cloud~~2",
  "^",
  "cloud^",
  "cloud^-1",
  "cloud^abc",
  '"unbalanced quote',
  'cloud "security',
  "'",
  "((cloud))",
  "[cloud]",
  "cloud\\",
  "%",
  "%00",
  "\u0000\u0001cloud",
  "<script>alert(1)</script>",
  "☁️🔐",
  "cloud ☁️ security 🔐",
  "👩🏽‍💻",
  "ｋｕｂｅｒｎｅｔｅｓ",
  "\uD800",
  "a".repeat(10_000),
  "cloud ".repeat(2_000),
  "kube* ".repeat(2_000),
  "x~2 ".repeat(2_000),
  "*a*",
  "+the",
  "-the",
  "unknownfield:cloud",
  "name:*",
  "😀:😀",
];

/** A lone surrogate cannot be URL-encoded; send it as the invalid UTF-8 a client could send. */
function encode(q: string): string {
  try {
    return encodeURIComponent(q);
  } catch {
    return "%ED%A0%80%FF";
  }
}

async function loaderStatus(q: string, extra = "") {
  const response = await searchLoader({
    request: new Request(`http://localhost/search?q=${encode(q)}${extra}`),
    params: {},
    context: {},
  });
  return response.status;
}

describe("query safety", () => {
  it.each(NASTY.map((q) => [q.length > 40 ? `${q.slice(0, 20)}... (${q.length} chars)` : JSON.stringify(q), q]))(
    "%s parses, searches and renders without error",
    async (_label, q) => {
      expect(() => parseQuery(q)).not.toThrow();
      const page = await search({ q });
      expect(["ready", "blank"]).toContain(page.status);
      expect(await loaderStatus(q)).toBe(200);
    },
  );

  it("searches broken syntax as plain words", async () => {
    const plain = await search({ q: "kubernetes" });
    for (const q of ["kubernetes:", '"kubernetes', "kubernetes^", "+kubernetes -", "unknownfield:kubernetes"]) {
      const page = await search({ q });
      expect(page.total, q).toBe(plain.total);
      expect(page.total).toBeGreaterThan(0);
    }
  });

  it("honours Lunr syntax when it parses", async () => {
    const both = await search({ q: "+kubernetes +amazon", type: "product" });
    const either = await search({ q: "kubernetes amazon", type: "product" });
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(either.total);
    const without = await search({ q: "kubernetes -amazon", type: "product" });
    const withAmazon = await search({ q: "+kubernetes +amazon", type: "product" });
    expect(without.results.some((r) => withAmazon.results.some((w) => w.id === r.id))).toBe(false);
    expect(
      (await search({ q: "name:adobe", type: "product" })).results.every((r) => /adobe/i.test(r.title.map((s) => s.text).join(""))),
    ).toBe(true);
  });

  it("caps the query so that huge input stays fast", async () => {
    expect(parseQuery("word ".repeat(5_000)).text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    const started = performance.now();
    await search({ q: "kube* ".repeat(2_000) });
    await search({ q: "x~2 ".repeat(2_000) });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("accepts odd tab and page parameters", async () => {
    expect(await loaderStatus("cloud", "&type=nonsense&page=-3")).toBe(200);
    expect(await loaderStatus("cloud", "&type=products&page=99999")).toBe(200);
    expect(await loaderStatus("cloud", "&page=1e400")).toBe(200);
  });

  it("answers suggestions as JSON for any input", async () => {
    for (const q of ["kube", "foo:", "☁️", "a".repeat(10_000), ""]) {
      const response = await suggestLoader({
        request: new Request(`http://localhost/search/suggest?q=${encodeURIComponent(q)}`),
        params: {},
        context: {},
      });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(Array.isArray(body.suggestions)).toBe(true);
    }
  });
});
