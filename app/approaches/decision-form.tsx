/**
 * The decision, for the person running the approach: award one of the submitted responses (listed
 * in ranked order with their totals) or make no award, with the contract value, the AusTender
 * notice ID when known, the reason, and for every other response why it was not chosen (each
 * seller reads theirs in the debrief). It works without JavaScript, so every response's "why not"
 * box is shown, and the chosen one's is left blank.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2, H3 } from "@ag.ds-next/react/heading";
import { Radio } from "@ag.ds-next/react/radio";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { Textarea } from "@ag.ds-next/react/textarea";
import type { ReplyReader } from "~/platform/form-reply";
import { formatAud } from "~/platform/money";
import { CsrfInput } from "~/ui/csrf-input";
import { rankLabel, type RankingRow } from "./evaluation-results";

const standing = (r: RankingRow) => (r.total === null ? "not yet fully scored" : `ranked ${rankLabel(r)}, ${r.total} out of 100`);

export function DecisionForm({ rows, reply }: { rows: RankingRow[]; reply: ReplyReader }) {
  const outcome = reply.value("outcome");
  const chosen = reply.value("responseId");
  const whole = reply.error("");
  return (
    <Form method="post" noValidate aria-labelledby="decide-heading">
      <CsrfInput />
      <FormStack>
        <H2 id="decide-heading">Record the decision</H2>
        <Text as="p">
          The decision freezes the whole record with its checksum, and every seller that responded is told the outcome. It cannot be changed
          afterwards.
        </Text>
        {whole ? (
          <Text as="p" color="error">
            {whole}
          </Text>
        ) : null}
        <ControlGroup id="outcome" label="Outcome" required block invalid={reply.invalid("outcome")} message={reply.error("outcome")}>
          <Radio name="outcome" value="awarded" {...{ defaultChecked: outcome === "awarded" }}>
            Award a contract to one response
          </Radio>
          <Radio name="outcome" value="no_award" {...{ defaultChecked: outcome === "no_award" }}>
            Make no award
          </Radio>
        </ControlGroup>
        <ControlGroup
          id="responseId"
          label="The response you award"
          hint="In ranked order. Leave it if you make no award."
          required={false}
          hideOptionalLabel
          block
          invalid={reply.invalid("responseId")}
          message={reply.error("responseId")}
        >
          {rows.map((r) => (
            <Radio
              key={r.responseId}
              name="responseId"
              value={String(r.responseId)}
              {...{ defaultChecked: chosen === String(r.responseId) }}
            >
              {`${r.productName} (${r.providerName}): ${formatAud(r.priceCents / 100)}, ${standing(r)}`}
            </Radio>
          ))}
        </ControlGroup>
        <TextInput
          label="Contract value"
          hint="In dollars, GST inclusive, for example 480000. Only for an award."
          inputMode="decimal"
          maxWidth="md"
          required={false}
          hideOptionalLabel
          {...reply.field("contractValue")}
        />
        <TextInput
          label="AusTender contract notice ID"
          hint="CN followed by its digits, for example CN3912345. Leave it blank if it is not published yet."
          maxWidth="md"
          required={false}
          {...reply.field("austenderId")}
        />
        <Textarea
          label="The reason: why this response was chosen, or why no contract is awarded"
          hint="It is kept in the record. For no award, every seller is told there was none."
          required
          maxWidth="xl"
          rows={4}
          {...reply.field("reason")}
        />
        <H3>Why each other response was not chosen</H3>
        <Text as="p">Why it was not chosen: the seller is told in their debrief. Leave the box of the response you award blank.</Text>
        {rows.map((r) => (
          <Textarea
            key={r.responseId}
            label={`${r.productName} (${r.providerName}): why it was not chosen`}
            required={false}
            hideOptionalLabel
            maxWidth="xl"
            rows={3}
            {...reply.field(`notChosen.${r.responseId}`)}
          />
        ))}
        <div>
          <Button type="submit">Record the decision</Button>
        </div>
      </FormStack>
    </Form>
  );
}
