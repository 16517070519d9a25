import type { ReactNode } from "react";
import { VisuallyHidden } from "@ag.ds-next/react/a11y";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { ReferenceLink } from "~/ui/reference-link";
import { TableScroll } from "~/ui/table-scroll";
import type { FieldChange, WordPart } from "./diff";

/**
 * Marked three ways so that colour is never the only cue: <del>/<ins> (struck through, underlined),
 * a tint, and words a screen reader says where a run starts and ends.
 */
const MARK = {
  removed: { Tag: "del", style: { background: "#fbe9ea" } },
  added: { Tag: "ins", style: { background: "#e7f4ec" } },
} as const;

function Marked({ change, children }: { change: "added" | "removed"; children: ReactNode }) {
  const { Tag, style } = MARK[change];
  return (
    <Tag style={style}>
      <VisuallyHidden>{`${change}: `}</VisuallyHidden>
      {children}
      <VisuallyHidden>{` (end ${change})`}</VisuallyHidden>
    </Tag>
  );
}

function Words({ parts }: { parts: WordPart[] }) {
  return (
    <span style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {parts.map((p, i) =>
        p.change ? (
          <Marked key={i} change={p.change}>
            {p.text}
          </Marked>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}

function Value({ change, value, link }: { change: "added" | "removed"; value: string; link?: boolean }) {
  const Tag = MARK[change].Tag;
  return <Tag>{link ? <ReferenceLink value={value} /> : value}</Tag>;
}

/** Before and after, one row per changed field; prose shows which words changed. */
export function FieldChanges({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return <p>No field changes.</p>;
  return (
    <TableScroll>
      <Table>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <TableHead>
          <tr>
            <TableHeader scope="col">Field</TableHeader>
            <TableHeader scope="col">Before</TableHeader>
            <TableHeader scope="col">After</TableHeader>
          </tr>
        </TableHead>
        <TableBody>
          {changes.map((c) => (
            <TableRow key={c.field}>
              <TableCell>{c.label}</TableCell>
              <TableCell>
                {c.words ? <Words parts={c.words.before} /> : <Value change="removed" value={c.before} link={c.link} />}
              </TableCell>
              <TableCell>{c.words ? <Words parts={c.words.after} /> : <Value change="added" value={c.after} link={c.link} />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
