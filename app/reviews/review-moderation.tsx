import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { Textarea } from "@ag.ds-next/react/textarea";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";
import { ReviewText, ReviewWords } from "./review-text";

/** The answer to this item's last refused decision, if it was this item's. */
type Feedback = ReplyReader | undefined;

function Item({
  id,
  title,
  productSlug,
  productName,
  children,
}: {
  id: string;
  title: string;
  productSlug: string;
  productName: string;
  children: ReactNode;
}) {
  return (
    <Box as="article" aria-labelledby={id} border borderColor="muted" padding={1.5} rounded>
      <Stack gap={1}>
        <H3 id={id}>{title}</H3>
        <Text as="p">
          Product: <TextLink href={`/products/${productSlug}`}>{productName}</TextLink>
        </Text>
        {children}
      </Stack>
    </Box>
  );
}

function Decide({
  kind,
  id,
  label,
  feedback,
  rejectLabel,
  extra,
}: {
  kind: "review" | "reply" | "report";
  id: number;
  label: string;
  feedback: Feedback;
  rejectLabel: string;
  extra?: ReactNode;
}) {
  return (
    <Stack gap={1}>
      {kind !== "report" ? (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="id" value={id} />
          <Button type="submit" {...{ name: "intent", value: `approve-${kind}` }}>
            Approve and publish
          </Button>
        </Form>
      ) : null}
      <Form method="post">
        <CsrfInput />
        <input type="hidden" name="id" value={id} />
        <Stack gap={0.5}>
          <Textarea
            label={kind === "report" ? `Resolution for ${label}` : `Reason for rejecting ${label}`}
            hint={
              kind === "report" ? "Kept with the report; shown to the author if you remove the review." : "The author sees this reason."
            }
            id={`reason-${kind}-${id}`}
            name="reason"
            rows={2}
            maxWidth="xl"
            invalid={feedback?.invalid("reason") ?? false}
            message={feedback?.error("reason")}
            {...{ defaultValue: feedback?.value("reason") ?? "" }}
          />
          {extra}
          <div>
            <Button
              type="submit"
              variant="secondary"
              {...{ name: "intent", value: kind === "report" ? "resolve-report" : `reject-${kind}` }}
            >
              {rejectLabel}
            </Button>
          </div>
        </Stack>
      </Form>
    </Stack>
  );
}

export function PendingReview({
  review: r,
  feedback,
}: {
  review: {
    id: number;
    overall: number;
    title: string;
    pros: string;
    cons: string;
    useCase: string;
    dataClassification: string;
    deploymentSize: string;
    monthsInUse: number;
    conflictOfInterest: string;
    authorName: string;
    agencyName: string | null;
    productSlug: string;
    productName: string;
  };
  feedback: Feedback;
}) {
  return (
    <Item
      id={`pending-review-${r.id}`}
      title={`Review ${r.id}: ${r.title || "(no title)"}, ${r.overall} out of 5`}
      productSlug={r.productSlug}
      productName={r.productName}
    >
      <Text as="p">
        By {r.authorName}, {r.agencyName ?? "agency not stated"}. {r.dataClassification}; {r.deploymentSize}; {r.monthsInUse} months in use.
      </Text>
      <Text as="p">Conflict of interest: {r.conflictOfInterest === "none" ? "none declared" : r.conflictOfInterest}</Text>
      <ReviewWords review={r} />
      <Decide kind="review" id={r.id} label={`review ${r.id}`} feedback={feedback} rejectLabel="Reject with this reason" />
    </Item>
  );
}

export function PendingReply({
  reply: r,
  feedback,
}: {
  reply: {
    id: number;
    body: string;
    providerName: string;
    reviewId: number;
    reviewTitle: string;
    reviewPros: string;
    productSlug: string;
    productName: string;
  };
  feedback: Feedback;
}) {
  return (
    <Item
      id={`pending-reply-${r.id}`}
      title={`Reply ${r.id} from ${r.providerName} to review ${r.reviewId}`}
      productSlug={r.productSlug}
      productName={r.productName}
    >
      <Text as="p">Review: {r.reviewTitle || r.reviewPros.slice(0, 120)}</Text>
      <ReviewText>{r.body}</ReviewText>
      <Decide kind="reply" id={r.id} label={`reply ${r.id}`} feedback={feedback} rejectLabel="Reject with this reason" />
    </Item>
  );
}

export function OpenReport({
  report: r,
  feedback,
}: {
  report: {
    id: number;
    reason: string;
    reviewId: number;
    reviewStatus: string;
    reviewTitle: string;
    reviewPros: string;
    reviewCons: string;
    productSlug: string;
    productName: string;
  };
  feedback: Feedback;
}) {
  return (
    <Item
      id={`open-report-${r.id}`}
      title={`Report ${r.id} about review ${r.reviewId} (${r.reviewStatus})`}
      productSlug={r.productSlug}
      productName={r.productName}
    >
      <Text as="p" fontWeight="bold">
        Concern
      </Text>
      <ReviewText>{r.reason}</ReviewText>
      <Text as="p" fontWeight="bold">
        The review
      </Text>
      <ReviewText>{`${r.reviewTitle ? `${r.reviewTitle}\n` : ""}Pros: ${r.reviewPros}\nCons: ${r.reviewCons}`}</ReviewText>
      <Decide
        kind="report"
        id={r.id}
        label={`report ${r.id}`}
        feedback={feedback}
        rejectLabel="Resolve report"
        extra={<Checkbox name="removeReview">Also remove the review (its author sees the resolution as the reason)</Checkbox>}
      />
    </Item>
  );
}
