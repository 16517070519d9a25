/**
 * Runs a parsed query against the compact index with Lunr's scoring: for each field, a document
 * scores the dot product of the query vector (summed clause boosts per expanded term) with its
 * BM25 weights, divided by the query vector's magnitude; field scores add up. Required and
 * prohibited clauses filter as in lunr.Index#query. Nothing is allocated per matching document:
 * scores, marks and the candidate list live in typed arrays reused across queries (queries run
 * synchronously, one at a time), and only the page asked for is sorted, through a small heap.
 */
import { stem } from "./analyse.server";
import type { CompactIndex } from "./compact-index.server";
import { editDistance, findExact, matchFuzzy, matchWildcard, prefixRange } from "./expand.server";
import { Presence, type Clause, type ParsedQuery, type PatternClause, type WordClause } from "./query-parser.server";
import { DOC_TYPES, type DocType } from "./types";

/** Weights relative to the exact word: completions ("kube" -> kubernetes), then corrections. */
const PREFIX_WEIGHT = 0.3;
const FUZZY_WEIGHT = 0.5;
const MIN_PREFIX_CHARS = 3;
const MIN_FUZZY_CHARS = 4;
const MAX_FUZZY_CHARS = 40;
const MAX_PREFIX_TERMS = 30;
const MAX_FUZZY_TERMS = 5;
const MAX_PATTERN_TERMS = 500;

interface Expansion {
  term: number;
  boost: number;
}
export interface Correction {
  word: string;
  suggestion: string;
}
interface Plan {
  steps: { clause: Clause; expansions: Expansion[] }[];
  corrections: Correction[];
}

/** The `limit` most frequent terms, so a short prefix cannot fan out to the whole vocabulary. */
function mostFrequent(index: CompactIndex, terms: Iterable<number>, limit: number): number[] {
  const list = [...terms];
  if (list.length <= limit) return list;
  return list.sort((a, b) => index.df[b] - index.df[a]).slice(0, limit);
}

/**
 * A word the index knows is searched as itself; completions of a known word ("data" ->
 * datavant, database) mostly add noise. An unknown word is completed ("kube" -> kubernetes), and
 * so is the word being typed (`complete`), and failing both it is corrected for spelling.
 */
function expandWord(index: CompactIndex, clause: WordClause, complete: boolean, corrections: Correction[]): Expansion[] {
  const { word, boost } = clause;
  const out: Expansion[] = [];
  const exact = findExact(index.terms, stem(word));
  if (exact >= 0) out.push({ term: exact, boost });
  if ((exact < 0 || complete) && word.length >= MIN_PREFIX_CHARS) {
    const [from, to] = prefixRange(index.surfaces, word);
    const completions = new Set<number>();
    for (let i = from; i < to; i++) if (index.surfaceTerm[i] !== exact) completions.add(index.surfaceTerm[i]);
    for (const term of mostFrequent(index, completions, MAX_PREFIX_TERMS)) out.push({ term, boost: boost * PREFIX_WEIGHT });
  }
  if (out.length > 0 || clause.presence === Presence.PROHIBITED) return out;
  if (word.length < MIN_FUZZY_CHARS || word.length > MAX_FUZZY_CHARS) return out;

  const candidates = matchFuzzy(index.surfaces, word, word.length >= 8 ? 2 : 1)
    .map((i) => ({ surface: index.surfaces[i], term: index.surfaceTerm[i], distance: editDistance(word, index.surfaces[i]) }))
    .sort((a, b) => a.distance - b.distance || index.df[b.term] - index.df[a.term]);
  const seen = new Set<number>();
  for (const c of candidates) {
    if (seen.size === MAX_FUZZY_TERMS) break;
    if (seen.has(c.term)) continue;
    seen.add(c.term);
    out.push({ term: c.term, boost: boost * FUZZY_WEIGHT });
  }
  if (candidates.length > 0) corrections.push({ word, suggestion: candidates[0].surface });
  return out;
}

function expandPattern(index: CompactIndex, clause: PatternClause): Expansion[] {
  const term = clause.usePipeline ? stem(clause.term) : clause.term;
  let found: number[];
  if (clause.editDistance > 0) found = matchFuzzy(index.terms, term, clause.editDistance);
  else if (term.includes("*")) found = matchWildcard(index.terms, term);
  else found = [findExact(index.terms, term)].filter((i) => i >= 0);
  return mostFrequent(index, found, MAX_PATTERN_TERMS).map((t) => ({ term: t, boost: clause.boost }));
}

function plan(index: CompactIndex, query: ParsedQuery, typing: boolean): Plan {
  const corrections: Correction[] = [];
  const steps = query.clauses.map((clause, i) => ({
    clause,
    expansions:
      clause.kind === "word"
        ? expandWord(index, clause, typing && i === query.clauses.length - 1, corrections)
        : expandPattern(index, clause),
  }));
  return { steps, corrections };
}

class Scratch {
  gen = 0;
  readonly scores: Float64Array;
  readonly scored: Uint32Array;
  readonly requiredIn: Uint32Array;
  readonly requiredBits: Uint32Array;
  readonly prohibitedIn: Uint32Array;
  readonly candidates: Int32Array;
  constructor(n: number) {
    this.scores = new Float64Array(n);
    this.scored = new Uint32Array(n);
    this.requiredIn = new Uint32Array(n);
    this.requiredBits = new Uint32Array(n);
    this.prohibitedIn = new Uint32Array(n);
    this.candidates = new Int32Array(n);
  }
  next(): number {
    if (this.gen === 0xffffffff) {
      this.gen = 0;
      this.scored.fill(0);
      this.requiredIn.fill(0);
      this.prohibitedIn.fill(0);
    }
    return ++this.gen;
  }
}
const scratches = new WeakMap<CompactIndex, Scratch>();

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

