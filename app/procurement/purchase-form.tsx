import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2 } from "@ag.ds-next/react/heading";
import { Radio } from "@ag.ds-next/react/radio";
import { Select } from "@ag.ds-next/react/select";
import { TextInput } from "@ag.ds-next/react/text-input";
import { Textarea } from "@ag.ds-next/react/textarea";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import { E8_TARGETS, PANEL_LABELS, PANELS, PURCHASE_FIELDS, type PurchaseField } from "./purchase";
import { CsrfInput } from "~/ui/csrf-input";
import type { ReplyReader } from "~/platform/form-reply";
import { ErrorSummary } from "~/ui/error-summary";

const FIELD_LABELS: Record<PurchaseField, string> = {
  classification: "Classification of the data",
  sensitive: "The data is sensitive",
  wholeOfGovernment: "It is a whole-of-government system",
  costGstInc: "Whole-of-life cost, GST inclusive (dollars)",
  costExGst: "Whole-of-life cost, excluding GST (dollars)",
  initialTermMonths: "Initial term (months)",
  extensionMonths: "Extension options (months each)",
  extensionExercised: "An extension is being exercised",
  reviewRecorded: "A performance and deliverables review is recorded",
  signingDate: "Signing date",
  hostingContract: "This is a hosting contract",
  hostingContractKind: "New hosting contract or an extension",
  hcfExemption: "A Hosting Certification Framework exemption is recorded",
  panel: "How you are buying",
  dtaNotified: "The DTA has been notified (CPR paragraph 2.6)",
  ministerialExemption: "A joint ministerial exemption is recorded",
  liability: "Supplier's liability",
  liabilityJustification: "Justification for unlimited liability",
  targetE8: "Target Essential Eight level",
  considerFirstDone: "Consider First self-assessment done",
  fairCriteriaDone: "Fair Criteria Checklist completed",
  reuseConsidered: "Reuse options considered and recorded",
  nonCorporateEntity: "We are a non-corporate Commonwealth entity",
  establishingPanel: "We are establishing a panel",
};

type Values = Partial<Record<PurchaseField, string>>;

const isTrue = (v: string | undefined) => ["true", "on", "yes", "1"].includes((v ?? "").toLowerCase());

/**
 * The purchase form. Checkboxes follow a hidden "false" so unticking one is sent, not assumed.
 * `estimate` names the product whose prices made the stored cost, if they did, and links to it.
 */
