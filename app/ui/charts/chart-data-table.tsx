import { Details } from "@ag.ds-next/react/details";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "../table-scroll";

/**
 * The numbers behind a chart as a table, behind a disclosure: for screen reader users who want
 * more than the chart's summary, and for anyone who wants to read or copy exact values.
 */
export function ChartDataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: (string | number)[][] }) {
  return (
    <Details label="Show the data as a table" iconBefore>
      <TableScroll>
        <Table striped>
          <TableCaption>{caption}</TableCaption>
          <TableHead>
            <TableRow>
              {columns.map((c, i) => (
                <TableHeader key={c} scope="col" textAlign={i === 0 ? "left" : "right"}>
                  {c}
                </TableHeader>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={String(row[0])}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <TableHeader key={i} scope="row">
                      {cell}
                    </TableHeader>
                  ) : (
                    <TableCell key={i} textAlign="right">
                      {cell}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </Details>
  );
}
