/**
 * The forms that keep an agency's list right: add a product, correct an entry, remove one. Each
 * posts an `intent`; a refusal comes back with the message beside the field of the form that was
 * sent (entries are told apart by product), and everything typed kept.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Flex } from "@ag.ds-next/react/flex";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { TextInput } from "@ag.ds-next/react/text-input";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { RELATIONSHIP_LABELS, RELATIONSHIPS } from "./vocabulary";

const RELATIONSHIP_OPTIONS = RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] }));
const DATE_HINT = "Year-month-day, for example 2024-07-01";

export function AddProductForm({ reply, productNames }: { reply: ReplyReader; productNames: string[] }) {
  const mine = reply.value("intent") === "add";
  const error = (name: string) => (mine ? reply.error(name) : undefined);
  const value = (name: string, initial = "") => (mine && !reply.succeeded ? (reply.value(name) ?? "") : initial);
  return (
    <Form method="post" noValidate aria-labelledby="add-heading" className="no-print">
      <CsrfInput />
      <input type="hidden" name="intent" value="add" />
      <Stack gap={1.5}>
        <H2 id="add-heading">Add a product your agency uses</H2>
        {mine ? <ErrorSummary errors={reply.errors.filter((e) => e.name !== "")} /> : null}
        <FormStack>
          <TextInput
            id="product"
            name="product"
            label="Product name"
            hint={`Type part of its name or its provider's, for example "Wattle Grid"`}
            required
            maxWidth="xl"
            autoComplete="off"
            invalid={!!error("product")}
            message={error("product")}
            {...{ defaultValue: value("product"), list: "agency-product-names" }}
          />
          <datalist id="agency-product-names">
            {productNames.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
          <TextInput
            id="since"
            name="since"
            label="Using it since"
            hint={DATE_HINT}
            required
            maxWidth="sm"
            invalid={!!error("since")}
            message={error("since")}
            {...{ defaultValue: value("since") }}
          />
          <Select
            id="relationship"
            name="relationship"
            label="How your agency uses it"
            required
            options={RELATIONSHIP_OPTIONS}
            invalid={!!error("relationship")}
            message={error("relationship")}
            {...{ defaultValue: value("relationship", "authorised") }}
          />
          <div>
            <Button type="submit">Add to your agency&apos;s list</Button>
          </div>
        </FormStack>
      </Stack>
    </Form>
  );
}

/** Correct the relationship or start date of one entry, or remove it. */
export function EntryForms({
  product,
  reply,
}: {
  product: { productId: number; name: string; relationship: string; since: string | null };
  reply: ReplyReader;
}) {
  const id = product.productId;
  const mine = reply.value("productId") === String(id) && ["update", "remove"].includes(reply.value("intent") ?? "");
  const fieldId = (name: string) => `${name}-${id}`;
  const error = (name: string) => (mine ? reply.error(name) : undefined);
  const value = (name: string, initial: string) => (mine && !reply.succeeded ? (reply.value(name) ?? "") : initial);
  return (
    <Stack gap={1} className="no-print">
      {mine ? <ErrorSummary errors={reply.errors.filter((e) => e.name !== "").map((e) => ({ ...e, name: fieldId(e.name) }))} /> : null}
      <Form method="post" noValidate aria-label={`Correct your agency's entry for ${product.name}`}>
        <CsrfInput />
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="productId" value={id} />
        <Flex gap={1} flexWrap="wrap" alignItems="flex-end">
          <Select
            id={fieldId("relationship")}
            name="relationship"
            label="How your agency uses it"
            options={RELATIONSHIP_OPTIONS}
            invalid={!!error("relationship")}
            message={error("relationship")}
            {...{ defaultValue: value("relationship", product.relationship) }}
          />
          <TextInput
            id={fieldId("since")}
            name="since"
            label="Using it since"
            hint="Year-month-day; leave blank if not known"
            required={false}
            maxWidth="sm"
            invalid={!!error("since")}
            message={error("since")}
            {...{ defaultValue: value("since", product.since ?? "") }}
          />
          <Button type="submit" variant="secondary">
            Save changes to {product.name}
          </Button>
        </Flex>
      </Form>
      <Form method="post" aria-label={`Remove ${product.name} from your agency's list`}>
        <CsrfInput />
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="productId" value={id} />
        <Button type="submit" variant="tertiary" size="sm">
          Remove {product.name} from your agency&apos;s list
        </Button>
      </Form>
    </Stack>
  );
}
