import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import type { FieldChange } from "./diff";

/** Before and after, one row per changed field. */
export function FieldChanges({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return <p>No field changes.</p>;
  return (
    <TableScroll>
      <Table>
        <caption className="visually-hidden">{caption}</caption>
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
                <del>{c.before}</del>
              </TableCell>
              <TableCell>
                <ins>{c.after}</ins>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
