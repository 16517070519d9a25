/**
 * The evaluation panel: who scores, and whether each has declared their interests. The owner adds
 * and removes colleagues from the same agency; each evaluator makes their own declaration here,
 * once, before they may score (an evaluator who declares a conflict stands aside).
 */
import { Form } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { Button } from "@ag.ds-next/react/button";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { Flex } from "@ag.ds-next/react/flex";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H3 } from "@ag.ds-next/react/heading";
import { Radio } from "@ag.ds-next/react/radio";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import type { ReplyReader } from "~/platform/form-reply";
import { formatDateTime } from "~/platform/dates";
import { CsrfInput } from "~/ui/csrf-input";

export interface PanelMember {
  userId: number;
  name: string;
  email: string;
  declaredAt: string | null;
  conflict: boolean | null;
  declaration: string | null;
}

const declared = (e: PanelMember) =>
  !e.declaredAt
    ? "Has not yet declared their interests"
    : e.conflict
      ? `Declared a conflict and stands aside: ${e.declaration}`
      : `Declared no conflict, ${formatDateTime(e.declaredAt)}`;

function DeclarationForm({ reply }: { reply: ReplyReader | null }) {
  const typed = reply?.value("conflict");
  return (
    <Form method="post" noValidate aria-labelledby="declare-heading">
      <CsrfInput />
      <input type="hidden" name="intent" value="declare" />
      <FormStack>
        <H3 id="declare-heading">Your declaration of interests</H3>
        <Text as="p">Declare before you score. It is made once and stays on the record.</Text>
        <ControlGroup
          id="conflict"
          label="Do you have a conflict of interest with any invited seller?"
          hint="For example: you, a relative or a close associate works for, owns shares in or has a contract with one of them."
          required
          block
          invalid={!!reply?.invalid("conflict")}
          message={reply?.error("conflict")}
        >
          <Radio name="conflict" value="no" {...{ defaultChecked: typed === "no" }}>
            No, I have no conflict of interest
          </Radio>
          <Radio name="conflict" value="yes" {...{ defaultChecked: typed === "yes" }}>
            Yes, I have a conflict of interest (I will stand aside from scoring)
          </Radio>
        </ControlGroup>
        <Textarea
          label="Your declaration"
          hint="Required if you have a conflict: describe it."
          required={false}
          hideOptionalLabel
          maxWidth="xl"
          rows={3}
          {...(reply ? reply.field("declaration") : { id: "declaration", name: "declaration", defaultValue: "" })}
        />
        <div>
          <Button type="submit" variant="secondary">
            Make the declaration
          </Button>
        </div>
      </FormStack>
    </Form>
  );
}

export function EvaluatorPanel({
  evaluators,
  ownerId,
  me,
  manage,
  changeable,
  reply,
}: {
  evaluators: PanelMember[];
  ownerId: number | null;
  me: number;
  /** The owner, who names and removes evaluators. */
  manage: boolean;
  /** Before the decision: the panel and declarations may still change. */
  changeable: boolean;
  /** The reply to whichever panel form was sent, keyed by its intent. */
  reply: { intent: string; reader: ReplyReader } | null;
}) {
  const forIntent = (intent: string) => (reply?.intent === intent ? reply.reader : null);
  const mine = evaluators.find((e) => e.userId === me);
  const addReply = forIntent("add-evaluator");
  const removeError = forIntent("remove-evaluator")?.errors[0]?.message;
  return (
    <Stack gap={1.5}>
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Evaluators">
        {evaluators.map((e) => (
          <Box as="li" key={e.userId} paddingY={0.75} borderBottom borderColor="muted">
            <Flex gap={1} justifyContent="space-between" alignItems="center" flexWrap="wrap">
              <Text as="p">
                <strong>{e.name}</strong>
                {e.userId === ownerId ? " (runs this approach)" : ""}: {declared(e)}
              </Text>
              {manage && changeable && e.userId !== ownerId ? (
                <Form method="post" aria-label={`Remove ${e.name} from the panel`}>
                  <CsrfInput />
                  <input type="hidden" name="intent" value="remove-evaluator" />
                  <input type="hidden" name="userId" value={e.userId} />
                  <Button type="submit" variant="tertiary" size="sm">
                    Remove {e.name}
                  </Button>
                </Form>
              ) : null}
            </Flex>
          </Box>
        ))}
      </ul>
      {removeError ? (
        <Text as="p" color="error">
          {removeError}
        </Text>
      ) : null}
      {manage && changeable ? (
        <Form method="post" noValidate aria-label="Add an evaluator">
          <CsrfInput />
          <input type="hidden" name="intent" value="add-evaluator" />
          <Flex gap={1} alignItems="flex-end" flexWrap="wrap">
            <TextInput
              label="Add a colleague to the panel"
              hint="Their e-mail address: they must have a Cloud Exchange account in your agency."
              type="email"
              required
              maxWidth="lg"
              {...(addReply ? addReply.field("email") : { id: "email", name: "email", defaultValue: "" })}
            />
            <Button type="submit" variant="secondary">
              Add evaluator
            </Button>
          </Flex>
        </Form>
      ) : null}
      {mine && !mine.declaredAt && changeable ? <DeclarationForm reply={forIntent("declare")} /> : null}
    </Stack>
  );
}
