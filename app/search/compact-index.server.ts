/**
 * The index in memory: Lunr's BM25 field weights, precomputed into typed-array posting lists.
 *
 * Plain Lunr keeps one object per (document, field) vector and allocates match data for every
 * matching document of every query term; at G-Cloud scale a common word ("cloud") matches most
 * documents and the garbage collector dominates. Here each (term, field) is a slice of two flat
 * arrays: document numbers (Int32Array) and finished weights (Float32Array), so a query only adds
 * numbers into one Float64Array of scores. The weights are computed exactly as lunr.Builder does
 * (k1 = 1.2, b = 0.75, Lunr's idf, field and document boosts, rounded to 3 decimals), so ranking
 * is Lunr's; test/search/lunr-equivalence.test.ts holds us to that.
 */
import { Analyser, SEPARATOR } from "./analyse.server";
import { DOC_TYPES, FIELDS, type DocType } from "./types";

export const INDEX_FORMAT = "cloud-exchange-search/1";

export interface Postings {
  /** offsets[t]..offsets[t + 1] is term t's slice of docs and weights. */
  offsets: Uint32Array;
  docs: Int32Array;
  weights: Float32Array;
}

/** Everything the index is made of; structured-cloneable, so a worker can hand it over. */
export interface IndexParts {
  format: typeof INDEX_FORMAT;
  dataVersion: number;
  builtAt: string;
  fields: string[];
  /** Index terms (stems), sorted by UTF-16 code unit, joined by "\n". */
  terms: string;
  /** Words as written (trimmed, lower case, no stop words), sorted, joined by "\n". */
  surfaces: string;
  /** The term each surface word stems to. */
  surfaceTerm: Int32Array;
  docType: Uint8Array;
  docId: Int32Array;
  postings: Postings[];
}

export interface CompactIndex extends Omit<IndexParts, "terms" | "surfaces"> {
  terms: string[];
  surfaces: string[];
  docCount: number;
  /** Lunr's document frequency (summed over fields), for ranking expansions. */
  df: Uint32Array;
}

export interface SearchDocument {
  type: DocType;
  id: number;
  boost: number;
  /** Field texts in FIELDS order. */
  fields: string[];
}

class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

const K1 = 1.2;
const B = 0.75;

const PUNCTUATION = -1;
const STOP_WORD = -2;

