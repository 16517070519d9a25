/**
 * The requirements profile page's parts: the form a signed-in buyer saves, and the read-only list
 * of the framework's minimums an anonymous visitor sees. Both group qualities by category.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import type { MinimumSource } from "./framework";
import { MinimumSourceMarker } from "./minimum-source";

export interface ProfileQuality {
  key: string;
  label: string;
  frameworkMinimum: number;
  source: MinimumSource;
  mandatory: boolean;
}

export interface ProfileGroup {
  key: string;
  label: string;
  qualities: ProfileQuality[];
}

function hint(q: ProfileQuality): string {
  const base = `Framework minimum ${q.frameworkMinimum}: ${q.source === "dta" ? "the DTA's (Cloud Assessment Tool 2019)" : "proposed by Cloud Exchange, not DTA policy"}`;
  return q.mandatory ? `${base}. Mandatory: it cannot go below ${q.frameworkMinimum}.` : base;
}

/** Only the scores a buyer may choose: a mandatory quality offers nothing below the framework's minimum. */
function options(q: ProfileQuality) {
  const scores = [1, 2, 3, 4, 5]
    .filter((n) => !q.mandatory || n >= q.frameworkMinimum)
    .map((n) => ({ value: String(n), label: String(n) }));
  return q.mandatory ? scores : [{ value: "", label: "No minimum" }, ...scores];
}

export function ProfileForm({
  groups,
  classification,
  minimums,
  reply,
}: {
  groups: ProfileGroup[];
  classification: string;
  minimums: Record<string, number>;
  reply: ReplyReader;
}) {
  const saving = reply.submitted ? reply : null;
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value="save" />
      <Stack gap={2}>
        {saving ? <ErrorSummary errors={reply.errors} /> : null}
        {/* Chosen with "Show these minimums" above, so the hints below always match it. */}
        <input type="hidden" name="classification" value={classification} />
        <Text as="p">
          For <strong>{classification}</strong> data.
        </Text>
        {groups.map((g) => (
          <Fieldset key={g.key} legend={g.label}>
            {/* Side by side where there is room: 31 questions one under another made a 6,000 px page. */}
            <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(17rem, 1fr))", gap: "1.5rem 2rem" }}>
              {g.qualities.map((q) => (
                <Select
                  key={q.key}
                  label={q.label}
                  hint={hint(q)}
                  hideOptionalLabel
                  options={options(q)}
                  {...reply.field(`minimum.${q.key}`, minimums[q.key] === undefined ? "" : String(minimums[q.key]))}
                />
              ))}
            </div>
          </Fieldset>
        ))}
        <div>
          <Button type="submit">Save profile</Button>
        </div>
      </Stack>
    </Form>
  );
}

/** The framework's minimums, read-only, for visitors who are not signed in. */
export function ProfileMinimumsList({ groups }: { groups: ProfileGroup[] }) {
  return (
    <Stack gap={1.5}>
      {groups.map((g) => (
        <Stack as="section" key={g.key} gap={0.5} aria-labelledby={`group-${g.key}`}>
          <Text as="h3" id={`group-${g.key}`} fontWeight="bold" fontSize="md">
            {g.label}
          </Text>
          <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
            {g.qualities.map((q) => (
              <li key={q.key}>
                <Text>
                  {q.label}: minimum {q.frameworkMinimum} <MinimumSourceMarker source={q.source} />
                  {q.mandatory ? " (mandatory)" : ""}
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      ))}
    </Stack>
  );
}
