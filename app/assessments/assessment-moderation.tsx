/**
 * One submitted assessment in the moderation queue: what it is about, a link to read it whole
 * (administrators may read pending ones), and the two decisions. A rejection needs a reason,
 * which the author reads.
 */
import { Form } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { Button } from "@ag.ds-next/react/button";
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { Textarea } from "@ag.ds-next/react/textarea";
import type { ReplyReader } from "~/platform/form-reply";
import { formatDate } from "~/platform/dates";
import { CsrfInput } from "~/ui/csrf-input";

export function PendingAssessment({
  assessment: a,
  feedback,
}: {
  assessment: {
    id: number;
    submittedAt: string | null;
    dataClassification: string;
    deploymentSize: string;
    useCase: string;
    assessedOn: string | null;
    authorName: string;
    agencyName: string;
    productSlug: string;
    productName: string;
    frameworkVersion: number;
    scored: number;
  };
  feedback: ReplyReader | undefined;
}) {
  const reasonId = `reason-assessment-${a.id}`;
  return (
    <Box as="article" aria-labelledby={`pending-assessment-${a.id}`} border borderColor="muted" padding={1.5} rounded>
      <Stack gap={1}>
        <H3 id={`pending-assessment-${a.id}`}>
          Assessment {a.id}: {a.productName} by {a.agencyName}
        </H3>
        <Text as="p">
          Product: <TextLink href={`/products/${a.productSlug}`}>{a.productName}</TextLink>. By {a.authorName}, {a.agencyName}
          {a.submittedAt ? `, submitted ${formatDate(a.submittedAt.slice(0, 10))}` : ""}.
        </Text>
        <Text as="p">
          For {a.dataClassification} data, {a.deploymentSize}. {a.scored} qualities scored against framework version {a.frameworkVersion}
          {a.assessedOn ? `; assessed on ${formatDate(a.assessedOn)}` : ""}.
        </Text>
        <Text as="p" style={{ whiteSpace: "pre-line" }}>
          {a.useCase}
        </Text>
        <Text as="p">
          <TextLink href={`/assessments/${a.id}`}>Read assessment {a.id} in full</TextLink> (every score and justification) before you
          decide.
        </Text>
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="id" value={a.id} />
          <Button type="submit" {...{ name: "intent", value: "approve-assessment" }}>
            Approve and publish
          </Button>
        </Form>
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="id" value={a.id} />
          <Stack gap={0.5}>
            <Textarea
              label={`Reason for rejecting assessment ${a.id}`}
              hint="The author sees this reason and can change the assessment and submit it again."
              id={reasonId}
              name="reason"
              rows={2}
              maxWidth="xl"
              invalid={feedback?.invalid("reason") ?? false}
              message={feedback?.error("reason")}
              {...{ defaultValue: feedback?.value("reason") ?? "" }}
            />
            <div>
              <Button type="submit" variant="secondary" {...{ name: "intent", value: "reject-assessment" }}>
                Reject with this reason
              </Button>
            </div>
          </Stack>
        </Form>
      </Stack>
    </Box>
  );
}
