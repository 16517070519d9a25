/**
 * An approach as its agency reads it: where it stands, the requirement (Markdown rendered and
 * sanitised on the server), what sellers price, the weighted criteria and who is invited.
 */
import { H2 } from "@ag.ds-next/react/heading";
import { StatusBadge, type StatusBadgeTone } from "@ag.ds-next/react/status-badge";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { ArticleBody } from "~/guidance/article-body";
import { CriteriaTable } from "./criteria-table";
import { formatDateTime } from "~/platform/dates";
import { formatCanberra } from "./closing";
import { STATUS_LABELS, type ApproachStatus } from "./vocabulary";

const STATE_TONES: Record<ApproachStatus, StatusBadgeTone> = {
  draft: "notStartedLow",
  open: "inProgressLow",
  closed: "infoMedium",
  decided: "successMedium",
};

export function ApproachStateBadge({ state }: { state: ApproachStatus }) {
  return <StatusBadge tone={STATE_TONES[state]} label={STATUS_LABELS[state]} />;
}

export interface OverviewApproach {
  state: ApproachStatus;
  agencyName: string;
  ownerName: string | null;
  closesAt: string;
  sentAt: string | null;
  pricingBasis: string;
  criteria: { id: number; name: string; description: string; weight: number; isPrice: boolean }[];
  invitations: { productId: number; productSlug: string; productName: string; providerName: string }[];
}

export function ApproachOverview({ a, requirementHtml, responses }: { a: OverviewApproach; requirementHtml: string; responses: number }) {
  return (
    <Stack gap={2}>
      <SummaryList>
        <SummaryListItem>
          <SummaryListItemTerm>State</SummaryListItemTerm>
          <SummaryListItemDescription>
            <ApproachStateBadge state={a.state} />
          </SummaryListItemDescription>
        </SummaryListItem>
        <SummaryListItem>
          <SummaryListItemTerm>Run by</SummaryListItemTerm>
          <SummaryListItemDescription>
            {a.ownerName ?? "A former member of staff"}, {a.agencyName}
          </SummaryListItemDescription>
        </SummaryListItem>
        <SummaryListItem>
          <SummaryListItemTerm>{a.state === "draft" || a.state === "open" ? "Closes" : "Closed"}</SummaryListItemTerm>
          <SummaryListItemDescription>{formatCanberra(a.closesAt)}</SummaryListItemDescription>
        </SummaryListItem>
        <SummaryListItem>
          <SummaryListItemTerm>Sent</SummaryListItemTerm>
          <SummaryListItemDescription>{a.sentAt ? formatDateTime(a.sentAt) : "Not yet"}</SummaryListItemDescription>
        </SummaryListItem>
        {a.state === "draft" ? null : (
          <SummaryListItem>
            <SummaryListItemTerm>Responses</SummaryListItemTerm>
            <SummaryListItemDescription>
              {responses} {responses === 1 ? "response" : "responses"} submitted
              {a.state === "open" ? " so far: the evaluators read them once the approach closes." : "."}
            </SummaryListItemDescription>
          </SummaryListItem>
        )}
      </SummaryList>
      <section aria-labelledby="requirement-heading">
        <Stack gap={1}>
          <H2 id="requirement-heading">The requirement</H2>
          <ArticleBody html={requirementHtml} label="The requirement" />
          <Text as="p">
            <strong>What sellers price:</strong> {a.pricingBasis || "Not stated."}
          </Text>
        </Stack>
      </section>
      <section aria-labelledby="criteria-heading">
        <Stack gap={1}>
          <H2 id="criteria-heading">Evaluation criteria</H2>
          <CriteriaTable criteria={a.criteria} />
        </Stack>
      </section>
      <section aria-labelledby="invited-heading">
        <Stack gap={1}>
          <H2 id="invited-heading">Invited</H2>
          {a.invitations.length === 0 ? (
            <Text as="p">No product is invited yet: edit the draft to invite at least one.</Text>
          ) : (
            <ul>
              {a.invitations.map((i) => (
                <li key={i.productId}>
                  <TextLink href={`/products/${i.productSlug}`}>{i.productName}</TextLink>, by {i.providerName}
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
