/**
 * The estimate page's forms. Choosing a product and showing an estimate are GETs (the address can
 * be kept and shared, and they work without JavaScript); using the estimate is a POST that repeats
 * the same inputs, so the server prices them again from the list in force rather than trusting a
 * total sent by the browser.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { Select } from "@ag.ds-next/react/select";
import { TextInput } from "@ag.ds-next/react/text-input";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { quantityField, quantityMeaning, type EstimateRequest } from "./estimate";
import { PRICE_UNIT_LABELS, type PriceItem } from "./price-items";
import { itemInWords } from "./price-words";

export function ProductPicker({
  products,
  selected,
  error,
}: {
  products: { slug: string; name: string; providerName: string }[];
  selected: string;
  error: string | undefined;
}) {
  return (
    <Form method="get" aria-label="Choose a product">
      <FormStack>
        <Select
          id="product"
          name="product"
          label="Product"
          hint="Products with approved prices in force today"
          required
          placeholder="Choose a product"
          invalid={!!error}
          message={error}
          options={products.map((p) => ({ value: p.slug, label: `${p.name} (${p.providerName})` }))}
          {...{ defaultValue: selected }}
        />
        <div>
          <Button type="submit" variant="secondary">
            Show its prices
          </Button>
        </div>
      </FormStack>
    </Form>
  );
}

/** What the quantity form starts with before anything is typed: the purchase's term and the stored estimate's quantities. */
export interface EstimateDefaults {
  termMonths: string;
  extensionMonths: string;
  quantities: Record<string, number>;
}

export function QuantitiesForm({
  slug,
  items,
  reply,
  defaults,
}: {
  slug: string;
  items: PriceItem[];
  reply: ReplyReader;
  defaults: EstimateDefaults;
}) {
  return (
    <Form method="get" noValidate aria-label="Quantities and term">
      <input type="hidden" name="product" value={slug} />
      <FormStack>
        <ErrorSummary errors={reply.errors} />
        {items.map((item) => {
          const name = quantityField(item.key);
          const initial = defaults.quantities[item.key];
          return (
            <TextInput
              key={item.key}
              {...reply.field(name, initial === undefined ? "" : String(initial))}
              label={`${item.name}: quantity (${PRICE_UNIT_LABELS[item.unit]})`}
              hint={`${quantityMeaning(item.unit)}; leave blank to leave it out. ${itemInWords(item)}`}
              inputMode="decimal"
            />
          );
        })}
        <TextInput
          {...reply.field("termMonths", defaults.termMonths)}
          label="Initial term (months)"
          hint="Whole months, for example 24"
          required
          inputMode="numeric"
        />
        <TextInput
          {...reply.field("extensionMonths", defaults.extensionMonths)}
          label="Extension options (months each)"
          hint="Each option in whole months, separated by commas, for example 12, 12. Leave blank if there are none."
        />
        <div>
          <input type="hidden" name="show" value="1" />
          <Button type="submit">Show the estimate</Button>
        </div>
      </FormStack>
    </Form>
  );
}

/**
 * Repeats the inputs the estimate was made from, for the action to price again and save. It posts
 * to the estimate's own address, so that a refusal (without JavaScript, a whole new page) shows
 * the same estimate with the message.
 */
export function UseEstimateForm({ request, action }: { request: EstimateRequest; action: string }) {
  return (
    <Form method="post" action={action} aria-label="Use this estimate">
      <CsrfInput />
      <input type="hidden" name="product" value={request.productSlug} />
      <input type="hidden" name="termMonths" value={request.termMonths} />
      <input type="hidden" name="extensionMonths" value={request.extensionOptions.join(", ")} />
      {Object.entries(request.quantities).map(([key, q]) => (
        <input key={key} type="hidden" name={quantityField(key)} value={q} />
      ))}
      <Button type="submit">Use this estimate for my purchase</Button>
    </Form>
  );
}
