import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableWrapper } from "@ag.ds-next/react/table";

interface FieldDoc {
  name: string;
  type: string;
  meaning: string;
  example: string;
}

/** A data dictionary table: one row per field, with its type, meaning and an example value. */
export function FieldTable({ caption, fields, nameHeading = "Field" }: { caption: string; fields: FieldDoc[]; nameHeading?: string }) {
  return (
    <TableWrapper>
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
    </TableWrapper>
  );
}
