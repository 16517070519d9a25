/**
 * An estimate as a buyer reads it: each line with its tier bands, the totals, and every
 * assumption in words. Lines are shown to the cent; the totals come from the exact sums, so a
 * column of rounded lines can differ from the total by a cent (the assumptions say so).
 */
import { H2, H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Text } from "@ag.ds-next/react/text";
import { formatAud } from "~/platform/money";
import { TableScroll } from "~/ui/table-scroll";
import type { CostEstimate, EstimateLine, TierBand } from "./estimate";
import { formatUnitPrice, GST_LABELS, PRICE_UNIT_LABELS } from "./price-items";

const dollars = (micros: number) => formatAud(micros / 1_000_000);
const count = (n: number) => n.toLocaleString("en-AU", { maximumFractionDigits: 3 });

const PERIOD = { monthly: "a month", yearly: "a year", once: "once" } as const;

function band(b: TierBand): string {
  const range = b.to === null ? `from ${count(b.from)}` : `${count(b.from)} to ${count(b.to)}`;
  return `${range}: ${count(b.units)} × ${formatUnitPrice(b.unitPriceMicros)} = ${dollars(b.amountMicros)}`;
}

function charged(line: EstimateLine): string {
  if (line.basis === "once") return "once";
  const per = line.monthlyExGstMicros === null ? "" : `${dollars(line.monthlyExGstMicros)} a month`;
  return `${per} × ${line.months} months`;
}

export function EstimateView({ estimate, productName }: { estimate: CostEstimate; productName: string }) {
  return (
    <section aria-labelledby="estimate-heading">
      <Stack gap={1.5}>
        <H2 id="estimate-heading">The estimate for {productName}</H2>
        <SummaryList>
          <SummaryListItem>
            <SummaryListItemTerm>Whole-of-life cost, GST inclusive</SummaryListItemTerm>
            <SummaryListItemDescription>
              <strong>{formatAud(estimate.totalGstInc)}</strong>
            </SummaryListItemDescription>
          </SummaryListItem>
          <SummaryListItem>
            <SummaryListItemTerm>Excluding GST</SummaryListItemTerm>
            <SummaryListItemDescription>{formatAud(estimate.totalExGst)}</SummaryListItemDescription>
          </SummaryListItem>
          <SummaryListItem>
            <SummaryListItemTerm>GST</SummaryListItemTerm>
            <SummaryListItemDescription>{formatAud(estimate.gst)}</SummaryListItemDescription>
          </SummaryListItem>
        </SummaryList>
        <TableScroll label="The estimate, line by line">
          <Table striped>
            <TableCaption>The estimate, line by line (ex GST)</TableCaption>
            <TableHead>
              <TableRow>
                <TableHeader scope="col">Item</TableHeader>
                <TableHeader scope="col">Units priced</TableHeader>
                <TableHeader scope="col">Charged</TableHeader>
                <TableHeader scope="col">Total ex GST</TableHeader>
                <TableHeader scope="col">GST</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {estimate.lines.map((line) => (
                <TableRow key={line.key}>
                  <TableHeader scope="row">{line.name}</TableHeader>
                  <TableCell>
                    {line.basis === "once"
                      ? `${count(line.unitsPerPeriod)}, charged once`
                      : `${count(line.unitsPerPeriod)} ${PERIOD[line.basis]}, priced ${PRICE_UNIT_LABELS[line.unit]}`}
                    <ul>
                      {line.tierBreakdown.map((b) => (
                        <li key={b.from}>{band(b)}</li>
                      ))}
                    </ul>
                  </TableCell>
                  <TableCell>
                    {charged(line)}
                    {line.minimumCommitmentApplied ? <> (minimum commitment charged)</> : null}
                    {line.minimumTermNote ? <> (minimum term)</> : null}
                  </TableCell>
                  <TableCell>{dollars(line.totalExGstMicros)}</TableCell>
                  <TableCell>{line.gst === "taxable" ? dollars(line.gstMicros) : GST_LABELS.gst_free}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
        <H3>Assumptions</H3>
        <ul>
          {estimate.assumptions.map((a) => (
            <li key={a}>
              <Text>{a}</Text>
            </li>
          ))}
        </ul>
      </Stack>
    </section>
  );
}
