/**
 * A product's published assessments for government users: which agency, for what use, when, and
 * how many others rely on it. Never rendered for the public (the loader sends no list to them).
 */
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import { TableScroll } from "~/ui/table-scroll";
import { DatedTag } from "./quality-aggregate-table";

export interface PublishedAssessmentRow {
  id: number;
  agencyName: string;
  dataClassification: string;
  deploymentSize: string;
  assessedOn: string | null;
  stale: boolean;
  frameworkVersion: number;
  reliedOnBy: number;
}

export function PublishedAssessmentTable({ assessments, caption }: { assessments: readonly PublishedAssessmentRow[]; caption: string }) {
  if (assessments.length === 0) return null;
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">Agency</TableHeader>
            <TableHeader scope="col">Classification</TableHeader>
            <TableHeader scope="col">Deployment size</TableHeader>
            <TableHeader scope="col">Assessed</TableHeader>
            <TableHeader scope="col">Framework</TableHeader>
            <TableHeader scope="col">Relied on by</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {assessments.map((a) => (
            <TableRow key={a.id}>
              <TableCell as="th" scope="row">
                <TextLink href={`/assessments/${a.id}`}>{a.agencyName}</TextLink>
              </TableCell>
              <TableCell>{a.dataClassification}</TableCell>
              <TableCell>{a.deploymentSize}</TableCell>
              <TableCell>
                {a.assessedOn ? formatDate(a.assessedOn) : "Not dated"}
                {a.stale ? <DatedTag /> : null}
              </TableCell>
              <TableCell>Version {a.frameworkVersion}</TableCell>
              <TableCell>
                {a.reliedOnBy} {a.reliedOnBy === 1 ? "agency" : "agencies"}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
