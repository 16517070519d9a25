/**
 * Questions and answers as a seller reads them: the answers the buyer published to every invited
 * seller (nobody named: the question is worded by the buyer), the seller's own questions with
 * whether each is answered, and, while the approach is open, the form to ask another.
 */
import { Form } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { Button } from "@ag.ds-next/react/button";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2, H3 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import type { ReplyReader } from "~/platform/form-reply";
import { formatDateTime } from "~/platform/dates";
import { CsrfInput } from "~/ui/csrf-input";

export interface PublishedAnswer {
  id: number;
  question: string;
  answer: string;
  answeredAt: string;
}

export interface OwnQuestion {
  id: number;
  question: string;
  askedAt: string;
  answered: boolean;
}

const preLine = { whiteSpace: "pre-line" } as const;

export function PublishedAnswers({ answers }: { answers: PublishedAnswer[] }) {
  return (
    <section aria-labelledby="answers-heading">
      <Stack gap={1}>
        <H2 id="answers-heading">Questions and answers for every seller</H2>
        {answers.length === 0 ? (
          <Text as="p">The buyer has not published any answers yet.</Text>
        ) : (
          <ol style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Published questions and answers">
            {answers.map((a, i) => (
              <Box as="li" key={a.id} paddingY={1} borderBottom borderColor="muted">
                <Stack gap={0.5}>
                  <H3>Question {i + 1}</H3>
                  <Text as="p">
                    <span style={preLine}>{a.question}</span>
                  </Text>
                  <Text as="p">
                    <strong>Answer:</strong> <span style={preLine}>{a.answer}</span>
                  </Text>
                  <Text as="p" fontSize="xs" color="muted">
                    Published {formatDateTime(a.answeredAt)}
                  </Text>
                </Stack>
              </Box>
            ))}
          </ol>
        )}
      </Stack>
    </section>
  );
}

/** `reply` is the ask form's own answer (null when another form was sent); `open` whether questions may still be asked. */
export function OwnQuestions({ questions, open, reply }: { questions: OwnQuestion[]; open: boolean; reply: ReplyReader | null }) {
  const field = reply
    ? reply.field("question")
    : { id: "question", name: "question", invalid: false, message: undefined, defaultValue: "" };
  return (
    <section aria-labelledby="own-questions-heading">
      <Stack gap={1.5}>
        <H2 id="own-questions-heading">Your questions</H2>
        {questions.length === 0 ? (
          <Text as="p">You have not asked a question.</Text>
        ) : (
          <ul style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Your questions">
            {questions.map((q) => (
              <Box as="li" key={q.id} paddingY={1} borderBottom borderColor="muted">
                <Stack gap={0.5}>
                  <div>
                    {q.answered ? (
                      <StatusBadge tone="successLow" label="Answered" />
                    ) : (
                      <StatusBadge tone="pausedLow" label={open ? "Waiting" : "Not answered before the close"} />
                    )}
                  </div>
                  <Text as="p">
                    <span style={preLine}>{q.question}</span>
                  </Text>
                  <Text as="p" fontSize="xs" color="muted">
                    Asked {formatDateTime(q.askedAt)}
                    {q.answered ? ". The answer is published above, in the buyer's wording." : ""}
                  </Text>
                </Stack>
              </Box>
            ))}
          </ul>
        )}
        {open ? (
          <Form method="post" noValidate aria-labelledby="ask-heading">
            <CsrfInput />
            <input type="hidden" name="intent" value="ask" />
            <FormStack>
              <H3 id="ask-heading">Ask the buyer a question</H3>
              <Text as="p">
                Your question goes privately to the buyer. The answer goes to every invited seller, without naming who asked; the buyer may
                reword the question so that it does not give you away.
              </Text>
              <Textarea label="Your question" required maxWidth="xl" rows={4} {...field} />
              <div>
                <Button type="submit" variant="secondary">
                  Send the question to the buyer
                </Button>
              </div>
            </FormStack>
          </Form>
        ) : reply?.submitted && reply.errors.length > 0 ? (
          // Sent from a page drawn before the close: say why it was refused, and give back what was typed.
          <PageAlert tone="error" title="Your question was not sent">
            <Text as="p">{reply.errors[0].message}</Text>
            <Text as="p">
              What you typed: <span style={preLine}>{reply.value("question") ?? ""}</span>
            </Text>
          </PageAlert>
        ) : (
          <Text as="p">Questions closed with the approach.</Text>
        )}
      </Stack>
    </section>
  );
}
