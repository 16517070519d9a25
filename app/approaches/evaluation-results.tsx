/**
 * The evaluation's results: each response's mean score per criterion, its weighted total out of
 * 100 and its rank (equal totals share one, shown "=2"), what is still to be scored, a bar chart of
 * the totals (its numbers in a table beneath it), and who on the panel has not declared or stands
 * aside. The decision page and the decision record show the same table.
 */
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Text } from "@ag.ds-next/react/text";
import { formatAud } from "~/platform/money";
import { TableScroll } from "~/ui/table-scroll";
import { ScoreBars } from "./score-bars";

export interface RankingRow {
  responseId: number;
  productName: string;
  providerName: string;
  priceCents: number;
  total: number | null;
  rank: number | null;
  tied: boolean;
  missing: number;
  means: { criterionId: number; name: string; weight: number; mean: number | null }[];
}

/** "1", "=2" for a shared rank, or "Not ranked" while a response is still being scored. */
export const rankLabel = (r: { rank: number | null; tied: boolean }) => (r.rank === null ? "Not ranked" : `${r.tied ? "=" : ""}${r.rank}`);

/** "3 scores to come", or "Complete". */
export const missingLabel = (missing: number) => (missing === 0 ? "Complete" : `${missing} ${missing === 1 ? "score" : "scores"} to come`);

export function RankingTable({ rows, caption }: { rows: RankingRow[]; caption: string }) {
  const criteria = rows[0]?.means ?? [];
  return (
    <TableScroll label={caption}>
      <Table striped>
        <TableCaption>{caption}</TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">Rank</TableHeader>
            <TableHeader scope="col">Response</TableHeader>
            <TableHeader scope="col" textAlign="right">
              Price
            </TableHeader>
            {criteria.map((c) => (
              <TableHeader key={c.criterionId} scope="col" textAlign="right">
                {c.name} ({c.weight}%), mean of 10
              </TableHeader>
            ))}
            <TableHeader scope="col" textAlign="right">
              Weighted total of 100
            </TableHeader>
            <TableHeader scope="col">Scoring</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.responseId}>
              <TableCell>{rankLabel(r)}</TableCell>
              <TableHeader scope="row">
                {r.productName} <Text color="muted">({r.providerName})</Text>
              </TableHeader>
              <TableCell textAlign="right">{formatAud(r.priceCents / 100)}</TableCell>
              {r.means.map((m) => (
                <TableCell key={m.criterionId} textAlign="right">
                  {m.mean === null ? "Not scored" : m.mean}
                </TableCell>
              ))}
              <TableCell textAlign="right">{r.total === null ? "Not yet" : r.total}</TableCell>
              <TableCell>{missingLabel(r.missing)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

export interface PanelRow {
  userId: number;
  name: string;
  standing: "undeclared" | "conflict" | "declared";
}

export function PanelStandings({ panel }: { panel: PanelRow[] }) {
  const undeclared = panel.filter((p) => p.standing === "undeclared");
  const aside = panel.filter((p) => p.standing === "conflict");
  const counted = panel.length - undeclared.length - aside.length;
  return (
    <Stack gap={0.5}>
      <Text as="p">
        {counted} of {panel.length} {panel.length === 1 ? "evaluator's" : "evaluators'"} scores count.
      </Text>
      <ul aria-label="The panel's declarations">
        {undeclared.map((p) => (
          <li key={p.userId}>{p.name} has not yet declared their interests, so cannot score and the decision waits for them.</li>
        ))}
        {aside.map((p) => (
          <li key={p.userId}>{p.name} declared a conflict of interest and stands aside: their scores do not count.</li>
        ))}
        {undeclared.length + aside.length === 0 ? <li>Everyone on the panel has declared no conflict of interest.</li> : null}
      </ul>
    </Stack>
  );
}

export function EvaluationResults({ rows, panel }: { rows: RankingRow[]; panel: PanelRow[] }) {
  const totalled = rows.filter((r) => r.total !== null);
  return (
    <Stack gap={1.5}>
      {rows.length === 0 ? <Text as="p">No responses were submitted, so there is nothing to rank.</Text> : null}
      {rows.length > 0 ? <RankingTable rows={rows} caption="Scores and ranking" /> : null}
      {totalled.length > 0 ? (
        <ScoreBars
          id="weighted-totals"
          title="Weighted totals, out of 100"
          summary={totalled.map((r) => `${r.productName}: ${r.total} (rank ${rankLabel(r)})`).join("; ")}
          bars={totalled.map((r) => ({ label: r.productName, value: r.total! }))}
        />
      ) : null}
      <H3>The panel</H3>
      <PanelStandings panel={panel} />
    </Stack>
  );
}
