/**
 * Each quality's assessed scores against the buyer's minimum: the latest score (dated when over
 * 24 months old), the spread across agencies, how many gave each score, and whether it meets the
 * minimum. Aggregates only, never who assessed: the public sees this table. Grouped by category
 * (the product's assessments page) or in the order given (gaps first, on the product page).
 */
import type { CSSProperties } from "react";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Text } from "@ag.ds-next/react/text";
import { formatDate } from "~/platform/dates";
import { TableScroll } from "~/ui/table-scroll";
import type { GapState, QualityJudgement } from "./aggregate";
import { ScoreDistribution } from "./score-distribution";

export interface QualityRow {
  key: string;
  label: string;
  category: string;
  minimum: number | null;
  mandatory: boolean;
  state: GapState;
  latest: { score: number; assessedOn: string; stale: boolean } | null;
  min: number | null;
  max: number | null;
  distribution: [number, number, number, number, number];
  assessments: number;
}

/** What the browser gets from a judgement: the aggregate's numbers, not which assessment gave them. */
export function toQualityRows(judgements: readonly QualityJudgement[]): QualityRow[] {
  return judgements.map((j) => ({
    key: j.key,
    label: j.label,
    category: j.category,
    minimum: j.minimum,
    mandatory: j.mandatory,
    state: j.state,
    latest: j.aggregate.latest && {
      score: j.aggregate.latest.score,
      assessedOn: j.aggregate.latest.assessedOn,
      stale: j.aggregate.latest.stale,
    },
    min: j.aggregate.min,
    max: j.aggregate.max,
    distribution: j.aggregate.distribution,
    assessments: j.aggregate.assessments,
  }));
}

const RESULT: Record<GapState, { words: (r: QualityRow) => string; style: CSSProperties }> = {
  gap: { words: (r) => `Gap: below ${r.minimum}`, style: { color: "#B3261E", fontWeight: 700 } },
  unassessed: { words: () => "Not assessed", style: { color: "#4A5663", fontStyle: "italic" } },
  meets: { words: () => "Meets", style: { color: "#1B6E3A", fontWeight: 700 } },
  no_minimum: { words: () => "No minimum set", style: { color: "#4A5663" } },
};

export const DATED_STYLE = {
  display: "inline-block",
  marginLeft: "0.25rem",
  padding: "0 0.25rem",
  border: "1px solid #8A5300",
  borderRadius: "0.25rem",
  color: "#8A5300",
  fontSize: "0.75rem",
  fontWeight: 700,
} as const;

/** "Dated": an assessment older than 24 months, in words beside its date. */
export function DatedTag() {
  return <span style={DATED_STYLE}>Dated</span>;
}

function Row({ r }: { r: QualityRow }) {
  const result = RESULT[r.state];
  return (
    <TableRow>
      <TableCell as="th" scope="row">
        {r.label}
        {r.mandatory ? (
          <>
            <br />
            <Text fontSize="xs">Mandatory</Text>
          </>
        ) : null}
      </TableCell>
      <TableCell>
        {r.latest ? (
          <>
            <Text fontWeight="bold">{r.latest.score}</Text> <Text fontSize="xs">({formatDate(r.latest.assessedOn)})</Text>
            {r.latest.stale ? <DatedTag /> : null}
          </>
        ) : (
          "—"
        )}
      </TableCell>
      <TableCell>{r.min === null ? "—" : r.min === r.max ? String(r.min) : `${r.min}–${r.max}`}</TableCell>
      <TableCell>
        <ScoreDistribution distribution={r.distribution} />
      </TableCell>
      <TableCell>{r.minimum ?? "None"}</TableCell>
      <TableCell>
        <span style={result.style}>{result.words(r)}</span>
      </TableCell>
    </TableRow>
  );
}

export function QualityAggregateTable({
  rows,
  caption,
  categories,
  minimumHeading = "Your minimum",
}: {
  rows: readonly QualityRow[];
  caption: string;
  /** Given: the rows are grouped under these categories, in this order. Absent: the rows' own order. */
  categories?: readonly { key: string; label: string }[];
  minimumHeading?: string;
}) {
  const groups = categories
    ? categories.map((c) => ({ key: c.key, label: c.label as string | null, rows: rows.filter((r) => r.category === c.key) }))
    : [{ key: "all", label: null, rows: [...rows] }];
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">Quality</TableHeader>
            <TableHeader scope="col">Latest score</TableHeader>
            <TableHeader scope="col">Spread</TableHeader>
            <TableHeader scope="col">Scores given (1 to 5)</TableHeader>
            <TableHeader scope="col">{minimumHeading}</TableHeader>
            <TableHeader scope="col">Result</TableHeader>
          </TableRow>
        </TableHead>
        {groups
          .filter((g) => g.rows.length > 0)
          .map((g) => (
            <TableBody key={g.key}>
              {g.label ? (
                <TableRow>
                  <TableHeader scope="rowgroup" colSpan={6}>
                    {g.label}
                  </TableHeader>
                </TableRow>
              ) : null}
              {g.rows.map((r) => (
                <Row key={r.key} r={r} />
              ))}
            </TableBody>
          ))}
      </Table>
    </TableScroll>
  );
}
