/**
 * The price list a provider proposes: a start date, a note, and items each with its tiers. Rows are
 * added by sending the form with intent add-item or add-tier:<item> (the action answers with what was
 * typed plus a blank row), so it works the same with and without JavaScript; blank rows are ignored.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import { visuallyHiddenStyles } from "@ag.ds-next/react/a11y";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";
import { itemField, MAX_ITEMS, MAX_TIERS, tierField } from "./price-form";
import { BILLING_PERIOD_LABELS, BILLING_PERIODS, GST_LABELS, GST_TREATMENTS, PRICE_UNIT_LABELS, PRICE_UNITS } from "./price-items";

const UNIT_OPTIONS = PRICE_UNITS.map((u) => ({ value: u, label: PRICE_UNIT_LABELS[u] }));
const GST_OPTIONS = GST_TREATMENTS.map((g) => ({ value: g, label: GST_LABELS[g] }));
const BILLING_OPTIONS = BILLING_PERIODS.map((b) => ({ value: b, label: BILLING_PERIOD_LABELS[b] }));

/** A button that sends the form with an intent; the design system's Button does not type name and value. */
const intent = (value: string) => ({ name: "intent", value });

export function PriceListForm({
  reply,
  initial,
  shape,
  today,
}: {
  reply: ReplyReader;
  /** What the form starts from before it is sent: the pending proposal or the newest approved list. */
  initial: Record<string, string>;
  /** Tier rows per item row. */
  shape: number[];
  today: string;
}) {
  const field = (name: string, fallback = "") => {
    const f = reply.field(name, initial[name] ?? fallback);
    return { ...f, ...{ defaultValue: f.defaultValue } };
  };
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      {/* Enter in a field submits the form's first button: make that the proposal, not "Add a tier". */}
      <button type="submit" {...intent("propose")} tabIndex={-1} aria-hidden="true" style={visuallyHiddenStyles} />
      <FormStack>
        <TextInput
          label="Prices start on"
          hint={`A date like ${today}: today or later`}
          maxWidth="md"
          required
          {...field("effectiveFrom")}
        />
        <Textarea
          label="Note for buyers"
          hint="What changed, or what the prices include"
          maxWidth="xl"
          rows={2}
          required={false}
          {...field("note")}
        />
        <Stack gap={1}>
          <H2 id="items" tabIndex={-1}>
            Price items
          </H2>
          <Text as="p">
            Prices are in dollars ex GST, up to 6 decimal places (0.0415). A tier's price applies to the units within it each month; the
            first tier starts at 0. A price of 0 is a free tier. Rows left empty are ignored.
          </Text>
          {reply.error("items") ? (
            <Text as="p" color="error" fontWeight="bold">
              {reply.error("items")}
            </Text>
          ) : null}
        </Stack>
        {shape.map((tiers, i) => (
          <Fieldset key={i} legend={`Item ${i + 1}${initial[itemField(i, "name")] ? `: ${initial[itemField(i, "name")]}` : ""}`}>
            <FormStack>
              <TextInput label="Name" maxWidth="xl" required {...field(itemField(i, "name"))} />
              <Select
                label="Unit"
                required
                placeholder="Choose a unit"
                options={UNIT_OPTIONS}
                maxWidth="lg"
                {...field(itemField(i, "unit"))}
              />
              <Select label="GST" required options={GST_OPTIONS} maxWidth="lg" {...field(itemField(i, "gst"), "taxable")} />
              <Select
                label="Billing"
                required
                options={BILLING_OPTIONS}
                maxWidth="lg"
                {...field(itemField(i, "billingPeriod"), "monthly")}
              />
              <TextInput
                label="Minimum term (months)"
                hint="0 to 120"
                maxWidth="sm"
                required={false}
                {...field(itemField(i, "minimumTermMonths"))}
              />
              <TextInput
                label="Minimum spend over the term ($ ex GST)"
                maxWidth="md"
                required={false}
                {...field(itemField(i, "minimumCommitment"))}
              />
              {Array.from({ length: tiers }, (_, j) => (
                <Fieldset key={j} legend={`Tier ${j + 1}`}>
                  <Stack gap={1} flexDirection={{ xs: "column", md: "row" }}>
                    <TextInput
                      label="From (units per month)"
                      hint={j === 0 ? "0 for the first tier" : "Above the tier before"}
                      maxWidth="sm"
                      required={j === 0}
                      {...field(tierField(i, j, "from"))}
                    />
                    <TextInput label="Price per unit ($ ex GST)" maxWidth="sm" required={j === 0} {...field(tierField(i, j, "price"))} />
                  </Stack>
                </Fieldset>
              ))}
              {tiers < MAX_TIERS ? (
                <div>
                  <Button type="submit" variant="tertiary" {...intent(`add-tier:${i}`)}>
                    {`Add a tier to item ${i + 1}`}
                  </Button>
                </div>
              ) : null}
            </FormStack>
          </Fieldset>
        ))}
        <div>
          {shape.length < MAX_ITEMS ? (
            <>
              <Button type="submit" variant="secondary" {...intent("add-item")}>
                Add another item
              </Button>{" "}
            </>
          ) : null}
          <Button type="submit" {...intent("propose")}>
            Propose these prices
          </Button>
        </div>
      </FormStack>
    </Form>
  );
}
