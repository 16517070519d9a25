/**
 * Term expansion over a sorted word list, with Lunr's own semantics. Lunr intersects the query's
 * TokenSet with a TokenSet of the whole vocabulary; building that vocabulary automaton takes ~1.5 s
 * per 100,000 words at every start, and an infix wildcard then takes ~0.8 s. Instead we run the
 * query's TokenSet (from lunr.TokenSet.fromString / fromFuzzyString, so `*` and `~n` mean exactly
 * what they mean in Lunr) over the sorted list, sharing work between words with a common prefix
 * and skipping every word under a prefix the automaton has already rejected.
 */
import lunr from "lunr";

export function findExact(sorted: string[], word: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = sorted[mid];
    if (w === word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** First index in [lo, hi) whose word is >= `word`. */
function lowerBound(sorted: string[], word: string, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [lo, hi) past every word that starts with `prefix` (given sorted[lo] >= prefix). */
function pastPrefix(sorted: string[], prefix: string, lo: number, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [from, to) of the words starting with `prefix`. */
export function prefixRange(sorted: string[], prefix: string): [number, number] {
  const from = lowerBound(sorted, prefix);
  return [from, pastPrefix(sorted, prefix, from)];
}

type Node = lunr.TokenSet & { edges: Record<string, Node>; final: boolean };
// @types/lunr omits the TokenSet constructors that lunr.Index#query uses for clauses.
const TokenSets = lunr.TokenSet as unknown as {
  fromString(pattern: string): Node;
  fromFuzzyString(word: string, editDistance: number): Node;
};

function step(states: Node[], ch: string): Node[] {
  const next: Node[] = [];
  for (const s of states) {
    const exact = s.edges[ch];
    if (exact && !next.includes(exact)) next.push(exact);
    const any = s.edges["*"];
    if (any && !next.includes(any)) next.push(any);
  }
  return next;
}

/** Indexes of the words the Lunr TokenSet accepts, as lunr.TokenSet#intersect would find them. */
function matchTokenSet(sorted: string[], pattern: lunr.TokenSet, from = 0, to = sorted.length): number[] {
  const out: number[] = [];
  // stack[k]: the automaton's states after the first k characters of `prev`.
  const stack: Node[][] = [[pattern as Node]];
  let prev = "";
  let i = from;
  while (i < to) {
    const word = sorted[i];
    const max = Math.min(prev.length, word.length, stack.length - 1);
    let k = 0;
    while (k < max && prev.charCodeAt(k) === word.charCodeAt(k)) k++;
    stack.length = k + 1;
    prev = word;
    let dead = -1;
    for (let j = k; j < word.length; j++) {
      const next = step(stack[j], word[j]);
      if (next.length === 0) {
        dead = j;
        break;
      }
      stack.push(next);
    }
    if (dead >= 0) {
      i = pastPrefix(sorted, word.slice(0, dead + 1), i + 1, to);
      continue;
    }
    if (stack[word.length].some((s) => s.final)) out.push(i);
    i++;
  }
  return out;
}

/** Words within Lunr edit distance `distance` of `word` (insert, delete, substitute, transpose). */
export function matchFuzzy(sorted: string[], word: string, distance: number): number[] {
  return matchTokenSet(sorted, TokenSets.fromFuzzyString(word, distance));
}

/** Words matching a Lunr wildcard pattern such as `kube*`, `*net*` or `k*s`. */
export function matchWildcard(sorted: string[], pattern: string): number[] {
  const star = pattern.indexOf("*");
  if (star === pattern.length - 1 && star > 0) {
    const [from, to] = prefixRange(sorted, pattern.slice(0, -1));
    return Array.from({ length: to - from }, (_, i) => from + i);
  }
  // A literal head narrows the scan to one prefix range.
  const [from, to] = star > 0 ? prefixRange(sorted, pattern.slice(0, star)) : [0, sorted.length];
  return matchTokenSet(sorted, TokenSets.fromString(pattern), from, to);
}

/** Optimal string alignment distance (Lunr's fuzzy edits), to rank spelling suggestions. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}
