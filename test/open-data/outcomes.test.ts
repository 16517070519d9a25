/**
 * Awarded outcomes as open data: /api/outcomes, /api/outcomes.csv and /api/outcomes.atom, through
 * their loaders with real Requests, over the seeded (sample) decision and one real decision made
 * here through the domain. They publish the award's facts and the record's checksum, label sample
 * data, and never carry the evaluation: no scores, reasons, evaluators or losing responses.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createApproach, sendApproach } from "~/approaches/approach.server";
import { decide, decisionOf, sha256 } from "~/approaches/decision.server";
import { declareInterests, saveScores } from "~/approaches/evaluation.server";
import { allResponses, submitResponse } from "~/approaches/responses.server";
import { criteriaOf } from "~/approaches/approach.server";
import { API_OUTCOMES_FIELDS, OUTCOMES_CSV_COLUMNS } from "~/open-data/outcomes-dictionary";
import { OUTCOMES_CSV_HEADER } from "~/open-data/outcomes";
import { addDays, todayIso } from "~/platform/dates";
import { loader as outcomesJson } from "~/routes/api.outcomes";
import { loader as outcomesCsv } from "~/routes/api.outcomes[.]csv";
import { loader as outcomesAtom } from "~/routes/api.outcomes[.]atom";
import { db } from "~db/client.server";
import * as s from "~db/schema";
import { seedDatabase } from "../../seed/seed";
import { makeUser } from "../accounts/support";
import { purchase } from "../procurement/fixtures";
import { call, get } from "../procurement/route-helpers";
import { parseCsv } from "./parse-csv";
import { childText, childrenNamed, parseXml } from "./parse-xml";

const TODAY = todayIso();
const LOSERS = ["Meridian Stratus Blob Storage", "Tasman Ridge Private Cloud", "Halcyon GPU Instances"];
const EVALUATORS = ["Sam Staff", "Liam Tran"];
const NOT_CHOSEN = "Its GPU capacity was more than the workload needs";

const utc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const product = (slug: string) =>
  db().select({ id: s.products.id, providerId: s.products.providerId }).from(s.products).where(eq(s.products.slug, slug)).get()!;
const withTag = (url: string, etag: string) => new Request(`http://test${url}`, { headers: { "If-None-Match": etag } });

let realApproachId: number;
let etagBefore: string;

/** A real (not sample) award, run through the domain like any other: sent, answered, scored, decided. */
async function realAward(): Promise<number> {
  const staff = db()
    .select({ id: s.users.id, agencyId: s.users.agencyId })
    .from(s.users)
    .where(eq(s.users.email, "staff@finance.gov.au"))
    .get()!;
  const start = Date.now() - 6 * 3_600_000;
  const at = (hours: number) => new Date(start + hours * 3_600_000);
  const chosen = product("ironbark-secure-internet-gateway");
  const other = product("halcyon-gpu-instances");
  const id = createApproach({
    owner: staff,
    agencyId: staff.agencyId!,
    shortlistId: null,
    purchase: purchase({ classification: "PROTECTED", signingDate: addDays(TODAY, 30) }),
    ip: null,
    input: {
      title: "Internet gateway for the Office's PROTECTED network",
      requirement: "## What we need\n\nA secure internet gateway.",
      pricingBasis: "12 months",
      closesAt: utc(start + 2 * 3_600_000),
      criteria: [
        { name: "Meets the requirement", description: "", weight: 60, isPrice: false },
        { name: "Price", description: "", weight: 40, isPrice: true },
      ],
      productIds: [chosen.id, other.id],
    },
  });
  const step = { actor: { id: staff.id }, ip: null };
  expect(sendApproach({ approachId: id, ...step, now: at(0) }).ok).toBe(true);
  for (const [p, price] of [
    [chosen, 9_876_543],
    [other, 8_765_432],
  ] as const) {
    const seller = await makeUser({ email: `seller-${p.id}@outcomes.example.com` });
    const input = { productId: p.id, priceCents: price, body: "Our response.", attachments: [] };
    expect(submitResponse({ approachId: id, providerId: p.providerId, input, actor: { id: seller }, ip: null, now: at(1) }).ok).toBe(true);
  }
  expect(declareInterests({ approachId: id, conflict: false, declaration: "None.", ...step, now: at(3) }).ok).toBe(true);
  const criteria = criteriaOf(id);
  const responses = allResponses(id, ["submitted"]);
  for (const r of responses) {
    const scores = criteria.map((c) => ({ criterionId: c.id, score: r.productId === chosen.id ? 9 : 6, comment: "Scored with care." }));
    expect(saveScores({ approachId: id, responseId: r.id, scores, ...step, now: at(3.5) }).ok).toBe(true);
  }
  const win = responses.find((r) => r.productId === chosen.id)!;
  const lose = responses.find((r) => r.productId === other.id)!;
  const decided = decide({
    approachId: id,
    input: {
      outcome: "awarded",
      responseId: win.id,
      contractValueCents: 12_345_678,
      austenderId: null,
      reason: "Best value.",
      notChosen: { [lose.id]: NOT_CHOSEN },
    },
    ...step,
    now: at(4),
  });
  expect(decided.ok).toBe(true);
  return id;
}

