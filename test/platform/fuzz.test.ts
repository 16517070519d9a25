/**
 * Bad input for every action: random, oversized (1 MB), malformed, missing, repeated and
 * non-UTF-8 fields, each posted WITH a valid CSRF token by a signed-in user who may use the action
 * (admin, or the agency staff member / provider rep / shortlist owner where only they get past the
 * role check), so the action's own validation is what answers.
 *
 * The rule checked: never a 5xx (nor an uncaught error). A 4xx carries a message and changes nothing
 * stored, except rate_limit_events (throttles count failed attempts on purpose). Random input
 * can be valid (a random shortlist name is a fine name), so a 2xx/3xx is allowed and counted, but
 * its Location header stays short, and a redirect back with an "invalid" notice stores nothing.
 * Logout is left out: it has no fields, and any valid POST signs out, as it should.
 *
 * Seeded: FUZZ_SEED=<n> replays a run; FUZZ_CASES=<n> changes the cases per action.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { CONTROL_AREAS } from "~/responsibility/areas";
import { noteField, partyField } from "~/responsibility/form";
import { seedDatabase } from "../../seed/seed";
import { run } from "../accounts/support";
import {
  browserFor,
  fingerprint,
  fixtures,
  importRoute,
  ROUTES_DIR,
  routeFiles,
  urlPathFor,
  type Browser,
  type Fixtures,
  type RoleName,
} from "./support";

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CASES = Number(process.env.FUZZ_CASES ?? 40);
const MB = 1024 * 1024;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  "",
  " ",
  "\u0000",
  "\t\n\r",
  "-1",
  "0",
  "1",
  "2",
  "999999999999999999999",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "3.5",
  "0x10",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "2026-02-30",
  "9999-12-31",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "javascript:alert(1)",
  "//evil.example",
  "https://evil.example/",
  "=cmd|' /C calc'!A0",
  "%00",
  "\u202e\u0301",
  "😀".repeat(50),
  "a".repeat(5000),
  "x@example.com",
  "publish",
  "delete",
  "approve",
  "reject",
  "create",
  "rename",
  "add",
  "remove",
];

type Body = { body: BodyInit; contentType: string; label: string };

/** Field names built in code (one pair per control area, in a shared component), which the source scan cannot see. */
const RESPONSIBILITY_FIELDS = [...CONTROL_AREAS.flatMap((a) => [partyField(a), noteField(a)]), "communityRulesRequired"];
const GENERATED_FIELDS: Record<string, string[]> = {
  "products.$slug_.responsibility.tsx": RESPONSIBILITY_FIELDS,
  "provider.products.$slug_.responsibility.tsx": RESPONSIBILITY_FIELDS,
};

/** Field names the route reads (form.get("x")) and intents it switches on, found in its source. */
function fieldsOf(file: string): { names: string[]; intents: string[] } {
  const src = fs.readFileSync(path.join(ROUTES_DIR, file), "utf8");
  const names = new Set([...src.matchAll(/\.get(?:All)?\(\s*"([\w.-]+)"\s*\)/g)].map((m) => m[1]));
  for (const m of src.matchAll(/name="([\w.-]+)"/g)) names.add(m[1]);
  for (const n of GENERATED_FIELDS[file] ?? []) names.add(n);
  names.delete("csrf");
  const intents = [...new Set([...src.matchAll(/(?:case|===)\s*"([\w-]+)"/g)].map((m) => m[1]))];
  return { names: [...names], intents };
}

function generator(rand: () => number, fields: { names: string[]; intents: string[] }, csrf: string) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const randomText = () => {
    const n = Math.floor(rand() * 40);
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCodePoint(rand() < 0.8 ? 32 + Math.floor(rand() * 95) : Math.floor(rand() * 0xd7ff));
    return s;
  };
  const value = () => (rand() < 0.5 ? pick(NASTY) : rand() < 0.3 && fields.intents.length ? pick(fields.intents) : randomText());
  const name = () =>
    fields.names.length && rand() < 0.85 ? pick(fields.names) : pick(["intent", "id", "__proto__", "constructor", randomText() || "x"]);
  const encode = (pairs: [string, string][]) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  const urlencoded = (pairs: [string, string][], label: string): Body => ({
    body: encode([["csrf", csrf], ...pairs]),
    contentType: "application/x-www-form-urlencoded",
    label,
  });
  const withIntent = (pairs: [string, string][]): [string, string][] =>
    fields.intents.length && rand() < 0.7 ? [["intent", pick(fields.intents)], ...pairs] : pairs;

  const kinds: (() => Body)[] = [
    () => urlencoded(withIntent(Array.from({ length: 1 + Math.floor(rand() * 8) }, () => [name(), value()])), "random"),
    () => urlencoded(withIntent([[name(), "x".repeat(MB)]]), "1 MB field"),
    () => urlencoded(withIntent(fields.names.map((n) => [n, "y".repeat(MB / 8)])), "every field 128 KB"),
    () => urlencoded([], "only the token"),
    () =>
      urlencoded(
        withIntent(
          fields.names.flatMap(
            (n) =>
              [
                [n, value()],
                [n, value()],
                [n, value()],
              ] as [string, string][],
          ),
        ),
        "repeated fields",
      ),
    () => ({
      body: Buffer.concat([
        Buffer.from(`csrf=${csrf}&${fields.intents.length ? `intent=${pick(fields.intents)}&` : ""}${name()}=`),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]),
        Buffer.from(`&${name()}=%FF%FE%C3%28%ED%A0%80`),
      ]),
      contentType: "application/x-www-form-urlencoded",
      label: "non-UTF-8",
    }),
    () =>
      urlencoded(
        withIntent([
          [name(), "%E0%A4%A"],
          ["%%%", "&&=="],
        ]),
        "bad percent-encoding",
      ),
    () => {
      const form = new FormData();
      form.set("csrf", csrf);
      if (fields.intents.length) form.set("intent", pick(fields.intents));
      for (const n of fields.names)
        form.append(n, new Blob([Uint8Array.from({ length: 64 }, () => Math.floor(rand() * 256))]), "upload.bin");
      return { body: form, contentType: "", label: "fields sent as files" };
    },
    () => ({
      body: `--xyz\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n--xy`,
      contentType: "multipart/form-data; boundary=xyz",
      label: "truncated multipart",
    }),
    () => ({ body: "not a form at all \u0000", contentType: "multipart/form-data", label: "multipart without boundary" }),
  ];
  return () => pick(kinds)();
}