export function PurchaseForm({
  stored,
  reply,
  estimate = null,
}: {
  stored: Values;
  reply: ReplyReader;
  estimate?: { productName: string; href: string } | null;
}) {
  // After a refused submission, what was typed; before, the stored purchase (or nothing).
  const value = (f: PurchaseField) => (reply.submitted ? reply.value(f) : stored[f]);
  const error = (f: PurchaseField) => reply.error(f);
  const text = (f: PurchaseField, hint?: string) => (
    <TextInput
      id={f}
      name={f}
      label={FIELD_LABELS[f]}
      hint={hint}
      required={f !== "extensionMonths" && f !== "signingDate"}
      invalid={!!error(f)}
      message={error(f)}
      {...{ defaultValue: value(f) ?? "" }}
    />
  );
  const flag = (f: PurchaseField, defaultOn = false) => (
    <div id={f} key={f}>
      <input type="hidden" name={f} value="false" />
      <Checkbox name={f} value="true" invalid={!!error(f)} {...{ defaultChecked: value(f) === undefined ? defaultOn : isTrue(value(f)) }}>
        {FIELD_LABELS[f]}
      </Checkbox>
    </div>
  );
  const radios = (f: PurchaseField, options: { value: string; label: string }[], fallback?: string, hint?: string) => (
    <ControlGroup id={f} label={FIELD_LABELS[f]} hint={hint} block required={!hint} invalid={!!error(f)} message={error(f)}>
      {options.map((o) => (
        <Radio key={o.value} name={f} value={o.value} {...{ defaultChecked: (value(f) ?? fallback) === o.value }}>
          {o.label}
        </Radio>
      ))}
    </ControlGroup>
  );
  return (
    <Form method="post" noValidate aria-label="Proposed purchase">
      <CsrfInput />
      <FormStack>
        <ErrorSummary
          errors={PURCHASE_FIELDS.flatMap((f) => {
            const message = error(f);
            return message ? [{ name: f, message: `${FIELD_LABELS[f]}: ${message}` }] : [];
          })}
        />
        <H2>The data</H2>
        <Select
          id="classification"
          name="classification"
          label={FIELD_LABELS.classification}
          required
          invalid={!!error("classification")}
          message={error("classification")}
          placeholder="Choose a classification"
          options={CLASSIFICATIONS.map((c) => ({ value: c, label: c }))}
          {...{ defaultValue: value("classification") ?? "" }}
        />
        {flag("sensitive")}
        {flag("wholeOfGovernment")}
        <H2>Cost and term</H2>
        <Text as="p">
          {estimate
            ? `The cost below is an estimate from the prices of ${estimate.productName}; typing a different cost, term or extension option replaces the estimate. `
            : "Type the cost, or build it from a product's prices. "}
          <TextLink href={estimate?.href ?? "/purchase/estimate"}>
            {estimate ? "Change the estimate" : "Estimate the cost from a product's prices"}
          </TextLink>
        </Text>
        {text("costGstInc", "Including every extension option, for example 250,000")}
        {text("costExGst", "For example 227,273")}
        {text("initialTermMonths", "Whole months, for example 36")}
        {text("extensionMonths", "Each option in whole months, separated by commas, for example 12, 12. Leave blank if there are none.")}
        {flag("extensionExercised")}
        {flag("reviewRecorded")}
        {text("signingDate", "Year-month-day, for example 2026-07-01. Leave blank to judge as if signed today.")}
        <H2>Hosting</H2>
        {flag("hostingContract")}
        {radios(
          "hostingContractKind",
          [
            { value: "new", label: "A new hosting contract" },
            { value: "extension", label: "An extension of an existing hosting contract" },
          ],
          undefined,
          "Only for a hosting contract",
        )}
        {flag("hcfExemption")}
        <H2>How you are buying</H2>
        {radios(
          "panel",
          PANELS.map((p) => ({ value: p, label: PANEL_LABELS[p] })),
          "none",
        )}
        {flag("dtaNotified")}
        {flag("ministerialExemption")}
        {flag("establishingPanel")}
        {flag("nonCorporateEntity", true)}
        <H2>Liability and security</H2>
        {radios("liability", [
          { value: "capped", label: "Capped" },
          { value: "unlimited", label: "Unlimited" },
        ])}
        <Textarea
          id="liabilityJustification"
          name="liabilityJustification"
          label={FIELD_LABELS.liabilityJustification}
          hint="The compelling reason, from your risk assessment, if liability is unlimited (up to 4,000 characters)"
          invalid={!!error("liabilityJustification")}
          message={error("liabilityJustification")}
          {...{ defaultValue: value("liabilityJustification") ?? "" }}
        />
        <Select
          id="targetE8"
          name="targetE8"
          label={FIELD_LABELS.targetE8}
          invalid={!!error("targetE8")}
          message={error("targetE8")}
          options={E8_TARGETS.map((t) => ({ value: t, label: t === "none" ? "No target" : t.replace("ML", "Maturity Level ") }))}
          {...{ defaultValue: value("targetE8") ?? "none" }}
        />
        <H2>Checklists</H2>
        {flag("considerFirstDone")}
        {flag("fairCriteriaDone")}
        {flag("reuseConsidered")}
        <div>
          <input type="hidden" name="intent" value="save" />
          <Button type="submit">Save proposed purchase</Button>
        </div>
      </FormStack>
    </Form>
  );
}