beforeAll(async () => {
  await seedDatabase({ db: db(), today: TODAY });
  etagBefore = (await call(outcomesJson, get("/api/outcomes"))).headers.get("ETag")!;
  realApproachId = await realAward();
}, 120_000);

/** Every leaf path in a JSON value, written the way the dictionary names fields. */
function paths(value: unknown, prefix: string, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    out.add(`${prefix}[]`);
    for (const item of value) paths(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) paths(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.add(prefix);
  return out;
}

describe("/api/outcomes", () => {
  it("lists each award with its agency, product, provider, value, date, AusTender ID and checksum", async () => {
    const res = await call(outcomesJson, get("/api/outcomes"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60");
    const body = await res.json();
    expect(body.meta).toEqual({ total: 2, generatedOn: TODAY });
    const [real, sample] = body.data;
    expect(real.approach).toEqual({ id: realApproachId, title: "Internet gateway for the Office's PROTECTED network" });
    expect(real.agency.name).toBe("Finance and Budget Office (sample)");
    expect(real.product.slug).toBe("ironbark-secure-internet-gateway");
    expect(real.product.links.html).toMatch(/\/products\/ironbark-secure-internet-gateway$/);
    expect(real.product.links.self).toMatch(/\/api\/products\/ironbark-secure-internet-gateway$/);
    expect(real.contractValueGstInc).toBe(123_456.78);
    expect(real.austenderId).toBeNull();
    expect(real.sample).toBe(false);
    expect(real.checksum).toBe(decisionOf(realApproachId)!.checksum);

    expect(sample.sample).toBe(true);
    expect(sample.product.name).toBe("Wattle Grid Object Storage");
    expect(sample.provider).toEqual({ name: "Wattle Grid Systems", slug: "wattle-grid" });
    expect(sample.austenderId).toMatch(/^CN\d{7}$/);
    expect(sample.contractValueGstInc).toBe(412_800);
    // Decided at 11 am in Canberra, 35 days before the seed day: that is the day it was decided on.
    expect(sample.decidedOn).toBe(addDays(TODAY, -35));
    const record = decisionOf(sample.approach.id)!;
    expect(sha256(record.record)).toBe(sample.checksum);
    expect(sample.decidedAt).toBe(record.decidedAt);
  });

  it("never carries the evaluation: no scores, reasons, evaluators or losing responses", async () => {
    const text = await (await call(outcomesJson, get("/api/outcomes"))).text();
    for (const word of [
      "score",
      "reason",
      "evaluator",
      "declar",
      "notChosen",
      "comment",
      NOT_CHOSEN,
      "Best value",
      ...EVALUATORS,
      ...LOSERS,
    ]) {
      expect(text.toLowerCase(), word).not.toContain(word.toLowerCase());
    }
    // Nor the losing prices (in cents or dollars).
    for (const price of ["389500", "3895000", "498000", "8765432", "87654.32"]) expect(text).not.toContain(price);
  });

  it("documents every field it returns, and returns every field it documents", async () => {
    const found = paths(await (await call(outcomesJson, get("/api/outcomes"))).json(), "");
    const documented = new Set(API_OUTCOMES_FIELDS.map((f) => f.name));
    expect([...found].filter((p) => !documented.has(p))).toEqual([]);
    expect([...documented].filter((p) => !found.has(p))).toEqual([]);
    for (const f of [...API_OUTCOMES_FIELDS, ...OUTCOMES_CSV_COLUMNS]) expect(f.type && f.meaning && f.example, f.name).toBeTruthy();
  });

  it("answers 304 to its own ETag, and a new award moves the tag", async () => {
    const etag = (await call(outcomesJson, get("/api/outcomes"))).headers.get("ETag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(etag).not.toBe(etagBefore);
    const again = await call(outcomesJson, withTag("/api/outcomes", etag));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await call(outcomesJson, withTag("/api/outcomes", etagBefore))).status).toBe(200);
  });

  it("refuses a parameter it does not know", async () => {
    const res = await call(outcomesJson, get("/api/outcomes?agency=finance"));
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toContain('"agency"');
  });
});

describe("/api/outcomes.csv", () => {
  it("writes the documented header row and one row per award, with the sample flag", async () => {
    const res = await call(outcomesCsv, get("/api/outcomes.csv"));
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="cloud-exchange-outcomes-${TODAY}.csv"`);
    const text = await res.text();
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(OUTCOMES_CSV_HEADER);
    expect(header).toEqual(OUTCOMES_CSV_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(2);
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.map((r) => cell(r, "sample"))).toEqual(["no", "yes"]);
    expect(cell(rows[0], "contract_value_gst_inc")).toBe("123456.78");
    expect(cell(rows[0], "austender_id")).toBe("");
    expect(cell(rows[1], "product_name")).toBe("Wattle Grid Object Storage");
    expect(cell(rows[1], "checksum")).toMatch(/^[0-9a-f]{64}$/);
    for (const word of ["score", "reason", ...EVALUATORS, ...LOSERS]) expect(text.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it("answers 304 to its own ETag", async () => {
    const etag = (await call(outcomesCsv, get("/api/outcomes.csv"))).headers.get("ETag")!;
    expect((await call(outcomesCsv, withTag("/api/outcomes.csv", etag))).status).toBe(304);
  });
});

describe("/api/outcomes.atom", () => {
  it("is well-formed Atom with one entry per award, linking to the product, sample ones labelled", async () => {
    const res = await call(outcomesAtom, get("/api/outcomes.atom"));
    expect(res.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    const feed = parseXml(xml);
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(childText(feed, "id")).toBeTruthy();
    const entries = childrenNamed(feed, "entry");
    const data = (await (await call(outcomesJson, get("/api/outcomes"))).json()).data;
    expect(entries).toHaveLength(data.length);
    entries.forEach((entry, i) => {
      const o = data[i];
      expect(childText(entry, "id")).toMatch(new RegExp(`/api/outcomes#approach-${o.approach.id}$`));
      expect(childrenNamed(entry, "link")[0].attributes.href).toBe(o.product.links.html);
      expect(childText(entry, "updated")).toBe(o.decidedAt);
      expect(childText(entry, "title")!.endsWith("(sample)")).toBe(o.sample);
      expect(childText(entry, "summary")).toContain(o.checksum);
    });
    expect(new Set(entries.map((e) => childText(e, "id"))).size).toBe(entries.length);
    for (const word of ["score", "reason", ...EVALUATORS, ...LOSERS]) expect(xml.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it("keeps each entry's id from one request to the next, and answers 304 to its own ETag", async () => {
    const ids = async () =>
      childrenNamed(parseXml(await (await call(outcomesAtom, get("/api/outcomes.atom"))).text()), "entry").map((e) => childText(e, "id"));
    expect(await ids()).toEqual(await ids());
    const etag = (await call(outcomesAtom, get("/api/outcomes.atom"))).headers.get("ETag")!;
    expect((await call(outcomesAtom, withTag("/api/outcomes.atom", etag))).status).toBe(304);
  });
});
