/**
 * Writing an approach to market, new or a draft: the requirement, what to price, the close in
 * Canberra time, the weighted criteria and the products whose providers are invited. Uncontrolled
 * inputs with default values, so it works without JavaScript and, after a refusal, shows exactly
 * what was typed. Field names are the ones app/approaches/form.server.ts reads.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2 } from "@ag.ds-next/react/heading";
import { Radio } from "@ag.ds-next/react/radio";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";
import { LIMITS } from "./vocabulary";

/** The criteria rows the form shows at least: the filled ones, then blank rows up to this many. */
const CRITERIA_ROWS = 6;

export interface ProductChoice {
  id: number;
  name: string;
  providerName: string;
}

function rowCount(values: Record<string, string>, reply: ReplyReader): number {
  let last = -1;
  for (let i = 0; i < LIMITS.criteria; i++) {
    const typed = reply.submitted
      ? reply.value(`criteria[${i}].name`) || reply.value(`criteria[${i}].weight`)
      : values[`criteria[${i}].name`];
    if (typed) last = i;
  }
  return Math.min(LIMITS.criteria, Math.max(CRITERIA_ROWS, last + 2));
}

function ProductBoxes({ choices, checked, invalid }: { choices: ProductChoice[]; checked: (id: number) => boolean; invalid: boolean }) {
  return (
    <>
      {choices.map((p) => (
        <Checkbox key={p.id} name="products" value={String(p.id)} invalid={invalid} {...{ defaultChecked: checked(p.id) }}>
          {p.name}, by {p.providerName}
        </Checkbox>
      ))}
    </>
  );
}

export function ApproachForm({
  values,
  products,
  shortlisted,
  fitting,
  reply,
  submitLabel,
}: {
  /** Stored or starting values, by field name. */
  values: Record<string, string>;
  /** The product ids checked before any submission. */
  products: string[];
  shortlisted: ProductChoice[];
  fitting: ProductChoice[];
  reply: ReplyReader;
  submitLabel: string;
}) {
  const field = (name: string) => reply.field(name, values[name] ?? "");
  const rows = rowCount(values, reply);
  const price = reply.submitted ? reply.value("priceCriterion") : values.priceCriterion;
  const checkedIds = new Set(reply.submitted ? reply.values("products") : products);
  const checked = (id: number) => checkedIds.has(String(id));
  const productsInvalid = reply.invalid("products");
  return (
    <Form method="post" noValidate aria-label="Approach to market">
      <CsrfInput />
      <Stack gap={3}>
        <section aria-labelledby="requirement-heading">
          <FormStack>
            <H2 id="requirement-heading">The requirement</H2>
            <TextInput
              label="Title"
              hint="Sellers see it in their invitation."
              required
              maxWidth="xl"
              maxLength={LIMITS.title}
              {...field("title")}
            />
            <Textarea
              label="What you need"
              hint="Written in Markdown: # for a heading, - for a list item, **bold**, [a link](https://...). Sellers respond to this."
              required
              maxWidth="xl"
              rows={12}
              {...field("requirement")}
            />
            <Textarea
              label="What sellers should price"
              hint="The quantities and term every seller prices, so that their prices compare."
              required={false}
              hideOptionalLabel
              maxWidth="xl"
              rows={3}
              {...field("pricingBasis")}
            />
          </FormStack>
        </section>
        <section aria-labelledby="close-heading">
          <FormStack>
            <H2 id="close-heading">Closing date and time</H2>
            <Text as="p">
              Responses are accepted until this moment, by the server&apos;s clock; at the closing minute itself the approach has closed.
              Canberra keeps daylight saving time (AEDT) from the first Sunday in October and standard time (AEST) from the first Sunday in
              April.
            </Text>
            <TextInput
              label="Closing date"
              hint="Year-month-day, for example 2027-02-26."
              required
              maxWidth="sm"
              inputMode="numeric"
              {...field("closeDate")}
            />
            <TextInput
              label="Closing time (Canberra time, 24-hour)"
              hint="Hours and minutes, for example 14:00 for 2 pm."
              required
              maxWidth="sm"
              {...field("closeTime")}
            />
          </FormStack>
        </section>
        <section aria-labelledby="criteria-heading">
          <Stack gap={1.5}>
            <H2 id="criteria-heading">Evaluation criteria</H2>
            <div id="weights" tabIndex={-1}>
              <Text as="p">
                Responses are scored against each criterion and weighted: the weights must add up to 100. Mark one criterion as price. Clear
                a row&apos;s name and weight to leave it out.
              </Text>
              {reply.error("weights") ? (
                <Text as="p" color="error" fontWeight="bold">
                  {reply.error("weights")}
                </Text>
              ) : null}
            </div>
            {Array.from({ length: rows }, (_, i) => (
              <Fieldset key={i} legend={`Criterion ${i + 1}`}>
                <FormStack>
                  <TextInput
                    label="Name"
                    required={false}
                    hideOptionalLabel
                    maxWidth="xl"
                    maxLength={LIMITS.criterionName}
                    {...field(`criteria[${i}].name`)}
                  />
                  <Textarea
                    label="What it assesses"
                    required={false}
                    hideOptionalLabel
                    maxWidth="xl"
                    rows={2}
                    {...field(`criteria[${i}].description`)}
                  />
                  <TextInput
                    label="Weight (per cent)"
                    required={false}
                    hideOptionalLabel
                    maxWidth="xs"
                    inputMode="numeric"
                    {...field(`criteria[${i}].weight`)}
                  />
                  <Radio
                    name="priceCriterion"
                    value={String(i)}
                    invalid={reply.invalid("weights")}
                    {...{ defaultChecked: price === String(i) }}
                  >
                    This is the price criterion
                  </Radio>
                </FormStack>
              </Fieldset>
            ))}
          </Stack>
        </section>
        <section aria-labelledby="invite-heading">
          <Stack gap={1.5}>
            <H2 id="invite-heading">Who is invited</H2>
            <ControlGroup
              id="products"
              label="Invite the providers of these products"
              hint={`Each checked product's provider is invited to respond for it; at most ${LIMITS.invitations}.`}
              block
              invalid={productsInvalid}
              message={reply.error("products")}
            >
              {shortlisted.length === 0 ? <Text as="p">No products are on the shortlist.</Text> : null}
              <ProductBoxes choices={shortlisted} checked={checked} invalid={productsInvalid} />
            </ControlGroup>
            {fitting.length > 0 ? (
              <details open={fitting.some((p) => checked(p.id))}>
                <summary>
                  Also invite every provider whose product fits your purchase ({fitting.length}{" "}
                  {fitting.length === 1 ? "product" : "products"})
                </summary>
                <ControlGroup label="Products that meet every product rule for your purchase" block invalid={productsInvalid}>
                  <ProductBoxes choices={fitting} checked={checked} invalid={productsInvalid} />
                </ControlGroup>
              </details>
            ) : null}
          </Stack>
        </section>
        <div>
          <Button type="submit">{submitLabel}</Button>
        </div>
      </Stack>
    </Form>
  );
}
