import type { DiffLine } from "./diff";

/**
 * A revision diff as a table. Changes are marked three ways so that colour is never the only cue:
 * <ins>/<del> elements, a "+"/"-" sign, and words for screen readers ("added", "removed").
 */
export function ArticleDiff({ lines }: { lines: DiffLine[] }) {
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="article-diff" style={{ borderCollapse: "collapse", width: "100%", fontFamily: "monospace", fontSize: "0.875rem" }}>
        <caption style={{ textAlign: "left", fontFamily: "inherit" }}>Line-by-line changes</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Old line
            </th>
            <th scope="col" style={cell}>
              New line
            </th>
            <th scope="col" style={cell}>
              Change
            </th>
            <th scope="col" style={{ ...cell, textAlign: "left" }}>
              Text
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} style={{ background: l.kind === "added" ? "#e7f4ec" : l.kind === "removed" ? "#fbe9ea" : undefined }}>
              <td style={cell}>{l.kind === "added" ? "" : l.oldLine}</td>
              <td style={cell}>{l.kind === "removed" ? "" : l.newLine}</td>
              <td style={cell}>
                {l.kind === "same" ? (
                  <span style={hidden}>unchanged</span>
                ) : (
                  <>
                    <span aria-hidden="true">{l.kind === "added" ? "+" : "-"}</span>
                    <span style={hidden}>{l.kind}</span>
                  </>
                )}
              </td>
              <td style={{ ...cell, textAlign: "left", whiteSpace: "pre-wrap" }}>
                {l.kind === "added" ? <ins>{l.text}</ins> : l.kind === "removed" ? <del>{l.text}</del> : l.text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const cell = { border: "1px solid #ccc", padding: "0.125rem 0.5rem", textAlign: "right" as const, verticalAlign: "top" };
const hidden = {
  position: "absolute" as const,
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap" as const,
};
