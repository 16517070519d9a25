/**
 * The decision as one seller may read it: whether each of their own responses was chosen, their own
 * scores (the mean of the evaluators' scores on each criterion, from the frozen decision record)
 * and the reason they were given. Never another seller's name, price or score.
 */
import { H2, H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Text } from "@ag.ds-next/react/text";
import { formatDateTime } from "~/platform/dates";
import { formatAud } from "~/platform/money";
import { TableScroll } from "~/ui/table-scroll";

export interface SellerOutcome {
  outcome: "awarded" | "no_award";
  decidedAt: string;
  contractValueCents: number | null;
  yours: {
    productId: number;
    productName: string;
    chosen: boolean;
    total: number | null;
    scores: { criterion: string; weight: number; mean: number | null }[];
    reason: string;
  }[];
}

export function SellerOutcomeSection({ outcome }: { outcome: SellerOutcome }) {
  return (
    <section aria-labelledby="outcome-heading">
      <Stack gap={1.5}>
        <H2 id="outcome-heading">The decision</H2>
        <Text as="p">
          Decided {formatDateTime(outcome.decidedAt)}.{" "}
          {outcome.outcome === "no_award"
            ? "No contract was awarded."
            : outcome.yours.some((y) => y.chosen)
              ? ""
              : "The contract was awarded to another response."}
        </Text>
        {outcome.yours.length === 0 ? <Text as="p">You had no response in the evaluation.</Text> : null}
        {outcome.yours.map((y) => (
          <Stack key={y.productId} gap={1}>
            <H3>
              {y.productName}: <StatusBadge tone={y.chosen ? "successMedium" : "infoLow"} label={y.chosen ? "Chosen" : "Not chosen"} />
            </H3>
            {y.chosen ? (
              <Text as="p">
                The buyer chose your response
                {outcome.contractValueCents !== null
                  ? `, for a contract value of ${formatAud(outcome.contractValueCents / 100)} GST inclusive`
                  : ""}
                . They will contact you to finalise the contract.
              </Text>
            ) : (
              <Text as="p">
                <strong>Why it was not chosen:</strong> <span style={{ whiteSpace: "pre-line" }}>{y.reason || "No reason recorded."}</span>
              </Text>
            )}
            <TableScroll>
              <Table striped>
                <TableCaption>
                  Your scores for {y.productName}: each criterion out of 10, the mean of the evaluators&apos; scores
                </TableCaption>
                <TableHead>
                  <TableRow>
                    <TableHeader scope="col">Criterion</TableHeader>
                    <TableHeader scope="col" textAlign="right">
                      Weight
                    </TableHeader>
                    <TableHeader scope="col" textAlign="right">
                      Your score
                    </TableHeader>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {y.scores.map((s) => (
                    <TableRow key={s.criterion}>
                      <TableHeader scope="row">{s.criterion}</TableHeader>
                      <TableCell textAlign="right">{s.weight}%</TableCell>
                      <TableCell textAlign="right">{s.mean === null ? "Not scored" : s.mean}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            <Text as="p">{y.total === null ? "Your response was not fully scored." : `Your weighted total: ${y.total} out of 100.`}</Text>
          </Stack>
        ))}
      </Stack>
    </section>
  );
}
