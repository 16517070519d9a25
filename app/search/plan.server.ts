/**
 * Query planning: which index terms each clause stands for. A word a person typed is looked up
 * as itself, completed when unknown or still being typed, and corrected for spelling when nothing
 * else matches; an explicit Lunr pattern (`secur*`, `kubernetes~1`) is expanded as Lunr would.
 * Expansion runs over sorted word lists (expand.server.ts), never over a vocabulary automaton.
 */
import { stem } from "./analyse.server";
import type { CompactIndex } from "./compact-index.server";
import { editDistance, findExact, matchFuzzy, matchWildcard, prefixRange } from "./expand.server";
import { Presence, type Clause, type ParsedQuery, type PatternClause, type WordClause } from "./query-parser.server";

/** Weights relative to the exact word: completions ("kube" -> kubernetes), then corrections. */
const PREFIX_WEIGHT = 0.3;
const FUZZY_WEIGHT = 0.5;
const MIN_PREFIX_CHARS = 3;
const MIN_FUZZY_CHARS = 4;
const MAX_FUZZY_CHARS = 40;
const MIN_TWO_EDIT_CHARS = 8;
const MAX_PREFIX_TERMS = 30;
const MAX_FUZZY_TERMS = 5;
const MAX_PATTERN_TERMS = 500;

export interface Expansion {
  term: number;
  boost: number;
}
export interface Correction {
  word: string;
  suggestion: string;
}
export interface Plan {
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

  // Most typos are one edit; the two-edit automaton costs five times as much, so it is the fallback.
  let found = matchFuzzy(index.surfaces, word, 1);
  if (found.length === 0 && word.length >= MIN_TWO_EDIT_CHARS) found = matchFuzzy(index.surfaces, word, 2);
  const candidates = found
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

export function planQuery(index: CompactIndex, query: ParsedQuery, typing: boolean): Plan {
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
