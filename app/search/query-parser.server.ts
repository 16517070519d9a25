/**
 * Turns anything a person can type into clauses that are safe to run. Lunr's query language is
 * honoured when it parses (`name:kube`, `+irap -aws`, `secur*`, `kubernetes~1`, `cloud^10`); when
 * it does not (`foo:`, a lone `+`, unbalanced quotes, an unknown field), the text is searched as
 * plain words. Length, clause count, edit distance and boosts are capped so that no input, however
 * long or odd, can make a query slow or throw.
 */
import lunr from "lunr";
import { SEPARATOR, searchWord } from "./analyse.server";
import { FIELD_NAMES } from "./types";

export const Presence = { OPTIONAL: 1, REQUIRED: 2, PROHIBITED: 3 } as const;
export type Presence = (typeof Presence)[keyof typeof Presence];

interface ClauseBase {
  /** Indexes into FIELDS. */
  fields: number[];
  boost: number;
  presence: Presence;
}
/** A word as a person typed it: searched exactly, by prefix, and by spelling when unknown. */
export interface WordClause extends ClauseBase {
  kind: "word";
  word: string;
}
/** An explicit Lunr wildcard or fuzzy term, expanded exactly as Lunr would. */
export interface PatternClause extends ClauseBase {
  kind: "pattern";
  term: string;
  usePipeline: boolean;
  editDistance: number;
}
export type Clause = WordClause | PatternClause;

export interface ParsedQuery {
  /** The query as searched: normalised and cut to length. */
  text: string;
  clauses: Clause[];
}

export const MAX_QUERY_CHARS = 256;
const MAX_CLAUSES = 16;
const MAX_EDIT_DISTANCE = 2;
const MAX_BOOST = 100;
const MAX_PATTERN_CHARS = 40;
const ALL_FIELDS = FIELD_NAMES.map((_, i) => i);
const LUNR_SYNTAX = /[:*~^+]|(?:^|\s)-/;

interface LunrClause {
  term?: string;
  fields: string[];
  boost: number;
  usePipeline: boolean;
  editDistance?: number;
  presence: Presence;
}
type LunrParser = new (str: string, query: lunr.Query) => { parse(): lunr.Query };

function normaliseQuery(raw: string): string {
  // NFKC folds full-width and compatibility characters ("ｋｕｂｅ") into what the index holds.
  const text = raw
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= MAX_QUERY_CHARS) return text;
  const cut = text.slice(0, MAX_QUERY_CHARS);
  const space = cut.lastIndexOf(" ");
  return space > MAX_QUERY_CHARS / 2 ? cut.slice(0, space) : cut;
}

function fromLunr(text: string): Clause[] {
  const query = new lunr.Query(FIELD_NAMES);
  const Parser = (lunr as unknown as { QueryParser: LunrParser }).QueryParser;
  new Parser(text, query).parse();
  const clauses: Clause[] = [];
  for (const c of query.clauses as unknown as LunrClause[]) {
    if (!c.term) continue;
    const base: ClauseBase = {
      fields: c.fields.map((f) => FIELD_NAMES.indexOf(f)).filter((i) => i >= 0),
      boost: Number.isFinite(c.boost) ? Math.min(Math.max(c.boost, 0), MAX_BOOST) : 1,
      presence: c.presence,
    };
    if (base.fields.length === 0) continue;
    if (c.term.includes("*") || c.editDistance !== undefined) {
      // A bare "*" would expand to the whole vocabulary and say nothing.
      if (c.term.replace(/\*/g, "").length === 0 || c.term.length > MAX_PATTERN_CHARS) continue;
      const editDistance = Math.min(Math.max(c.editDistance ?? 0, 0), MAX_EDIT_DISTANCE);
      clauses.push({ kind: "pattern", term: c.term, usePipeline: c.usePipeline, editDistance, ...base });
    } else {
      // Lunr would not find a stop word or "cloud," (its search pipeline skips the trimmer);
      // a required stop word even makes Lunr throw. Treat each like the index treated it.
      const word = searchWord(c.term);
      if (word !== null) clauses.push({ kind: "word", word, ...base });
    }
  }
  return clauses;
}

function plainWords(text: string): Clause[] {
  const words = new Set<string>();
  for (const raw of text.replace(/[:*~^+"]/g, " ").split(SEPARATOR)) {
    const word = searchWord(raw);
    if (word !== null) words.add(word);
  }
  return [...words].map((word) => ({ kind: "word", word, fields: ALL_FIELDS, boost: 1, presence: Presence.OPTIONAL }));
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normaliseQuery(raw);
  let clauses: Clause[] | undefined;
  if (LUNR_SYNTAX.test(text)) {
    try {
      clauses = fromLunr(text);
    } catch {
      clauses = undefined; // not valid Lunr syntax: search the words
    }
  }
  clauses ??= plainWords(text);
  return { text, clauses: clauses.slice(0, MAX_CLAUSES) };
}
