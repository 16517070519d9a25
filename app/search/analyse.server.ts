/**
 * Lunr's own text pipeline (tokenizer, trimmer, stop-word filter, Porter stemmer), with a cache in
 * front: a corpus repeats a few thousand words millions of times, and stemming dominates an
 * uncached build. Splitting matches lunr.tokenizer exactly, so that our weights equal Lunr's.
 */
import lunr from "lunr";

/** lunr.tokenizer.separator: whitespace and hyphens. */
export const SEPARATOR = /[\s-]+/;
const TOKEN = /[^\s-]+/g;

/** Lunr's trimmer: strip non-word characters at both ends. */
function trim(token: string): string {
  return token.replace(/^\W+/, "").replace(/\W+$/, "");
}

export function stem(word: string): string {
  return (lunr.stemmer(new lunr.Token(word, {})) as unknown as lunr.Token).toString();
}

function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

/** Index-time analysis of one token: "" for punctuation only, null for a stop word. */
export interface Analysed {
  surface: string;
  term: string | null;
}

export class Analyser {
  private readonly cache = new Map<string, Analysed>();

  /** `token` must already be lower case, as lunr.tokenizer leaves it. */
  analyse(token: string): Analysed {
    let hit = this.cache.get(token);
    if (hit === undefined) {
      const surface = trim(token);
      hit = { surface, term: isStopWord(surface) ? null : surface === "" ? "" : stem(surface) };
      // Punctuation-only tokens are rare and unbounded in variety; do not let them grow the cache.
      if (surface !== "" || this.cache.size < 100_000) this.cache.set(token, hit);
    }
    return hit;
  }
}

/** Tokens with their offsets in the original (not lower-cased) text, for highlighting. */
export function* tokensWithOffsets(text: string): Generator<{ token: string; start: number; end: number }> {
  for (const m of text.matchAll(TOKEN)) {
    yield { token: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  }
}

/** A search word as the index saw it: trimmed, lower-cased, null when it is a stop word or empty. */
export function searchWord(raw: string): string | null {
  const word = trim(raw.toLowerCase());
  return word === "" || isStopWord(word) ? null : word;
}
