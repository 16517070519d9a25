/**
 * "Rely on this assessment": the agency's notes and, folded away, the qualities it scores
 * differently (each with why). A native <details>, so it opens without JavaScript; it starts open
 * when a re-score was refused, so the message is in view.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";
import { scoreOptions } from "./assessment-form";
import type { FrameworkDocument } from "./framework";

export function RelianceForm({
  document,
  scored,
  reply,
}: {
  document: FrameworkDocument;
  /** The qualities the assessment scored, with its score: the ones an agency may see differently. */
  scored: { qualityKey: string; score: number }[];
  reply: ReplyReader;
}) {
  const field = (name: string) => ({
    id: name,
    name,
    invalid: reply.invalid(name),
    message: reply.error(name),
    ...{ defaultValue: reply.value(name) ?? "" },
  });
  const scoreOf = new Map(scored.map((s) => [s.qualityKey, s.score]));
  const qualities = document.qualities.filter((q) => scoreOf.has(q.key));
  const rescoreRefused = reply.errors.some((e) => e.name.startsWith("rescore.") || e.name.startsWith("rejustify."));
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value="rely" />
      <FormStack>
        <Textarea
          label="Your agency's notes"
          hint="For example, how your use differs, or what you checked again. Other government users read these."
          maxWidth="xl"
          rows={4}
          {...field("notes")}
        />
        {qualities.length > 0 ? (
          <details open={rescoreRefused}>
            <summary>Score some qualities differently (optional)</summary>
            <Stack gap={1.5}>
              <Text as="p">Leave a quality as &quot;Keep their score&quot; unless your agency judges it differently; say why.</Text>
              {qualities.map((q) => (
                <Fieldset key={q.key} legend={q.label} hint={`They scored it ${scoreOf.get(q.key)}: ${q.levels[scoreOf.get(q.key)! - 1]}`}>
                  <FormStack>
                    <Select
                      label="Your agency's score"
                      block
                      options={scoreOptions(q, "Keep their score")}
                      {...field(`rescore.${q.key}`)}
                    />
                    <Textarea label="Why your agency scores it so" maxWidth="xl" rows={2} {...field(`rejustify.${q.key}`)} />
                  </FormStack>
                </Fieldset>
              ))}
            </Stack>
          </details>
        ) : null}
        <div>
          <Button type="submit">Rely on this assessment</Button>
        </div>
      </FormStack>
    </Form>
  );
}

export function StopRelyingForm({ agencyName }: { agencyName: string }) {
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="intent" value="withdraw-reliance" />
      <Stack gap={1}>
        <Text as="p">{agencyName} relies on this assessment. If it no longer does, say so here; the record and its notes are removed.</Text>
        <div>
          <Button type="submit" variant="secondary">
            Stop relying on this assessment
          </Button>
        </div>
      </Stack>
    </Form>
  );
}
