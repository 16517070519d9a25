/**
 * The frozen decision record as the agency reads it back: the outcome, what was chosen and for how
 * much, the AusTender notice, the reasons (for the choice and for each other response), the ranking
 * as recorded, and the checksum with how to check a download against it. Everything shown here is
 * read from the stored canonical text, so the page says what the record says.
 */
import type { ReactNode } from "react";
import { H2, H3 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDateTime } from "~/platform/dates";
import { formatAud } from "~/platform/money";
import { RankingTable, type RankingRow } from "./evaluation-results";

/** The downloads' file name, so the page's `sha256sum` line names the file the browser saves. */
export const recordFilename = (approachId: number, extension: "json" | "pdf") => `approach-${approachId}-decision-record.${extension}`;

export interface RecordView {
  outcome: "awarded" | "no_award";
  product: string | null;
  provider: string | null;
  contractValueCents: number | null;
  austenderId: string | null;
  decidedAt: string;
  decidedBy: string | null;
  reason: string;
  notChosen: { responseId: number; product: string; provider: string; reason: string }[];
  ranking: RankingRow[];
  checksum: string;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <SummaryListItem>
      <SummaryListItemTerm>{term}</SummaryListItemTerm>
      <SummaryListItemDescription>{children}</SummaryListItemDescription>
    </SummaryListItem>
  );
}

export function DecisionRecord({ id, record: r }: { id: number; record: RecordView }) {
  const json = recordFilename(id, "json");
  return (
    <Stack gap={2}>
      <PageAlert tone="info" title="This record is final">
        <Text as="p">
          It was frozen when the decision was recorded, with the checksum below, and it never changes: not by anyone, not for any reason.
        </Text>
      </PageAlert>
      <section aria-labelledby="outcome-heading">
        <Stack gap={1.5}>
          <H2 id="outcome-heading">The decision</H2>
          <SummaryList>
            <Row term="Outcome">{r.outcome === "awarded" ? "Contract awarded" : "No award"}</Row>
            {r.outcome === "awarded" ? (
              <>
                <Row term="Chosen response">
                  {r.product}, from {r.provider}
                </Row>
                <Row term="Contract value (GST inclusive)">
                  {r.contractValueCents === null ? "Not recorded" : formatAud(r.contractValueCents / 100)}
                </Row>
                <Row term="AusTender contract notice">{r.austenderId ?? "Not yet published"}</Row>
              </>
            ) : null}
            <Row term="Decided">
              {formatDateTime(r.decidedAt)}
              {r.decidedBy ? ` by ${r.decidedBy}` : ""}
            </Row>
            <Row term={r.outcome === "awarded" ? "Why this response was chosen" : "Why no contract is awarded"}>{r.reason}</Row>
          </SummaryList>
          {r.notChosen.length === 0 ? null : (
            <Stack gap={0.5}>
              <H3>Why the other responses were not chosen</H3>
              <ul>
                {r.notChosen.map((n) => (
                  <li key={n.responseId}>
                    <strong>
                      {n.product}
                      {n.provider ? ` (${n.provider})` : ""}
                    </strong>
                    : {n.reason}
                  </li>
                ))}
              </ul>
            </Stack>
          )}
        </Stack>
      </section>
      <section aria-labelledby="ranking-heading">
        <Stack gap={1.5}>
          <H2 id="ranking-heading">The ranking, as recorded</H2>
          {r.ranking.length === 0 ? (
            <Text as="p">No responses were submitted.</Text>
          ) : (
            <RankingTable rows={r.ranking} caption="The ranking, as recorded" />
          )}
        </Stack>
      </section>
      <section aria-labelledby="checksum-heading">
        <Stack gap={1}>
          <H2 id="checksum-heading">Download and check the record</H2>
          <Text as="p">
            <TextLink href={`/approaches/${id}/record.json`} download={json}>
              The record as JSON
            </TextLink>{" "}
            (the exact text the checksum was taken of) ·{" "}
            <TextLink href={`/approaches/${id}/record.pdf`} download={recordFilename(id, "pdf")}>
              The record as PDF
            </TextLink>{" "}
            (to print or file)
          </Text>
          <Text as="p">
            {/* 64 characters with no break in them would push a phone's page sideways: let it wrap anywhere. */}
            SHA-256 checksum of the JSON:{" "}
            <code data-checksum style={{ overflowWrap: "anywhere" }}>
              {r.checksum}
            </code>
          </Text>
          <Text as="p">To check a download, run this where you saved it; it prints the same checksum if the file is unchanged:</Text>
          <pre style={{ overflowX: "auto", margin: 0 }}>
            <code>sha256sum {json}</code>
          </pre>
        </Stack>
      </section>
    </Stack>
  );
}
