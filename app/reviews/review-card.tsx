import { Form } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { Button } from "@ag.ds-next/react/button";
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import type { ProductReviewSection } from "./review-view";
import { RATING_DIMENSIONS } from "./vocabulary";
import { CsrfInput } from "~/ui/csrf-input";
import { ReviewText, ReviewWords } from "./review-text";

type Review = ProductReviewSection["reviews"][number];

export function Stars({ value }: { value: number }) {
  return (
    <span>
      <span aria-hidden="true">{"★".repeat(value) + "☆".repeat(5 - value)} </span>
      {value} out of 5
    </span>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <SummaryListItem>
      <SummaryListItemTerm>{term}</SummaryListItemTerm>
      <SummaryListItemDescription>{children}</SummaryListItemDescription>
    </SummaryListItem>
  );
}

export function ReviewCard({
  review: r,
  signedIn,
  canReply,
  returnTo,
  loginHref,
}: {
  review: Review;
  signedIn: boolean;
  canReply: boolean;
  returnTo: string;
  loginHref: string;
}) {
  const heading = r.title || `${r.overall} out of 5`;
  return (
    <Box as="article" id={`review-${r.id}`} aria-labelledby={`review-${r.id}-title`} border borderColor="muted" padding={1.5} rounded>
      <Stack gap={1}>
        <H3 id={`review-${r.id}-title`}>{heading}</H3>
        <Text as="p">
          <strong>Verified: {r.agencyName ?? "Australian Government agency staff"}</strong>
          {r.reviewerName ? ` · ${r.reviewerName}` : ""}
          {r.publishedAt ? ` · ${formatDate(r.publishedAt.slice(0, 10))}` : ""}
        </Text>
        <Text as="p">
          Overall: <Stars value={r.overall} />
        </Text>
        <SummaryList>
          {RATING_DIMENSIONS.filter((d) => r[d.key] !== null).map((d) => (
            <Fact key={d.key} term={d.label}>{`${r[d.key]} out of 5`}</Fact>
          ))}
          <Fact term="Data classification used">{r.dataClassification}</Fact>
          <Fact term="Deployment size">{r.deploymentSize}</Fact>
          <Fact term="Months in use">{String(r.monthsInUse)}</Fact>
          <Fact term="Conflict of interest">{r.conflictOfInterest === "none" ? "None declared" : r.conflictOfInterest}</Fact>
        </SummaryList>
        <ReviewWords review={r} />
        {r.reply ? (
          <Box background="shade" padding={1} rounded>
            <Text as="p" fontWeight="bold">
              Reply from the provider
            </Text>
            <ReviewText>{r.reply.body}</ReviewText>
          </Box>
        ) : null}
        <Helpful review={r} signedIn={signedIn} returnTo={returnTo} loginHref={loginHref} />
        {/* Reporting and replying have pages of their own: their forms are not in every reader's scripts. */}
        {signedIn ? (
          <Text as="p">
            <TextLink href={`/reviews/${r.id}/report?redirectTo=${encodeURIComponent(returnTo)}`}>
              Report a concern about this review
            </TextLink>
          </Text>
        ) : null}
        {canReply ? <ReplyLink reviewId={r.id} status={r.replyState?.status ?? null} returnTo={returnTo} /> : null}
      </Stack>
    </Box>
  );
}

const REPLY_WORDS: Record<string, string> = {
  pending: "Your reply is waiting for moderation: change it",
  rejected: "Your reply was not published: write another",
};

function ReplyLink({ reviewId, status, returnTo }: { reviewId: number; status: string | null; returnTo: string }) {
  if (status === "published") return null;
  return (
    <Text as="p">
      <TextLink href={`/reviews/${reviewId}/reply?redirectTo=${encodeURIComponent(returnTo)}`}>
        {(status && REPLY_WORDS[status]) ?? "Reply to this review on behalf of the provider"}
      </TextLink>
    </Text>
  );
}

function Helpful({ review: r, signedIn, returnTo, loginHref }: { review: Review; signedIn: boolean; returnTo: string; loginHref: string }) {
  const count = `${r.helpfulCount} ${r.helpfulCount === 1 ? "person found" : "people found"} this helpful`;
  if (!signedIn)
    return (
      <Text as="p">
        {count}. <TextLink href={loginHref}>Sign in</TextLink> to vote or report a concern.
      </Text>
    );
  if (r.isOwn || r.viewerVoted)
    return (
      <Text as="p">
        {count}
        {r.viewerVoted ? ", including you" : ""}.
      </Text>
    );
  return (
    <Form method="post" action={`/reviews/${r.id}/vote`}>
      <CsrfInput />
      <input type="hidden" name="redirectTo" value={returnTo} />
      <Text as="p">{count}. </Text>
      <Button type="submit" variant="secondary" size="sm">
        This review was helpful
      </Button>
    </Form>
  );
}
