/**
 * One assessment as a government reader sees it: who assessed what for which use, every score
 * against the minimum its own framework version sets for that use, and the agencies that rely on
 * it. Judged by the version the assessment used, never by today's, so it reads as it was written.
 */
import { Box } from "@ag.ds-next/react/box";
import { H2, H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { StatusBadge, type StatusBadgeTone } from "@ag.ds-next/react/status-badge";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CLASSIFICATIONS, type Classification } from "~/assurance/vocabulary";
import { formatDate } from "~/platform/dates";
import { TableScroll } from "~/ui/table-scroll";
import { isStale, STALE_AFTER_MONTHS } from "./aggregate";
import { byCategory, isMandatory, minimumFor, qualityByKey, type FrameworkDocument } from "./framework";
import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from "./vocabulary";

export const STATUS_TONES: Record<AssessmentStatus, StatusBadgeTone> = {
  draft: "notStartedLow",
  pending: "inProgressLow",
  published: "successMedium",
  rejected: "errorMedium",
};

export function AssessmentStatusBadge({ status }: { status: string }) {
  const s = (status in STATUS_TONES ? status : "draft") as AssessmentStatus;
  return <StatusBadge tone={STATUS_TONES[s]} label={ASSESSMENT_STATUS_LABELS[s]} />;
}

export function DatedTag() {
  return <StatusBadge appearance="subtle" tone="warningMedium" label="Dated" />;
}

interface Score {
  qualityKey: string;
  score: number;
  justification: string;
  evidenceRef: string | null;
}

interface Reliance {
  id: number;
  agencyName: string;
  notes: string;
  rescores: Record<string, { score: number; justification: string }>;
  createdAt: string;
}

export interface AssessmentViewData {
  status: string;
  agencyName: string;
  authorName: string;
  productSlug: string;
  productName: string;
  dataClassification: string;
  deploymentSize: string;
  useCase: string;
  assessedOn: string | null;
  frameworkVersion: number;
  rejectionReason: string | null;
  scores: Score[];
  reliances: Reliance[];
}

const asClassification = (c: string): Classification =>
  (CLASSIFICATIONS as readonly string[]).includes(c) ? (c as Classification) : "OFFICIAL";

const MINIMUM_SOURCE = { dta: "set by the DTA", proposed: "proposed by Cloud Exchange" } as const;

export function AssessmentFacts({ a, stale }: { a: AssessmentViewData; stale: boolean }) {
  return (
    <SummaryList>
      <SummaryListItem>
        <SummaryListItemTerm>Status</SummaryListItemTerm>
        <SummaryListItemDescription>
          <AssessmentStatusBadge status={a.status} />
        </SummaryListItemDescription>
      </SummaryListItem>
      <SummaryListItem>
        <SummaryListItemTerm>Product</SummaryListItemTerm>
        <SummaryListItemDescription>
          <TextLink href={`/products/${a.productSlug}`}>{a.productName}</TextLink>
        </SummaryListItemDescription>
      </SummaryListItem>
      <SummaryListItem>
        <SummaryListItemTerm>Assessed by</SummaryListItemTerm>
        <SummaryListItemDescription>
          {a.authorName}, {a.agencyName}
        </SummaryListItemDescription>
      </SummaryListItem>
      <SummaryListItem>
        <SummaryListItemTerm>Use</SummaryListItemTerm>
        <SummaryListItemDescription>
          {a.dataClassification} data; {a.deploymentSize}. {a.useCase}
        </SummaryListItemDescription>
      </SummaryListItem>
      <SummaryListItem>
        <SummaryListItemTerm>Assessed on</SummaryListItemTerm>
        <SummaryListItemDescription>
          {a.assessedOn ? formatDate(a.assessedOn) : "Not yet: the day it is submitted is used"}{" "}
          {stale ? (
            <>
              <DatedTag />{" "}
              <span style={{ marginLeft: "0.5rem" }}>
                More than {STALE_AFTER_MONTHS} months old: check whether the product or the agency&apos;s use has changed.
              </span>
            </>
          ) : null}
        </SummaryListItemDescription>
      </SummaryListItem>
      <SummaryListItem>
        <SummaryListItemTerm>Framework</SummaryListItemTerm>
        <SummaryListItemDescription>
          <TextLink href="/framework">Common assessment framework version {a.frameworkVersion}</TextLink>
        </SummaryListItemDescription>
      </SummaryListItem>
    </SummaryList>
  );
}

