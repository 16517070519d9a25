/**
 * Sellers' questions as the agency reads them (with who asked: only the agency sees that), and,
 * while the approach is open, the owner's form for each unanswered one. The answer is published to
 * every invited seller with the question as the owner words it, so the form starts from the
 * seller's words and asks the owner to take out whatever would give the asker away.
 */
import { Form } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { Button } from "@ag.ds-next/react/button";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import type { ReplyReader } from "~/platform/form-reply";
import { formatDateTime } from "~/platform/dates";
import { CsrfInput } from "~/ui/csrf-input";

export interface BuyerQuestion {
  id: number;
  providerName: string;
  question: string;
  askedAt: string;
  publishedQuestion: string | null;
  answer: string | null;
  answeredAt: string | null;
}

/** The answer form's field ids carry the question's id, so each of several forms has its own. */
export const answerFieldId = (name: "publishedQuestion" | "answer", questionId: number | string) => `${name}.${questionId}`;

function AnswerForm({ q, reply }: { q: BuyerQuestion; reply: ReplyReader | null }) {
  const field = (name: "publishedQuestion" | "answer", initial: string) => {
    const id = answerFieldId(name, q.id);
    const message = reply?.error(name) ?? reply?.error(id);
    return { id, name, invalid: !!message, message, defaultValue: reply ? (reply.value(name) ?? "") : initial };
  };
  return (
    <Form method="post" noValidate aria-label={`Answer the question from ${q.providerName}`}>
      <CsrfInput />
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="questionId" value={q.id} />
      <FormStack>
        <Textarea
          label="The question, as every seller will read it"
          hint="Remove anything that identifies the asker: their name, their product, details only they would know."
          required
          maxWidth="xl"
          rows={3}
          {...field("publishedQuestion", q.question)}
        />
        <Textarea
          label="Your answer"
          hint="Published to every invited seller at once."
          required
          maxWidth="xl"
          rows={4}
          {...field("answer", "")}
        />
        <div>
          <Button type="submit" variant="secondary">
            Publish the answer to every seller
          </Button>
        </div>
      </FormStack>
    </Form>
  );
}

/** `answering` is whether the owner may answer now; `reply` the answer form's reply, if one was sent. */
export function QuestionList({
  questions,
  answering,
  reply,
}: {
  questions: BuyerQuestion[];
  answering: boolean;
  reply: ReplyReader | null;
}) {
  if (questions.length === 0) return <Text as="p">No seller has asked a question.</Text>;
  const replyFor = (id: number) => (reply && reply.value("questionId") === String(id) ? reply : null);
  return (
    <ol style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Questions from sellers">
      {questions.map((q) => (
        <Box as="li" key={q.id} paddingY={1} borderBottom borderColor="muted">
          <Stack gap={1}>
            <H3>Question from {q.providerName}</H3>
            <Text as="p" fontSize="xs" color="muted">
              Asked {formatDateTime(q.askedAt)}. Only your agency sees who asked.
            </Text>
            <Text as="p">
              <span style={{ whiteSpace: "pre-line" }}>{q.question}</span>
            </Text>
            {q.answeredAt ? (
              <>
                <Text as="p">
                  <strong>Published {formatDateTime(q.answeredAt)} as:</strong>{" "}
                  <span style={{ whiteSpace: "pre-line" }}>{q.publishedQuestion}</span>
                </Text>
                <Text as="p">
                  <strong>Answer:</strong> <span style={{ whiteSpace: "pre-line" }}>{q.answer}</span>
                </Text>
              </>
            ) : answering ? (
              <AnswerForm q={q} reply={replyFor(q.id)} />
            ) : (
              <Text as="p">Not answered.</Text>
            )}
          </Stack>
        </Box>
      ))}
    </ol>
  );
}