export function buildIndex(documents: Iterable<SearchDocument>, dataVersion: number): IndexParts {
  const analyser = new Analyser();
  const termIds = new Map<string, number>();
  const surfaceIds = new Map<string, number>();
  // Token -> term id (or PUNCTUATION / STOP_WORD): one lookup per token once a word is known,
  // instead of analysing, then finding the term, then the surface.
  const known = new Map<string, number>();
  const nFields = FIELDS.length;
  // Per field, one (term, doc, tf) triple per distinct term in a document's field.
  const triples = FIELDS.map(() => ({ term: new IntList(), doc: new IntList(), tf: new IntList() }));
  const fieldLengths = FIELDS.map(() => new IntList());
  const docType = new IntList();
  const docId = new IntList();
  const docBoost: number[] = [];
  // Term frequencies of the field being read, by term id, and which ids it touched.
  let tf = new Int32Array(1024);
  const touched = new IntList();

  const idOf = (token: string): number => {
    const { surface, term } = analyser.analyse(token);
    // Lunr indexes punctuation-only tokens as "" and counts them in the field length; we count
    // them too (the weights depend on it) but never need to find "".
    if (term === null) return STOP_WORD;
    if (term === "") return PUNCTUATION;
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    if (!surfaceIds.has(surface)) surfaceIds.set(surface, id);
    return id;
  };

  let doc = 0;
  for (const d of documents) {
    docType.push(DOC_TYPES.indexOf(d.type));
    docId.push(d.id);
    docBoost.push(d.boost);
    for (let f = 0; f < nFields; f++) {
      let length = 0;
      touched.length = 0;
      const text = d.fields[f];
      for (const token of text ? text.toLowerCase().split(SEPARATOR) : []) {
        if (token === "") continue;
        let id = known.get(token);
        if (id === undefined) known.set(token, (id = idOf(token)));
        if (id === STOP_WORD) continue;
        length++;
        if (id === PUNCTUATION) continue;
        if (id >= tf.length) {
          const grown = new Int32Array(Math.max(tf.length * 2, id + 1));
          grown.set(tf);
          tf = grown;
        }
        if (tf[id]++ === 0) touched.push(id);
      }
      fieldLengths[f].push(length);
      const t = triples[f];
      for (let i = 0; i < touched.length; i++) {
        const id = touched.data[i];
        t.term.push(id);
        t.doc.push(doc);
        t.tf.push(tf[id]);
        tf[id] = 0;
      }
    }
    doc++;
  }
  const docCount = doc;

  // Sorted term order, so expansion can binary-search and walk shared prefixes.
  const termList = [...termIds.keys()].sort();
  const rank = new Int32Array(termList.length);
  termList.forEach((term, i) => (rank[termIds.get(term)!] = i));

  // Lunr's idf counts a document once per field it has the term in.
  const df = new Uint32Array(termList.length);
  for (const t of triples) for (let i = 0; i < t.term.length; i++) df[rank[t.term.data[i]]]++;
  const idf = new Float64Array(termList.length);
  for (let i = 0; i < idf.length; i++) {
    idf[i] = Math.log(1 + Math.abs((docCount - df[i] + 0.5) / (df[i] + 0.5)));
  }

  const postings = FIELDS.map((field, f) => {
    const t = triples[f];
    const lengths = fieldLengths[f].data;
    let total = 0;
    for (let i = 0; i < docCount; i++) total += lengths[i];
    const avgLength = total / docCount;
    // Counting sort by term rank; documents were appended in order, so each slice stays sorted.
    const offsets = new Uint32Array(termList.length + 1);
    for (let i = 0; i < t.term.length; i++) offsets[rank[t.term.data[i]] + 1]++;
    for (let i = 0; i < termList.length; i++) offsets[i + 1] += offsets[i];
    const cursor = offsets.slice(0, termList.length);
    const docs = new Int32Array(t.term.length);
    const weights = new Float32Array(t.term.length);
    for (let i = 0; i < t.term.length; i++) {
      const r = rank[t.term.data[i]];
      const d = t.doc.data[i];
      const tf = t.tf.data[i];
      let score = (idf[r] * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (lengths[d] / avgLength)) + tf);
      score *= field.boost;
      score *= docBoost[d];
      const at = cursor[r]++;
      docs[at] = d;
      weights[at] = Math.round(score * 1000) / 1000;
    }
    return { offsets, docs, weights };
  });

  const surfaceList = [...surfaceIds.keys()].sort();
  const surfaceTerm = new Int32Array(surfaceList.length);
  surfaceList.forEach((s, i) => (surfaceTerm[i] = rank[surfaceIds.get(s)!]));

  return {
    format: INDEX_FORMAT,
    dataVersion,
    builtAt: new Date().toISOString(),
    fields: FIELDS.map((f) => f.name),
    terms: termList.join("\n"),
    surfaces: surfaceList.join("\n"),
    surfaceTerm,
    docType: Uint8Array.from(docType.data.subarray(0, docCount)),
    docId: docId.data.slice(0, docCount),
    postings,
  };
}

export function openIndex(parts: IndexParts): CompactIndex {
  const fields = FIELDS.map((f) => f.name);
  if (parts.format !== INDEX_FORMAT || parts.fields.join() !== fields.join()) {
    throw new Error(`Search index has another format (${parts.format}, fields ${parts.fields.join()})`);
  }
  const terms = parts.terms === "" ? [] : parts.terms.split("\n");
  const df = new Uint32Array(terms.length);
  for (const p of parts.postings) for (let t = 0; t < terms.length; t++) df[t] += p.offsets[t + 1] - p.offsets[t];
  return {
    ...parts,
    terms,
    surfaces: parts.surfaces === "" ? [] : parts.surfaces.split("\n"),
    docCount: parts.docType.length,
    df,
  };
}

/** The buffers to transfer (not copy) when a worker posts IndexParts. */
export function transferList(parts: IndexParts): ArrayBuffer[] {
  const arrays = [parts.surfaceTerm, parts.docType, parts.docId, ...parts.postings.flatMap((p) => [p.offsets, p.docs, p.weights])];
  // Arrays read from a file are views of one buffer: list it once.
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
