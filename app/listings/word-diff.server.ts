/**
 * Word-level diffs for changed prose (a scope, a summary, a responsibility note), so an approver
 * sees the three words that moved instead of a whole paragraph struck through. Runs in loaders
 * only: the diff library stays out of the browser bundles.
 */
import { diffWords } from "diff";
import type { FieldChange, WordPart } from "./diff";

/** Short values (a date, a level, a link) read better replaced whole. */
const MIN_WORDS = 4;
/** Below this share of kept text the change is a rewrite, and a word diff is only noise: shown whole. */
const MIN_KEPT = 0.5;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const letters = (text: string) => text.replace(/[\s\p{P}]/gu, "").length;

/** The old text with its removed runs marked, and the new text with its added runs marked. */
export function wordDiff(before: string, after: string): { before: WordPart[]; after: WordPart[] } {
  const parts = diffWords(before, after);
  return {
    before: parts.filter((p) => !p.added).map((p) => (p.removed ? { text: p.value, change: "removed" as const } : { text: p.value })),
    after: parts.filter((p) => !p.removed).map((p) => (p.added ? { text: p.value, change: "added" as const } : { text: p.value })),
  };
}

/** Adds a word-level diff to each change whose before and after are both prose and mostly the same text. */
export function withWordDiffs(changes: FieldChange[]): FieldChange[] {
  return changes.map((c) => {
    if (c.link || c.before === "—" || c.after === "—") return c;
    if (Math.max(wordCount(c.before), wordCount(c.after)) < MIN_WORDS) return c;
    const words = wordDiff(c.before, c.after);
    const kept = letters(
      words.after
        .filter((p) => !p.change)
        .map((p) => p.text)
        .join(""),
    );
    if (kept < MIN_KEPT * Math.max(letters(c.before), letters(c.after))) return c;
    return { ...c, words };
  });
}
