/**
 * Highlighting: the words of a text whose index term matched the query are marked. The result is
 * a list of text segments that React renders as text and <mark>, so nothing from the data is ever
 * injected as HTML.
 */
import { Analyser, tokensWithOffsets } from "./analyse.server";
import type { Segment } from "./types";

interface Span {
  start: number;
  end: number;
  term: string | null;
}

function spans(text: string, terms: ReadonlySet<string>, analyser: Analyser): Span[] {
  const out: Span[] = [];
  for (const { token, start, end } of tokensWithOffsets(text)) {
    const { surface, term } = analyser.analyse(token.toLowerCase());
    const hit = term !== null && term !== "" && terms.has(term);
    if (!hit) {
      out.push({ start, end, term: null });
      continue;
    }
    // Mark the word, not the punctuation the trimmer took off ("(PaaS)," marks "PaaS").
    const lead = token.length - token.replace(/^\W+/, "").length;
    out.push({ start: start + lead, end: start + lead + surface.length, term });
  }
  return out;
}

function segments(text: string, marks: Span[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const m of marks) {
    if (m.term === null || m.start < from || m.end > to) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), hit: false });
    out.push({ text: text.slice(m.start, m.end), hit: true });
    at = m.end;
  }
  if (to > at) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/** The whole text, with matches marked (for titles). */
export function highlight(text: string, terms: ReadonlySet<string>, analyser = new Analyser()): Segment[] {
  const clean = tidy(text);
  return segments(clean, spans(clean, terms, analyser), 0, clean.length);
}

/**
 * The `words`-word window with the most distinct matched terms (then the most matches, then the
 * earliest), marked, with an ellipsis where the text was cut.
 */
export function snippet(text: string, terms: ReadonlySet<string>, { words = 30, analyser = new Analyser() } = {}): Segment[] {
  const clean = tidy(text);
  const all = spans(clean, terms, analyser);
  if (all.length === 0) return [];
  let best = 0;
  let bestDistinct = -1;
  let bestHits = -1;
  for (let i = 0; i < Math.max(1, all.length - words + 1); i++) {
    const window = all.slice(i, i + words).filter((s) => s.term !== null);
    const distinct = new Set(window.map((s) => s.term)).size;
    if (distinct > bestDistinct || (distinct === bestDistinct && window.length > bestHits)) {
      best = i;
      bestDistinct = distinct;
      bestHits = window.length;
    }
  }
  const last = all[Math.min(best + words, all.length) - 1];
  const from = best === 0 ? 0 : all[best].start;
  // Cut after the window's last token, whether or not it is a match.
  const rawEnd = tokenEnd(clean, last.end);
  const out = segments(clean, all.slice(best, best + words), from, rawEnd);
  if (from > 0) out.unshift({ text: "… ", hit: false });
  if (rawEnd < clean.length) out.push({ text: " …", hit: false });
  return out;
}

function tokenEnd(text: string, at: number): number {
  const next = text.slice(at).search(/[\s-]/);
  return next < 0 ? text.length : at + next;
}