/** Who posts: admin, unless only a particular kind of user gets past the action's role check (provider self-service: the rep). */
const ACTOR: Record<string, RoleName> = {
  "products.$slug_.review.tsx": "agency staff",
  "reviews.$id.reply.tsx": "provider rep",
  "shortlists.$id.tsx": "buyer",
  "shortlists.$id_.evidence-pack.tsx": "buyer",
};
const SKIP = new Set(["logout.tsx"]);
const PARAMS = (f: Fixtures): Record<string, string> => ({ slug: f.productSlug, id: f.reviewId, key: f.ruleKey });
function paramsFor(file: string, f: Fixtures): Record<string, string> {
  if (file.startsWith("articles.")) return { slug: f.articleSlug };
  if (file.startsWith("shortlists.")) return { id: f.shortlistId };
  if (file.startsWith("provider.")) return { slug: f.ownProductSlug };
  return PARAMS(f);
}

let f: Fixtures;
const tally = { cases: 0, refused: 0, accepted: 0 };
const actionFiles: string[] = [];

beforeAll(async () => {
  await seedDatabase({ db: db() });
  f = fixtures();
  for (const file of routeFiles()) if (typeof (await importRoute(file)).action === "function" && !SKIP.has(file)) actionFiles.push(file);
}, 120_000);

afterAll(() => {
  console.info(
    `fuzz: seed ${SEED}, ${tally.cases} cases over ${actionFiles.length} actions: ${tally.refused} refused (4xx), ${tally.accepted} accepted`,
  );
});

describe("fuzzing every action", () => {
  it("covers every action but logout", () => {
    expect(actionFiles.length).toBeGreaterThan(15);
  });

  for (const file of routeFiles()) {
    if (SKIP.has(file)) continue;
    it(`${file}: never a 5xx; a 4xx says why and stores nothing`, async () => {
      const mod = await importRoute(file);
      if (typeof mod.action !== "function") return;
      const rand = mulberry32(SEED ^ [...file].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
      const params = paramsFor(file, f);
      const url = `http://test${urlPathFor(file, params)}`;
      const actor = ACTOR[file] ?? (file.startsWith("provider.") ? "provider rep" : "admin");
      let browser: Browser = browserFor(actor);
      const next = generator(rand, fieldsOf(file), browser.csrf);
      for (let i = 0; i < CASES; i++) {
        // A case may legitimately end the session (an admin changing their own roles): start afresh.
        if (i % 10 === 0) browser = browserFor(actor);
        const input = next();
        const headers: Record<string, string> = { cookie: browser.cookie };
        if (input.contentType) headers["content-type"] = input.contentType;
        const body = typeof input.body === "string" ? input.body.replace(/csrf=[^&]*/, `csrf=${browser.csrf}`) : input.body;
        if (body instanceof FormData) body.set("csrf", browser.csrf);
        const before = fingerprint(["rate_limit_events"]);
        const where = `${file} case ${i} (${input.label}, seed ${SEED})`;
        let res: Response;
        try {
          res = await run(
            mod.action,
            new Request(url, { method: "POST", body: body as BodyInit, headers, duplex: "half" } as RequestInit),
            params,
          );
        } catch (error) {
          throw new Error(`${where}: the action threw ${String(error)}`);
        }
        tally.cases++;
        expect(res.status, where).toBeLessThan(500);
        if (res.status >= 400) {
          tally.refused++;
          expect((await res.text()).trim().length, `${where}: a 4xx without a message`).toBeGreaterThan(0);
          expect(fingerprint(["rate_limit_events"]), `${where}: a refused post changed stored data`).toEqual(before);
        } else {
          tally.accepted++;
          const location = res.headers.get("location") ?? "";
          if (process.env.FUZZ_DEBUG) console.info(`accepted: ${where} -> ${res.status} ${location.slice(0, 120)}`);
          // Proxies and browsers refuse huge headers; input must not be echoed into one.
          expect(location.length, `${where}: Location header length`).toBeLessThan(4096);
          // Some no-JavaScript forms answer bad input by redirecting back with a notice: that too must store nothing.
          if (/notice=[\w-]*(invalid|repeat|error)/.test(location))
            expect(fingerprint(["rate_limit_events"]), `${where}: ${location}`).toEqual(before);
        }
      }
    });
  }
});
