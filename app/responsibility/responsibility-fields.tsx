/**
 * The fields of a responsibility model: one fieldset per control area (who, and a one-line note)
 * and the community-rules checkbox. Shared by the administrator's direct edit and a provider
 * representative's proposal, so both forms ask the same question in the same words.
 * Field names and ids come from `partyField` / `noteField`, which the form parser and the error
 * summary's links rely on.
 */
import { Form } from "@remix-run/react";
import { Button, ButtonGroup, ButtonLink } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { PARTIES, PARTY_LABELS, type ControlArea, type Party } from "./areas";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";
import { NOTE_MAX, noteField, partyField } from "./form";

const PARTY_OPTIONS = PARTIES.map((p) => ({ value: p, label: PARTY_LABELS[p] }));

export interface ResponsibilityFieldRow {
  area: ControlArea;
  label: string;
  party: Party;
  note: string;
  defaultParty: Party;
}

export function ResponsibilityFields({
  rows,
  serviceModel,
  communityRulesRequired,
  providerCommunityRules,
  reply,
  initial = {},
}: {
  rows: ResponsibilityFieldRow[];
  serviceModel: string;
  communityRulesRequired: boolean;
  providerCommunityRules: boolean;
  /** The answer to a refused submission: its messages and what was typed. */
  reply: ReplyReader;
  /** A pending proposal to start from; the rows fill the gaps. */
  initial?: Record<string, string>;
}) {
  const value = (name: string, fallback: string) => (reply.submitted ? (reply.value(name) ?? "") : (initial[name] ?? fallback));
  const community = reply.submitted
    ? reply.value("communityRulesRequired") === "on"
    : initial.communityRulesRequired !== undefined
      ? initial.communityRulesRequired === "on"
      : communityRulesRequired;
  return (
    <Stack gap={2}>
      {rows.map((r) => (
        <Fieldset key={r.area} legend={r.label} hint={`Usual for ${serviceModel}: ${PARTY_LABELS[r.defaultParty]}`}>
          <Stack gap={1}>
            <Select
              label="Who is responsible"
              id={partyField(r.area)}
              name={partyField(r.area)}
              options={PARTY_OPTIONS}
              required
              invalid={reply.invalid(partyField(r.area))}
              message={reply.error(partyField(r.area))}
              {...{ defaultValue: value(partyField(r.area), r.party) }}
            />
            <TextInput
              label="One-line note"
              id={noteField(r.area)}
              name={noteField(r.area)}
              maxLength={NOTE_MAX}
              block
              // Needed only where the area leaves the usual split (the action says so next to it).
              required={false}
              hideOptionalLabel
              invalid={reply.invalid(noteField(r.area))}
              message={reply.error(noteField(r.area))}
              {...{ defaultValue: value(noteField(r.area), r.note) }}
            />
          </Stack>
        </Fieldset>
      ))}
      <Fieldset legend="Community rules">
        <Checkbox name="communityRulesRequired" {...{ defaultChecked: community }}>
          Customers must sign the provider's community rules before onboarding
        </Checkbox>
        {!providerCommunityRules ? (
          <Text as="p" fontSize="xs">
            The provider's own listing says it has no community rules.
          </Text>
        ) : null}
      </Fieldset>
    </Stack>
  );
}

/** The whole edit form around the fields: shared by the administrator's edit and a representative's proposal. */
export function ResponsibilityForm({
  model,
  reply,
  initial,
  submitLabel,
  cancelHref,
  saving = false,
}: {
  model: { rows: ResponsibilityFieldRow[]; serviceModel: string; communityRulesRequired: boolean; providerCommunityRules: boolean };
  reply: ReplyReader;
  initial?: Record<string, string>;
  submitLabel: string;
  cancelHref: string;
  saving?: boolean;
}) {
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <Stack gap={2}>
        <ResponsibilityFields
          rows={model.rows}
          serviceModel={model.serviceModel}
          communityRulesRequired={model.communityRulesRequired}
          providerCommunityRules={model.providerCommunityRules}
          reply={reply}
          initial={initial}
        />
        <ButtonGroup>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <ButtonLink variant="tertiary" href={cancelHref}>
            Cancel
          </ButtonLink>
        </ButtonGroup>
      </Stack>
    </Form>
  );
}
