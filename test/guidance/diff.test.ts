import { describe, expect, it } from "vitest";
import { diffLines, diffStats, revisionText } from "~/guidance/diff";
import { readingMinutes, wordCount } from "~/guidance/reading-time";

const show = (before: string, after: string) =>
  diffLines(before, after).map((l) => `${l.kind === "same" ? " " : l.kind === "added" ? "+" : "-"}${l.text}`);

describe("line diff between revisions", () => {
  it("shows a changed line as removed then added, with the rest unchanged", () => {
    expect(show("a\nb\nc", "a\nB\nc")).toEqual([" a", "-b", "+B", " c"]);
  });

  it("finds the longest common subsequence, not just a common prefix", () => {
    expect(show("x\na\nb\nc\ny", "a\nz\nb\nc")).toEqual(["-x", " a", "+z", " b", " c", "-y"]);
  });

  it("handles empty sides and identical texts", () => {
    expect(show("", "one\ntwo")).toEqual(["+one", "+two"]);
    expect(show("one\ntwo", "")).toEqual(["-one", "-two"]);
    expect(show("same\ntext", "same\ntext")).toEqual([" same", " text"]);
  });

  it("numbers lines on each side so a reader can find them", () => {
    const lines = diffLines("a\nb\nc", "a\nc\nd");
    expect(lines).toEqual([
      { kind: "same", text: "a", oldLine: 1, newLine: 1 },
      { kind: "removed", text: "b", oldLine: 2 },
      { kind: "same", text: "c", oldLine: 3, newLine: 2 },
      { kind: "added", text: "d", newLine: 3 },
    ]);
    expect(diffStats(lines)).toEqual({ added: 1, removed: 1 });
  });

  it("treats CRLF and LF alike", () => {
    expect(diffStats(diffLines("a\r\nb", "a\nb"))).toEqual({ added: 0, removed: 0 });
  });

  it("includes title and summary changes in the compared text", () => {
    const before = revisionText({ title: "Old", summary: "S", body: "Body" });
    const after = revisionText({ title: "New", summary: "S", body: "Body" });
    expect(show(before, after).filter((l) => l[0] !== " ")).toEqual(["-Title: Old", "+Title: New"]);
  });

  it("copes with a long article quickly", () => {
    const a = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join("\n");
    const b = a.replace("line 1000", "changed");
    expect(diffStats(diffLines(a, b))).toEqual({ added: 1, removed: 1 });
  });
});

describe("reading time", () => {
  it("counts words, not markup", () => {
    expect(wordCount("## Heading\n\n- one *two* [three](https://x.example/long/url)\n\n| a | b |")).toBe(6);
  });

  it("rounds up at 200 words a minute, at least one minute", () => {
    expect(readingMinutes("word")).toBe(1);
    expect(readingMinutes(Array(200).fill("word").join(" "))).toBe(1);
    expect(readingMinutes(Array(201).fill("word").join(" "))).toBe(2);
  });
});
