/**
 * The editors' new-version form, field by field (the checks are in framework-form.server.ts).
 * Each quality's fields sit in a disclosure so the 31 qualities fit on one page; one with a
 * problem opens, so the error summary's link lands on a visible field, with or without JavaScript.
 */
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { TextInput } from "@ag.ds-next/react/text-input";
import { Textarea } from "@ag.ds-next/react/textarea";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import type { ReplyReader } from "~/platform/form-reply";
import { byCategory, type FrameworkDocument, type FrameworkQuality } from "./framework";
import { SOURCE_WORDS } from "./minimum-source";

const SCORE_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
const RAISE_OPTIONS = [{ value: "", label: "No higher minimum" }, ...SCORE_OPTIONS];
const SOURCE_OPTIONS = (["dta", "proposed"] as const).map((s) => ({ value: s, label: SOURCE_WORDS[s].long }));
const MANDATORY_OPTIONS = [
  { value: "", label: "Not mandatory" },
  ...CLASSIFICATIONS.map((c) => ({ value: c, label: c === "UNOFFICIAL" ? "Always (every classification)" : `From ${c} up` })),
];

type Field = ReplyReader["field"];

function QualityFields({ quality, field, open }: { quality: FrameworkQuality; field: (name: string) => ReturnType<Field>; open: boolean }) {
  const p = `q.${quality.key}`;
  return (
    <details open={open} style={{ borderTop: "1px solid #BFC1C3", padding: "0.75rem 0" }}>
      <summary style={{ cursor: "pointer", fontWeight: 700, minHeight: "24px" }}>
        {quality.label} (minimum {quality.minimum})
      </summary>
      <div style={{ paddingTop: "1rem" }}>
        <Fieldset legend={`${quality.label}: wording and minimums`}>
          <FormStack>
            <TextInput label="Label" required maxWidth="xl" {...field(`${p}.label`)} />
            <Textarea label="Question the assessor answers" required maxWidth="xl" {...field(`${p}.question`)} />
            <Select label="Minimum for OFFICIAL data and below" required options={SCORE_OPTIONS} {...field(`${p}.minimum`)} />
            <Select label="Who set that minimum" required options={SOURCE_OPTIONS} {...field(`${p}.minimumSource`)} />
            <Select
              label="Minimum from OFFICIAL: Sensitive up"
              hint="No lower than the base minimum. A changed figure is shown as proposed by Cloud Exchange."
              hideOptionalLabel
              options={RAISE_OPTIONS}
              {...field(`${p}.sensitive`)}
            />
            <Select
              label="Minimum from PROTECTED up"
              hint="No lower than the base or OFFICIAL: Sensitive minimum."
              hideOptionalLabel
              options={RAISE_OPTIONS}
              {...field(`${p}.protected`)}
            />
            <Select label="Mandatory" hideOptionalLabel options={MANDATORY_OPTIONS} {...field(`${p}.mandatoryFrom`)} />
          </FormStack>
        </Fieldset>
      </div>
    </details>
  );
}

export function FrameworkQualityFields({
  document,
  reply,
  defaults,
}: {
  document: FrameworkDocument;
  reply: ReplyReader;
  defaults: Record<string, string>;
}) {
  const field = (name: string) => reply.field(name, defaults[name] ?? "");
  const hasError = (key: string) => reply.errors.some((e) => e.name.startsWith(`q.${key}.`));
  return (
    <>
      {byCategory(document).map(({ category, qualities }) => (
        <Stack as="section" key={category.key} gap={0.5} aria-labelledby={`category-${category.key}`}>
          <H2 id={`category-${category.key}`}>{category.label}</H2>
          {qualities.map((q) => (
            <QualityFields key={q.key} quality={q} field={field} open={hasError(q.key)} />
          ))}
        </Stack>
      ))}
    </>
  );
}