/** Every quality of the assessment's framework version, category by category, scored or not. */
export function ScoreTables({ a, document }: { a: AssessmentViewData; document: FrameworkDocument }) {
  const classification = asClassification(a.dataClassification);
  const scores = new Map(a.scores.map((s) => [s.qualityKey, s]));
  return (
    <Stack gap={2}>
      {byCategory(document).map(({ category, qualities }) => (
        <section key={category.key} aria-labelledby={`scores-${category.key}`}>
          <Stack gap={1}>
            <H3 id={`scores-${category.key}`}>{category.label}</H3>
            <TableScroll label={`${category.label}: scores`}>
              <Table striped>
                <TableCaption>
                  {category.label}: scores, with the minimum for {classification} data
                </TableCaption>
                <TableHead>
                  <TableRow>
                    <TableHeader scope="col">Quality</TableHeader>
                    <TableHeader scope="col">Score</TableHeader>
                    <TableHeader scope="col">Minimum for {classification}</TableHeader>
                    <TableHeader scope="col">Justification</TableHeader>
                    <TableHeader scope="col">Evidence</TableHeader>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {qualities.map((q) => {
                    const s = scores.get(q.key);
                    const min = minimumFor(q, classification);
                    const mandatory = isMandatory(q, classification);
                    return (
                      <TableRow key={q.key}>
                        <TableHeader scope="row">{q.label}</TableHeader>
                        <TableCell>
                          {s ? (
                            <>
                              <strong>{s.score}</strong>: {q.levels[s.score - 1]}
                              {s.score < min.minimum ? <> (below the minimum)</> : null}
                            </>
                          ) : (
                            <>Not assessed{mandatory ? " (mandatory)" : ""}</>
                          )}
                        </TableCell>
                        <TableCell>
                          {min.minimum}, {MINIMUM_SOURCE[min.source]}
                          {mandatory ? "; mandatory" : ""}
                        </TableCell>
                        <TableCell>
                          <span style={{ whiteSpace: "pre-line" }}>{s?.justification || "None"}</span>
                        </TableCell>
                        <TableCell>{s?.evidenceRef || "None"}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableScroll>
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

export function RelianceList({ reliances, document }: { reliances: Reliance[]; document: FrameworkDocument }) {
  const qualities = qualityByKey(document);
  if (reliances.length === 0) return <Text as="p">No other agency has recorded relying on this assessment yet.</Text>;
  return (
    <Stack as="ul" gap={1} aria-label="Agencies relying on this assessment">
      {reliances.map((r) => {
        const rescores = Object.entries(r.rescores);
        return (
          <Box as="li" key={r.id} border borderColor="muted" padding={1} rounded style={{ listStyle: "none" }}>
            <Stack gap={0.5}>
              <Text as="p" fontWeight="bold">
                {r.agencyName}, since {formatDate(r.createdAt.slice(0, 10))}
              </Text>
              <Text as="p" style={{ whiteSpace: "pre-line" }}>
                {r.notes || "No notes."}
              </Text>
              {rescores.length > 0 ? (
                <>
                  <Text as="p">Scored differently:</Text>
                  <ul>
                    {rescores.map(([key, rs]) => {
                      const q = qualities.get(key);
                      return (
                        <li key={key}>
                          {q?.label ?? key}: {rs.score}
                          {q ? ` (${q.levels[rs.score - 1]})` : ""}. {rs.justification}
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : null}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
}

/** The whole page body below the heading: facts, the moderator's reason when not published, scores, reliances. */
export function AssessmentView({ a, document, stale }: { a: AssessmentViewData; document: FrameworkDocument; stale: boolean }) {
  return (
    <Stack gap={2}>
      <AssessmentFacts a={a} stale={stale} />
      {a.status === "rejected" && a.rejectionReason ? (
        <Text as="p">
          <strong>Reason from the moderator:</strong> {a.rejectionReason}
        </Text>
      ) : null}
      <section aria-labelledby="scores-heading">
        <Stack gap={1}>
          <H2 id="scores-heading">Scores</H2>
          <Text as="p">
            {a.scores.length} of {document.qualities.length} qualities scored. Minimums are those of framework version {a.frameworkVersion}{" "}
            for {a.dataClassification} data.
          </Text>
          <ScoreTables a={a} document={document} />
        </Stack>
      </section>
      <section aria-labelledby="reliances">
        <Stack gap={1}>
          <H2 id="reliances">Agencies relying on it</H2>
          <RelianceList reliances={a.reliances} document={document} />
        </Stack>
      </section>
    </Stack>
  );
}

export interface AssessmentSummary {
  id: number;
  status: string;
  dataClassification: string;
  deploymentSize: string;
  assessedOn: string | null;
  updatedAt: string;
  rejectionReason: string | null;
  authorName: string;
  agencyName: string;
  productSlug: string;
  productName: string;
  frameworkVersion: number;
  reliedOnBy: number;
}

/** A list of assessments for /assessments: product, state, use, and where to read (or carry on). */
export function AssessmentSummaryList({
  items,
  label,
  empty,
  showAuthor = false,
  editable = false,
  today,
}: {
  items: AssessmentSummary[];
  label: string;
  empty: string;
  showAuthor?: boolean;
  editable?: boolean;
  today: string;
}) {
  if (items.length === 0) return <Text as="p">{empty}</Text>;
  return (
    <Stack as="ul" gap={1} aria-label={label}>
      {items.map((a) => {
        const dated = a.assessedOn !== null && a.status === "published" && isStale(a.assessedOn, today);
        return (
          <li key={a.id} style={{ listStyle: "none" }}>
            <Stack gap={0.5}>
              <Text as="p" fontWeight="bold">
                <TextLink href={`/assessments/${a.id}`}>{a.productName}</TextLink>
                {showAuthor ? `, by ${a.authorName}` : ""}
              </Text>
              <div>
                <AssessmentStatusBadge status={a.status} /> {dated ? <DatedTag /> : null}
              </div>
              <Text as="p" fontSize="sm">
                For {a.dataClassification} data, {a.deploymentSize}.{" "}
                {a.assessedOn ? `Assessed on ${formatDate(a.assessedOn)}. ` : `Last changed ${formatDate(a.updatedAt.slice(0, 10))}. `}
                Framework version {a.frameworkVersion}.{" "}
                {a.reliedOnBy > 0 ? `Relied on by ${a.reliedOnBy} ${a.reliedOnBy === 1 ? "agency" : "agencies"}.` : ""}
              </Text>
              {a.status === "rejected" && a.rejectionReason ? <Text as="p">Reason from the moderator: {a.rejectionReason}</Text> : null}
              {editable && a.status !== "published" ? (
                <Text as="p" fontSize="sm">
                  <TextLink href={`/assessments/${a.id}/edit`}>Carry on with this assessment</TextLink>
                </Text>
              ) : null}
            </Stack>
          </li>
        );
      })}
    </Stack>
  );
}
