/**
 * One submitted response as the evaluators read it (price, revision, the seller's text rendered and
 * sanitised on the server, their attachments) and, for an evaluator who may score, the form for
 * their own scores and comments on each criterion. Every response has a form on the same page, so
 * each field's id carries the response's id while its name stays the one parseScoresForm reads.
 */
import { Form } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { Button } from "@ag.ds-next/react/button";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H3, H4 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { Textarea } from "@ag.ds-next/react/textarea";
import { ArticleBody } from "~/guidance/article-body";
import { formatDateTime } from "~/platform/dates";
import type { ReplyReader } from "~/platform/form-reply";
import { formatAud } from "~/platform/money";
import { CsrfInput } from "~/ui/csrf-input";

export interface ScoredResponse {
  id: number;
  productName: string;
  providerName: string;
  priceCents: number;
  bodyHtml: string;
  attachments: { label: string; url: string }[];
  revision: number;
  submittedAt: string;
  updatedAt: string;
  priceGuide: number;
  myScores: Record<string, { score: string; comment: string }>;
}

export interface ScoringCriterion {
  id: number;
  name: string;
  description: string;
  weight: number;
  isPrice: boolean;
}

/** The id a score form's field has on the page (its name is `score.<criterionId>` or `comment.<criterionId>`). */
export const scoreFieldId = (responseId: number | string, name: string) => `response-${responseId}-${name.replace(".", "-")}`;

function ScoreForm({
  response,
  criteria,
  reply,
}: {
  response: ScoredResponse;
  criteria: ScoringCriterion[];
  /** The reply, when the last form sent was this response's. */
  reply: ReplyReader | null;
}) {
  const field = (name: string, initial: string) => {
    const f = reply ? reply.field(name, initial) : { name, invalid: false, message: undefined, defaultValue: initial };
    return { ...f, id: scoreFieldId(response.id, name) };
  };
  const whole = reply?.error("");
  return (
    <Form method="post" noValidate aria-labelledby={`score-heading-${response.id}`}>
      <CsrfInput />
      <input type="hidden" name="intent" value="score" />
      <input type="hidden" name="responseId" value={response.id} />
      <FormStack>
        <H4 id={`score-heading-${response.id}`}>Your scores for {response.productName}</H4>
        <Text as="p">Score each criterion from 0 to 10 and say why. You can leave a criterion blank and come back to it.</Text>
        {whole ? (
          <Text as="p" color="error">
            {whole}
          </Text>
        ) : null}
        {criteria.map((c) => {
          const mine = response.myScores[String(c.id)];
          return (
            <Box key={c.id} data-field>
              <Stack gap={0.75}>
                <TextInput
                  label={`${c.name} (weight ${c.weight}%): score out of 10`}
                  hint={
                    c.isPrice
                      ? `Price guide: ${response.priceGuide} (the lowest price scores 10; the others in proportion).`
                      : c.description || undefined
                  }
                  inputMode="numeric"
                  maxWidth="xs"
                  required={false}
                  hideOptionalLabel
                  {...field(`score.${c.id}`, mine?.score ?? "")}
                />
                <Textarea
                  label={`Why you gave that score for ${c.name}`}
                  required={false}
                  maxWidth="xl"
                  rows={2}
                  {...field(`comment.${c.id}`, mine?.comment ?? "")}
                />
              </Stack>
            </Box>
          );
        })}
        <div>
          <Button type="submit" variant="secondary">
            Save my scores for {response.productName}
          </Button>
        </div>
      </FormStack>
    </Form>
  );
}

export function ResponseScoring({
  response,
  criteria,
  canScore,
  reply,
}: {
  response: ScoredResponse;
  criteria: ScoringCriterion[];
  canScore: boolean;
  reply: ReplyReader | null;
}) {
  return (
    <Box
      as="article"
      id={`response-${response.id}`}
      paddingY={1.5}
      borderTop
      borderColor="muted"
      aria-labelledby={`response-heading-${response.id}`}
    >
      <Stack gap={1.5}>
        <H3 id={`response-heading-${response.id}`}>
          {response.productName}, from {response.providerName}
        </H3>
        <SummaryList>
          <SummaryListItem>
            <SummaryListItemTerm>Price (whole of life, GST inclusive)</SummaryListItemTerm>
            <SummaryListItemDescription>{formatAud(response.priceCents / 100)}</SummaryListItemDescription>
          </SummaryListItem>
          <SummaryListItem>
            <SummaryListItemTerm>Revision</SummaryListItemTerm>
            <SummaryListItemDescription>
              {response.revision === 1
                ? `First submitted ${formatDateTime(response.submittedAt)}`
                : `Revision ${response.revision}, ${formatDateTime(response.updatedAt)} (first submitted ${formatDateTime(response.submittedAt)})`}
            </SummaryListItemDescription>
          </SummaryListItem>
        </SummaryList>
        <ArticleBody html={response.bodyHtml} label={`The response for ${response.productName}`} />
        {response.attachments.length === 0 ? null : (
          <Stack gap={0.5}>
            <Text as="p" fontWeight="bold">
              Attachments (on the seller&apos;s site)
            </Text>
            <ul>
              {response.attachments.map((a) => (
                <li key={a.url}>
                  <a href={a.url} rel="noopener noreferrer external" target="_blank">
                    {a.label} (opens in a new tab)
                  </a>
                </li>
              ))}
            </ul>
          </Stack>
        )}
        {canScore ? <ScoreForm response={response} criteria={criteria} reply={reply} /> : null}
      </Stack>
    </Box>
  );
}
