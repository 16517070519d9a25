import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "./table-scroll";

interface FieldDoc {
  name: string;
  type: string;
  meaning: string;
  example: string;
}

/** A data dictionary table: one row per field, with its type, meaning and an example value. */
export function FieldTable({ caption, fields, nameHeading = "Field" }: { caption: string; fields: FieldDoc[]; nameHeading?: string }) {
  return (
    <TableScroll>
      <Table striped>
        <TableCaption>{caption}</TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">{nameHeading}</TableHeader>
            <TableHeader scope="col">Type</TableHeader>
            <TableHeader scope="col">Meaning</TableHeader>
            <TableHeader scope="col">Example</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((f) => (
            <TableRow key={f.name}>
              <TableHeader scope="row">
                <code>{f.name}</code>
              </TableHeader>
              <TableCell>{f.type}</TableCell>
              <TableCell>{f.meaning}</TableCell>
              <TableCell>
                <code>{f.example}</code>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