export function runQuery(index: CompactIndex, query: ParsedQuery, options: QueryOptions = {}): QueryResult {
  const { steps, corrections } = plan(index, query, options.typing ?? false);
  const counts = Object.fromEntries(DOC_TYPES.map((t) => [t, 0])) as Record<DocType, number>;
  const empty: QueryResult = { counts, hits: [], terms: [], corrections };
  if (steps.length === 0 || index.docCount === 0) return empty;

  let s = scratches.get(index);
  if (!s) scratches.set(index, (s = new Scratch(index.docCount)));
  const gen = s.next();
  const { postings } = index;

  // One bit per required clause (there are at most 16): a document must collect them all.
  let requiredAll = 0;
  let requiredCount = 0;
  for (const { clause, expansions } of steps) {
    if (clause.presence === Presence.REQUIRED) {
      if (expansions.length === 0) return empty; // as in Lunr: a required term nobody has
      const bit = 1 << requiredCount++;
      requiredAll |= bit;
      for (const e of expansions) {
        for (const f of clause.fields) {
          const p = postings[f];
          for (let i = p.offsets[e.term], end = p.offsets[e.term + 1]; i < end; i++) {
            const d = p.docs[i];
            if (s.requiredIn[d] !== gen) {
              s.requiredIn[d] = gen;
              s.requiredBits[d] = 0;
            }
            s.requiredBits[d] |= bit;
          }
        }
      }
    } else if (clause.presence === Presence.PROHIBITED) {
      for (const e of expansions) {
        for (const f of clause.fields) {
          const p = postings[f];
          for (let i = p.offsets[e.term], end = p.offsets[e.term + 1]; i < end; i++) s.prohibitedIn[p.docs[i]] = gen;
        }
      }
    }
  }

  // Query vector per field: term -> summed boost (Lunr's upsert), then its magnitude.
  const vectors = postings.map(() => new Map<number, number>());
  const termSet = new Set<number>();
  for (const { clause, expansions } of steps) {
    if (clause.presence === Presence.PROHIBITED) continue;
    for (const e of expansions) {
      termSet.add(e.term);
      for (const f of clause.fields) vectors[f].set(e.term, (vectors[f].get(e.term) ?? 0) + e.boost);
    }
  }

  let n = 0;
  vectors.forEach((vector, f) => {
    let sum = 0;
    for (const b of vector.values()) sum += b * b;
    const magnitude = Math.sqrt(sum);
    if (magnitude === 0) return;
    const p = postings[f];
    for (const [term, boost] of vector) {
      const q = boost / magnitude;
      for (let i = p.offsets[term], end = p.offsets[term + 1]; i < end; i++) {
        const d = p.docs[i];
        if (s.scored[d] !== gen) {
          s.scored[d] = gen;
          s.scores[d] = 0;
          s.candidates[n++] = d;
        }
        s.scores[d] += q * p.weights[i];
      }
    }
  });

  // Only prohibited clauses: Lunr returns every other document, unscored.
  if (steps.every((st) => st.clause.presence === Presence.PROHIBITED)) {
    n = 0;
    for (let d = 0; d < index.docCount; d++) {
      s.scored[d] = gen;
      s.scores[d] = 0;
      s.candidates[n++] = d;
    }
  }

  const typeCode = options.type ? DOC_TYPES.indexOf(options.type) : -1;
  const offset = Math.max(0, options.offset ?? 0);
  const limit = options.limit ?? 10;
  const top = new TopK(Number.isFinite(limit) ? offset + limit : n);
  for (let i = 0; i < n; i++) {
    const d = s.candidates[i];
    if (requiredAll !== 0 && (s.requiredIn[d] !== gen || (s.requiredBits[d] & requiredAll) !== requiredAll)) continue;
    if (s.prohibitedIn[d] === gen) continue;
    const t = index.docType[d];
    counts[DOC_TYPES[t]]++;
    if (typeCode >= 0 && t !== typeCode) continue;
    top.offer(d, s.scores[d]);
  }
  const hits = top
    .sorted()
    .slice(offset)
    .map((d) => ({ type: DOC_TYPES[index.docType[d]], id: index.docId[d], score: s.scores[d] }));
  return { counts, hits, terms: [...termSet].map((t) => index.terms[t]), corrections };
}

/** Keeps the k best (score, then lower document number) in a binary min-heap. */
class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;
  constructor(private readonly k: number) {
    this.docs = new Int32Array(Math.max(k, 0));
    this.scores = new Float64Array(Math.max(k, 0));
  }
  /** True when a ranks below b. */
  private worse(sa: number, da: number, sb: number, db: number): boolean {
    return sa < sb || (sa === sb && da > db);
  }
  offer(doc: number, score: number) {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(score, doc, this.scores[parent], this.docs[parent])) break;
        this.docs[i] = this.docs[parent];
        this.scores[i] = this.scores[parent];
        i = parent;
      }
      this.docs[i] = doc;
      this.scores[i] = score;
      return;
    }
    if (!this.worse(this.scores[0], this.docs[0], score, doc)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.worse(this.scores[r], this.docs[r], this.scores[l], this.docs[l]) ? r : l;
      if (!this.worse(this.scores[c], this.docs[c], score, doc)) break;
      this.docs[i] = this.docs[c];
      this.scores[i] = this.scores[c];
      i = c;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }
  sorted(): number[] {
    const slots = Array.from({ length: this.size }, (_, i) => i);
    slots.sort((a, b) => this.scores[b] - this.scores[a] || this.docs[a] - this.docs[b]);
    return slots.map((i) => this.docs[i]);
  }
}
