import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { OUTCOME_LABELS, type Outcome, type RuleResult } from "./results";
import { describeWindow } from "./rule-version";

const OUTCOME_TONES = {
  meets: "successMedium",
  does_not_meet: "errorMedium",
  needs_evidence: "warningMedium",
  not_applicable: "unknownLow",
} as const satisfies Record<Outcome, string>;

/** The outcome in words as well as colour, so it reads the same in print and to a screen reader. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return <StatusBadge appearance="subtle" tone={OUTCOME_TONES[outcome]} label={OUTCOME_LABELS[outcome]} />;
}

function VersionLine({ version }: { version: RuleResult["version"] }) {
  if (!version) return <>No version in force on the signing date</>;
  return (
    <>
      <TextLink href={version.sourceUrl} rel="noopener noreferrer">
        {version.sourceTitle}
      </TextLink>
      <br />
      <Text fontSize="xs">
        {version.owner}; version {version.version}, in force {describeWindow(version)}
      </Text>
    </>
  );
}

/** Every rule's outcome with its one-line reason, source, owner and version dates. */
export function RuleResults({ results, caption }: { results: RuleResult[]; caption: string }) {
  return (
    <TableScroll>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">Rule</TableHeader>
            <TableHeader scope="col">Outcome</TableHeader>
            <TableHeader scope="col">Why</TableHeader>
            <TableHeader scope="col">Source, owner and version</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {results.map((r) => (
            <TableRow key={r.key}>
              <TableCell as="th" scope="row">
                <TextLink href={`/rules/${r.key}`}>{r.name}</TextLink>
              </TableCell>
              <TableCell>
                <OutcomeBadge outcome={r.outcome} />
              </TableCell>
              <TableCell>{r.reason}</TableCell>
              <TableCell>
                <VersionLine version={r.version} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
