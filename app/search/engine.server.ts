/**
 * Runs a planned query against the compact index with Lunr's scoring: for each field, a document
 * scores the dot product of the query vector (summed clause boosts per expanded term) with its
 * BM25 weights, divided by the query vector's magnitude; field scores add up. Required and
 * prohibited clauses filter as in lunr.Index#query. Nothing is allocated per matching document:
 * scores, marks and the candidate list live in typed arrays reused across queries (queries run
 * synchronously, one at a time), and only the page asked for is sorted, through a small heap.
 */
import type { CompactIndex } from "./compact-index.server";
import { planQuery, type Correction } from "./plan.server";
import { Presence, parseQuery, type ParsedQuery } from "./query-parser.server";
import { TopK } from "./top-k";
import { DOC_TYPES, type DocType } from "./types";

export type { Correction } from "./plan.server";

class Scratch {
  gen = 0;
  readonly scores: Float64Array;
  /** scored[d] === gen: d is a candidate of the current query. */
  readonly scored: Uint32Array;
  /** One bit per required clause the document matched. */
  readonly required: Uint32Array;
  readonly prohibited: Uint32Array;
  readonly candidates: Int32Array;
  constructor(n: number) {
    this.scores = new Float64Array(n);
    this.scored = new Uint32Array(n);
    this.required = new Uint32Array(n);
    this.prohibited = new Uint32Array(n);
    this.candidates = new Int32Array(n);
  }
  next(): number {
    if (this.gen === 0xffffffff) {
      this.gen = 0;
      this.scored.fill(0);
      this.prohibited.fill(0);
    }
    return ++this.gen;
  }
}
const scratches = new WeakMap<CompactIndex, Scratch>();

/** The hot loop: add one (term, field) posting slice into the scores. Returns the new count. */
function accumulate(
  docs: Int32Array,
  weights: Float32Array,
  from: number,
  to: number,
  q: number,
  bits: number,
  s: Scratch,
  gen: number,
  n: number,
): number {
  const { scores, scored, required, candidates } = s;
  for (let i = from; i < to; i++) {
    const d = docs[i];
    if (scored[d] !== gen) {
      scored[d] = gen;
      scores[d] = 0;
      required[d] = 0;
      candidates[n++] = d;
    }
    scores[d] += q * weights[i];
    required[d] |= bits;
  }
  return n;
}

export interface Hit {
  type: DocType;
  id: number;
  score: number;
}
export interface QueryResult {
  counts: Record<DocType, number>;
  hits: Hit[];
  /** Index terms that scored, for highlighting. */
  terms: string[];
  corrections: Correction[];
}
export interface QueryOptions {
  type?: DocType | null;
  offset?: number;
  /** How many hits to return; Infinity for every match (ranked ids for facets). */
  limit?: number;
  /** The query is still being typed: complete its last word even when it is a word already. */
  typing?: boolean;
}

interface VectorEntry {
  boost: number;
  /** Bits of the required clauses this term serves. */
  required: number;
}

export function runQuery(index: CompactIndex, query: ParsedQuery, options: QueryOptions = {}): QueryResult {
  const { steps, corrections } = planQuery(index, query, options.typing ?? false);
  const counts = Object.fromEntries(DOC_TYPES.map((t) => [t, 0])) as Record<DocType, number>;
  const empty: QueryResult = { counts, hits: [], terms: [], corrections };
  if (steps.length === 0 || index.docCount === 0) return empty;

  let s = scratches.get(index);
  if (!s) scratches.set(index, (s = new Scratch(index.docCount)));
  const gen = s.next();
  const { postings } = index;

  // Query vector per field (Lunr's upsert: boosts of the same term add up); prohibited terms
  // only mark documents.
  const vectors = postings.map(() => new Map<number, VectorEntry>());
  const termSet = new Set<number>();
  let requiredAll = 0;
  let requiredCount = 0;
  let scoredClauses = 0;
  for (const { clause, expansions } of steps) {
    if (clause.presence === Presence.PROHIBITED) {
      for (const e of expansions) {
        for (const f of clause.fields) {
          const p = postings[f];
          for (let i = p.offsets[e.term], end = p.offsets[e.term + 1]; i < end; i++) s.prohibited[p.docs[i]] = gen;
        }
      }
      continue;
    }
    let bit = 0;
    if (clause.presence === Presence.REQUIRED) {
      if (expansions.length === 0) return empty; // as in Lunr: a required term nobody has
      bit = 1 << requiredCount++; // at most 16 clauses, so the bits fit
      requiredAll |= bit;
    }
    scoredClauses++;
    for (const e of expansions) {
      termSet.add(e.term);
      for (const f of clause.fields) {
        const entry = vectors[f].get(e.term);
        if (entry) {
          entry.boost += e.boost;
          entry.required |= bit;
        } else vectors[f].set(e.term, { boost: e.boost, required: bit });
      }
    }
  }

  let n = 0;
  vectors.forEach((vector, f) => {
    let sum = 0;
    for (const v of vector.values()) sum += v.boost * v.boost;
    const magnitude = Math.sqrt(sum);
    const p = postings[f];
    for (const [term, v] of vector) {
      n = accumulate(
        p.docs,
        p.weights,
        p.offsets[term],
        p.offsets[term + 1],
        magnitude > 0 ? v.boost / magnitude : 0,
        v.required,
        s,
        gen,
        n,
      );
    }
  });

  // Only prohibited clauses: Lunr returns every other document, unscored.
  if (scoredClauses === 0) {
    for (let d = 0; d < index.docCount; d++) {
      s.scored[d] = gen;
      s.scores[d] = 0;
      s.required[d] = 0;
      s.candidates[n++] = d;
    }
  }

  const typeCode = options.type ? DOC_TYPES.indexOf(options.type) : -1;
  const offset = Math.max(0, options.offset ?? 0);
  const limit = options.limit ?? 10;
  const top = new TopK(Number.isFinite(limit) ? offset + limit : n);
  const perType = new Uint32Array(DOC_TYPES.length);
  for (let i = 0; i < n; i++) {
    const d = s.candidates[i];
    if ((s.required[d] & requiredAll) !== requiredAll || s.prohibited[d] === gen) continue;
    const t = index.docType[d];
    perType[t]++;
    if (typeCode < 0 || t === typeCode) top.offer(d, s.scores[d]);
  }
  DOC_TYPES.forEach((t, i) => (counts[t] = perType[i]));
  const hits = top
    .sorted()
    .slice(offset)
    .map((d) => ({ type: DOC_TYPES[index.docType[d]], id: index.docId[d], score: s.scores[d] }));
  return { counts, hits, terms: [...termSet].map((t) => index.terms[t]), corrections };
}

/**
 * Runs a few throwaway queries (the commonest term, required, prohibited, completed, misspelt by
 * one and by two letters) so that the scoring and expansion code is compiled before the first
 * person searches. Part of loading; results are discarded, so no later query is answered from
 * anything but the index.
 */
export function warmUp(index: CompactIndex): void {
  let top = 0;
  for (let t = 1; t < index.df.length; t++) if (index.df[t] > index.df[top]) top = t;
  const word = index.surfaces[index.surfaceTerm.indexOf(top)] ?? index.terms[top];
  if (!word) return;
  for (const q of [word, `+${word} +${word}`, `${word} -${word}`, word.slice(0, 3), `${word}q`, `${word}qqqqqq`.slice(0, 10)]) {
    for (let i = 0; i < 2; i++) runQuery(index, parseQuery(q), { limit: 10 });
  }
}
