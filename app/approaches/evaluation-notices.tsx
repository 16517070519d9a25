/**
 * What the evaluation page says around the responses: that they are sealed until the close (with
 * only their number), where the signed-in evaluator stands (declared, still to declare, standing
 * aside, or the decision already recorded), and which responses were withdrawn before the close.
 */
import { H3 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDateTime } from "~/platform/dates";
import { formatCanberra } from "./closing";
import type { ApproachStatus } from "./vocabulary";

export function SealedResponses({ state, closesAt, count, id }: { state: ApproachStatus; closesAt: string; count: number; id: number }) {
  if (state === "draft") {
    return (
      <PageAlert tone="info" title="Not sent yet">
        <Text as="p">
          This approach is still a draft: nobody can respond until it is <TextLink href={`/approaches/${id}`}>sent</TextLink>.
        </Text>
      </PageAlert>
    );
  }
  return (
    <PageAlert tone="info" title="Responses are sealed until the close">
      <Text as="p">
        Responses are sealed until {formatCanberra(closesAt)}. Nobody can read them before then, so that every seller has until the close.
      </Text>
      <Text as="p">
        <strong>{count === 0 ? "No responses are in yet." : `${count} ${count === 1 ? "response is" : "responses are"} in so far.`}</strong>
      </Text>
    </PageAlert>
  );
}

export function EvaluationStanding({ state, me, id }: { state: ApproachStatus; me: { standing: string } | null; id: number }) {
  if (state === "decided") {
    return (
      <PageAlert tone="info" title="The decision is recorded">
        <Text as="p">
          The scores below are final. Read the <TextLink href={`/approaches/${id}/decision`}>decision record</TextLink>.
        </Text>
      </PageAlert>
    );
  }
  if (!me) return null;
  if (me.standing === "undeclared") {
    return (
      <PageAlert tone="warning" title="Declare your interests before you score">
        <Text as="p">
          You have not yet declared whether you have a conflict of interest with any invited seller. Make your declaration on{" "}
          <TextLink href={`/approaches/${id}#declare-heading`}>the approach&apos;s page</TextLink>, then come back to score.
        </Text>
      </PageAlert>
    );
  }
  if (me.standing === "conflict") {
    return (
      <PageAlert tone="info" title="You stand aside from scoring">
        <Text as="p">You declared a conflict of interest, so you can read the responses but your scores would not count.</Text>
      </PageAlert>
    );
  }
  return null;
}

export function WithdrawnResponses({
  withdrawn,
}: {
  withdrawn: { id: number; productName: string; providerName: string; updatedAt: string }[];
}) {
  if (withdrawn.length === 0) return null;
  return (
    <Stack gap={0.5}>
      <H3>Withdrawn before the close</H3>
      <ul>
        {withdrawn.map((w) => (
          <li key={w.id}>
            {w.productName}, from {w.providerName}: withdrawn {formatDateTime(w.updatedAt)}. Not evaluated.
          </li>
        ))}
      </ul>
    </Stack>
  );
}
