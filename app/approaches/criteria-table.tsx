/** The evaluation criteria and their weights, as the buyer and every invited seller read them. */
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";

export interface CriterionRow {
  id: number;
  name: string;
  description: string;
  weight: number;
  isPrice: boolean;
}

export function CriteriaTable({ criteria }: { criteria: readonly CriterionRow[] }) {
  return (
    <TableScroll>
      <Table striped>
        <TableCaption>Evaluation criteria and their weights</TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">Criterion</TableHeader>
            <TableHeader scope="col">What it assesses</TableHeader>
            <TableHeader scope="col" textAlign="right">
              Weight
            </TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {criteria.map((c) => (
            <TableRow key={c.id}>
              <TableHeader scope="row">
                {c.name}
                {c.isPrice ? " (price)" : ""}
              </TableHeader>
              <TableCell>{c.description}</TableCell>
              <TableCell textAlign="right">{c.weight}%</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
