/**
 * The assessment form, built from the framework version the assessment uses: the stated use, then
 * one fieldset per quality, grouped by category. Uncontrolled inputs with default values, so it
 * works without JavaScript and shows exactly what was typed after a refused submission. Field
 * names (`score.<key>`, `justification.<key>`, `evidence.<key>`) are what form.server.ts reads.
 */
import { Form } from "@remix-run/react";
import { Button, ButtonGroup } from "@ag.ds-next/react/button";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import type { ReplyReader } from "~/platform/form-reply";
import { DEPLOYMENT_SIZES } from "~/reviews/vocabulary";
import { CsrfInput } from "~/ui/csrf-input";
import { byCategory, type FrameworkDocument, type FrameworkQuality } from "./framework";
import { JUSTIFICATION } from "./vocabulary";

/** What a stored assessment puts back into the form, keyed by field name. */
export function assessmentFormValues(a: {
  dataClassification: string;
  deploymentSize: string;
  useCase: string;
  assessedOn: string | null;
  scores: { qualityKey: string; score: number; justification: string; evidenceRef: string | null }[];
}): Record<string, string> {
  const values: Record<string, string> = {
    dataClassification: a.dataClassification,
    deploymentSize: a.deploymentSize,
    useCase: a.useCase,
    assessedOn: a.assessedOn ?? "",
  };
  for (const s of a.scores) {
    values[`score.${s.qualityKey}`] = String(s.score);
    values[`justification.${s.qualityKey}`] = s.justification;
    values[`evidence.${s.qualityKey}`] = s.evidenceRef ?? "";
  }
  return values;
}

/** The score choices, each with what the level means for this quality. */
export function scoreOptions(q: FrameworkQuality, empty = "Not assessed") {
  return [{ value: "", label: empty }, ...q.levels.map((meaning, i) => ({ value: String(i + 1), label: `${i + 1}: ${meaning}` }))];
}

/** Mandatory for every use, or only from a classification up (said in the hint, since the form cannot know the use yet). */
function mandatoryNote(q: FrameworkQuality): string | null {
  if (!q.mandatoryFrom) return null;
  return q.mandatoryFrom === "UNOFFICIAL"
    ? "Mandatory: it must be scored before you submit."
    : `Mandatory for ${q.mandatoryFrom} data and above.`;
}

export function AssessmentForm({
  document,
  stored,
  reply,
}: {
  document: FrameworkDocument;
  stored: Record<string, string>;
  reply: ReplyReader;
}) {
  const field = (name: string) => ({
    id: name,
    name,
    invalid: reply.invalid(name),
    message: reply.error(name),
    ...{ defaultValue: (reply.submitted ? reply.value(name) : stored[name]) ?? "" },
  });
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <Stack gap={3}>
        <section aria-labelledby="use-heading">
          <FormStack>
            <H2 id="use-heading">The use you assessed it for</H2>
            <Select
              label="Highest classification of data the agency will use it with"
              required
              maxWidth="lg"
              options={[{ value: "", label: "Choose a classification" }, ...CLASSIFICATIONS.map((c) => ({ value: c, label: c }))]}
              {...field("dataClassification")}
            />
            <Select
              label="Deployment size"
              required
              maxWidth="lg"
              options={[{ value: "", label: "Choose a size" }, ...DEPLOYMENT_SIZES.map((s) => ({ value: s, label: s }))]}
              {...field("deploymentSize")}
            />
            <Textarea
              label="What the agency will use it for"
              hint="Needed to submit (at least 10 characters). Do not include classified details."
              required={false}
              hideOptionalLabel
              maxWidth="xl"
              rows={4}
              {...field("useCase")}
            />
            <TextInput
              label="Date the assessment was finished"
              hint="Year-month-day, for example 2026-07-01. Left empty, the day you submit is used."
              maxWidth="sm"
              inputMode="numeric"
              {...field("assessedOn")}
            />
          </FormStack>
        </section>
        <Text as="p">
          Score only what you assessed; leave the rest as &quot;Not assessed&quot;. Every score needs a justification of {JUSTIFICATION.min}{" "}
          to {JUSTIFICATION.max.toLocaleString("en-AU")} characters before you submit: what you read, tested or were told. An evidence
          reference is optional: the document, clause or page the score rests on, for example &quot;Service terms s 12.3&quot;.
        </Text>
        {byCategory(document).map(({ category, qualities }) => (
          <section key={category.key} aria-labelledby={`category-${category.key}`}>
            <Stack gap={1.5}>
              <H2 id={`category-${category.key}`}>{category.label}</H2>
              {qualities.map((q) => {
                const note = mandatoryNote(q);
                return (
                  <Fieldset
                    key={q.key}
                    legend={note ? `${q.label} (mandatory)` : q.label}
                    hint={note ? `${q.question} ${note}` : q.question}
                  >
                    {/* Score beside its reasons where there is room: 31 qualities stacked three fields deep were 19,000 px. */}
                    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(16rem, 1fr))", gap: "1rem 2rem" }}>
                      <Select
                        label="Score"
                        required={q.mandatoryFrom === "UNOFFICIAL"}
                        block
                        options={scoreOptions(q)}
                        {...field(`score.${q.key}`)}
                      />
                      <Textarea
                        label="Justification"
                        required={false}
                        hideOptionalLabel
                        block
                        rows={3}
                        {...field(`justification.${q.key}`)}
                      />
                      <TextInput label="Evidence reference" block {...field(`evidence.${q.key}`)} />
                    </div>
                  </Fieldset>
                );
              })}
            </Stack>
          </section>
        ))}
        {/* "Save draft" comes first: pressing Enter in a field should never send the assessment to moderation. */}
        <ButtonGroup>
          <Button type="submit" variant="secondary" {...{ name: "intent", value: "save" }}>
            Save draft
          </Button>
          <Button type="submit" {...{ name: "intent", value: "submit" }}>
            Submit for moderation
          </Button>
        </ButtonGroup>
      </Stack>
    </Form>
  );
}
