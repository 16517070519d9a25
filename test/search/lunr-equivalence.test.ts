/**
 * Our compact index must rank as plain Lunr 2.3.9 does over the same documents, fields and boosts:
 * same matches, same order, same scores. Queries here are pure Lunr syntax, run without our
 * typing help (prefix and spelling), so both engines see identical clauses.
 */
import lunr from "lunr";
import { beforeAll, describe, expect, it } from "vitest";
import { connection } from "~db/client.server";
import { buildIndex, openIndex, type CompactIndex, type SearchDocument } from "~/search/compact-index.server";
import { readDocuments } from "~/search/documents.server";
import { runQuery } from "~/search/engine.server";
import type { Clause, Presence } from "~/search/query-parser.server";
import { FIELDS, FIELD_NAMES } from "~/search/types";
import { importFedramp } from "./fixtures";

let docs: SearchDocument[];
let plain: lunr.Index;
let compact: CompactIndex;

beforeAll(() => {
  importFedramp();
  docs = [...readDocuments(connection().sqlite)];
  plain = lunr(function () {
    this.ref("ref");
    for (const f of FIELDS) this.field(f.name, { boost: f.boost });
    for (const d of docs) {
      const fields = Object.fromEntries(FIELD_NAMES.map((name, i) => [name, d.fields[i]]));
      this.add({ ref: `${d.type}:${d.id}`, ...fields }, { boost: d.boost });
    }
  });
  compact = openIndex(buildIndex(docs, 0));
  // Importing the corpus and building plain Lunr is slow on a busy machine.
}, 120_000);

type LunrParser = new (s: string, q: lunr.Query) => { parse(): lunr.Query };

/** The query's clauses exactly as Lunr parsed them: no prefix or spelling expansion. */
function lunrClauses(text: string): Clause[] {
  const query = new lunr.Query(FIELD_NAMES);
  new (lunr as unknown as { QueryParser: LunrParser }).QueryParser(text, query).parse();
  return (query.clauses as (lunr.Query.Clause & { presence?: number })[]).map((c) => ({
    kind: "pattern",
    term: c.term,
    usePipeline: c.usePipeline ?? true,
    editDistance: c.editDistance ?? 0,
    fields: (c.fields ?? FIELD_NAMES).map((f) => FIELD_NAMES.indexOf(f)),
    boost: c.boost ?? 1,
    presence: (c.presence ?? 1) as Presence,
  }));
}

function ours(text: string) {
  return runQuery(compact, { text, clauses: lunrClauses(text) }, { limit: Infinity }).hits.map((h) => ({
    ref: `${h.type}:${h.id}`,
    score: h.score,
  }));
}

const QUERIES = [
  "cloud",
  "security",
  "data management",
  "kubernetes",
  "adobe acrobat sign",
  "kube*",
  "secur*",
  "*ware",
  "an*t",
  "*lyt*",
  "kubernetes~1",
  "analytics~2",
  "+cloud +security",
  "cloud -amazon",
  "name:adobe",
  "provider:amazon^5 storage",
  "+zzzzqq cloud",
  "identity^3 access management",
];

describe("compact index vs plain Lunr", () => {
  it("indexes every document", () => {
    expect(compact.docCount).toBe(docs.length);
    expect(docs.length).toBeGreaterThan(436);
  });

  it.each(QUERIES)("ranks %s as Lunr does", (text) => {
    const expected = plain.search(text);
    const actual = ours(text);
    expect(actual.length).toBe(expected.length);
    expect(new Set(actual.map((h) => h.ref))).toEqual(new Set(expected.map((h) => h.ref)));
    const scoreOf = new Map(actual.map((h) => [h.ref, h.score]));
    for (const e of expected) expect(scoreOf.get(e.ref)).toBeCloseTo(e.score, 3);
    // Same order wherever Lunr's scores are not tied.
    for (let i = 1; i < expected.length; i++) {
      if (expected[i - 1].score - expected[i].score > 1e-3) {
        expect(scoreOf.get(expected[i - 1].ref)!).toBeGreaterThan(scoreOf.get(expected[i].ref)!);
      }
    }
  });

  it("excludes as Lunr does when every clause is prohibited", () => {
    const expected = new Set(plain.search("-cloud").map((h) => h.ref));
    expect(new Set(ours("-cloud").map((h) => h.ref))).toEqual(expected);
    expect(expected.size).toBeGreaterThan(0);
  });
});
