import { describe, expect, it } from "vitest";
import { highlight, snippet } from "~/search/snippet.server";
import type { Segment } from "~/search/types";

const marked = (segments: Segment[]) => segments.filter((s) => s.hit).map((s) => s.text);
const text = (segments: Segment[]) => segments.map((s) => s.text).join("");

describe("highlighting", () => {
  it("marks every word whose stem matched, and only the word", () => {
    const segments = highlight("Managed Kubernetes (clusters), and more clusters.", new Set(["kubernet", "cluster"]));
    expect(marked(segments)).toEqual(["Kubernetes", "clusters", "clusters"]);
    expect(text(segments)).toBe("Managed Kubernetes (clusters), and more clusters.");
  });

  it("keeps markup in the data as text", () => {
    const segments = highlight('<img src=x onerror="alert(1)"> secure <b>cloud</b>', new Set(["secur"]));
    expect(text(segments)).toBe('<img src=x onerror="alert(1)"> secure <b>cloud</b>');
    expect(marked(segments)).toEqual(["secure"]);
  });

  it("cuts a long text to the window with the most matched terms", () => {
    const filler = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const body = `${filler} the archive keeps email for years ${filler}`;
    const segments = snippet(body, new Set(["archiv", "email"]), { words: 12 });
    expect(marked(segments)).toEqual(["archive", "email"]);
    expect(text(segments).startsWith("… ")).toBe(true);
    expect(text(segments).endsWith(" …")).toBe(true);
    expect(text(segments).split(" ").length).toBeLessThanOrEqual(12 + 2);
  });

  it("starts at the beginning when nothing matched", () => {
    const segments = snippet("One two three four five six", new Set(["zzz"]), { words: 3 });
    expect(text(segments)).toBe("One two three …");
    expect(marked(segments)).toEqual([]);
  });
});
