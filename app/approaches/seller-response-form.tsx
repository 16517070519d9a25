/**
 * A seller's response for one invited product: while the approach is open, the form (filled from
 * the response already saved, so a revision starts from it) and the button to withdraw it; after
 * the close, the response as it stood at the close. Each product has its own form on the page, so
 * every field's id carries the product's id and a refusal lands beside the form it came from.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { ReplyReader } from "~/platform/form-reply";
import { formatDateTime } from "~/platform/dates";
import { formatAud } from "~/platform/money";
import { CsrfInput } from "~/ui/csrf-input";

export interface SellerProduct {
  productId: number;
  productName: string;
  productSlug: string;
  response: {
    priceCents: number;
    body: string;
    attachments: { label: string; url: string }[];
    status: "submitted" | "withdrawn";
    revision: number;
    submittedAt: string;
    updatedAt: string;
  } | null;
}

/** The id of a field in one product's form: the field's name and the product's id. */
export const responseFieldId = (productId: number | string, name: string) => `${name}.p${productId}`;

const ATTACHMENT_ROWS = 3;
const preLine = { whiteSpace: "pre-line" } as const;
const dollars = (cents: number) => (cents / 100).toFixed(2).replace(/\.00$/, "");

function ResponseStatus({ response }: { response: SellerProduct["response"] }) {
  if (!response) return <Text as="p">You have not responded for this product.</Text>;
  const withdrawn = response.status === "withdrawn";
  // A div, not a paragraph: the status badge is a block, which a <p> cannot hold (the browser would
  // split the paragraph and the page would not hydrate).
  return (
    <Text as="div">
      <StatusBadge tone={withdrawn ? "pausedLow" : "successLow"} label={withdrawn ? "Withdrawn" : "Submitted"} /> Revision{" "}
      {response.revision}, last saved {formatDateTime(response.updatedAt)}.
    </Text>
  );
}

function ResponseForm({ product, reply }: { product: SellerProduct; reply: ReplyReader | null }) {
  const r = product.response;
  const field = (name: string, initial: string) => {
    const message = reply?.error(name);
    return {
      id: responseFieldId(product.productId, name),
      name,
      invalid: !!message,
      message,
      defaultValue: reply ? (reply.value(name) ?? "") : initial,
    };
  };
  const rows = Math.max(ATTACHMENT_ROWS, r?.attachments.length ?? 0);
  const whole = reply?.error("") ?? reply?.error("productId");
  const live = r?.status === "submitted";
  return (
    <Form method="post" noValidate aria-label={`Your response for ${product.productName}`}>
      <CsrfInput />
      <input type="hidden" name="intent" value="respond" />
      <input type="hidden" name="productId" value={product.productId} />
      <FormStack>
        {whole ? (
          <PageAlert tone="error" title="Your response was not saved">
            <Text as="p">{whole}</Text>
          </PageAlert>
        ) : null}
        <TextInput
          label="Your price for the buyer's quantities, in dollars, GST inclusive"
          hint="For example 125000 or $125,000.50"
          required
          maxWidth="md"
          inputMode="decimal"
          {...field("price", r ? dollars(r.priceCents) : "")}
        />
        <Textarea
          label="Your response to the requirement"
          hint="Address each criterion: the evaluators score what you write here."
          required
          maxWidth="xl"
          rows={12}
          {...field("body", r?.body ?? "")}
        />
        <Fieldset legend="Attachments (optional)" hint="Links to documents the evaluators can open: a web address starting https://">
          <FormStack>
            {Array.from({ length: rows }, (_, i) => (
              <Stack key={i} gap={0.5}>
                <TextInput
                  label={`Attachment ${i + 1}: what it is`}
                  maxWidth="lg"
                  required={false}
                  {...field(`attachments[${i}].label`, r?.attachments[i]?.label ?? "")}
                />
                <TextInput
                  label={`Attachment ${i + 1}: link`}
                  maxWidth="xl"
                  required={false}
                  type="url"
                  {...field(`attachments[${i}].url`, r?.attachments[i]?.url ?? "")}
                />
              </Stack>
            ))}
          </FormStack>
        </Fieldset>
        <div>
          <Button type="submit">{live ? "Save the changes to your response" : "Submit your response"}</Button>
        </div>
      </FormStack>
    </Form>
  );
}

function WithdrawForm({ product, reply }: { product: SellerProduct; reply: ReplyReader | null }) {
  const problem = reply?.errors[0]?.message;
  return (
    <Form method="post" aria-label={`Withdraw your response for ${product.productName}`}>
      <CsrfInput />
      <input type="hidden" name="intent" value="withdraw" />
      <input type="hidden" name="productId" value={product.productId} />
      <Stack gap={1}>
        {problem ? (
          <PageAlert tone="error" title="Your response was not withdrawn">
            <Text as="p">{problem}</Text>
          </PageAlert>
        ) : null}
        <Text as="p">Withdrawing takes your response out of the evaluation. You can submit again until the close.</Text>
        <div>
          <Button type="submit" variant="secondary">
            Withdraw this response
          </Button>
        </div>
      </Stack>
    </Form>
  );
}

/** The response as it stood at the close, and, if a form sent from a page drawn before the close was refused, what was typed in it. */
function ClosedResponse({ product, refused }: { product: SellerProduct; refused: ReplyReader | null }) {
  const r = product.response;
  return (
    <Stack gap={1}>
      {refused?.submitted && refused.errors.length > 0 ? (
        <PageAlert tone="error" title="Nothing was saved">
          <Text as="p">{refused.errors[0].message}</Text>
          {refused.value("body") !== undefined ? (
            <Text as="p">
              What you typed: price {refused.value("price") || "(none)"}; <span style={preLine}>{refused.value("body")}</span>
            </Text>
          ) : null}
        </PageAlert>
      ) : null}
      {r ? (
        <SummaryList>
          <SummaryListItem>
            <SummaryListItemTerm>{r.status === "withdrawn" ? "Withdrawn: not evaluated" : "Your price"}</SummaryListItemTerm>
            <SummaryListItemDescription>{formatAud(r.priceCents / 100)} GST inclusive</SummaryListItemDescription>
          </SummaryListItem>
          <SummaryListItem>
            <SummaryListItemTerm>Your response</SummaryListItemTerm>
            <SummaryListItemDescription>
              <span style={preLine}>{r.body}</span>
            </SummaryListItemDescription>
          </SummaryListItem>
          {r.attachments.length > 0 ? (
            <SummaryListItem>
              <SummaryListItemTerm>Attachments</SummaryListItemTerm>
              <SummaryListItemDescription>
                <ul>
                  {r.attachments.map((a, i) => (
                    <li key={i}>
                      <TextLink href={a.url} rel="noopener noreferrer">
                        {a.label || a.url}
                      </TextLink>
                    </li>
                  ))}
                </ul>
              </SummaryListItemDescription>
            </SummaryListItem>
          ) : null}
        </SummaryList>
      ) : null}
    </Stack>
  );
}

/** `reply` is the answer to this product's respond or withdraw form, with which of the two it was. */
export function ProductResponse({
  product,
  open,
  reply,
}: {
  product: SellerProduct;
  open: boolean;
  reply: { intent: "respond" | "withdraw"; reader: ReplyReader } | null;
}) {
  const headingId = `response-${product.productId}`;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap={1.5}>
        <H2 id={headingId}>Your response for {product.productName}</H2>
        <ResponseStatus response={product.response} />
        {open ? (
          <>
            <ResponseForm product={product} reply={reply?.intent === "respond" ? reply.reader : null} />
            {product.response?.status === "submitted" || reply?.intent === "withdraw" ? (
              <WithdrawForm product={product} reply={reply?.intent === "withdraw" ? reply.reader : null} />
            ) : null}
          </>
        ) : (
          <ClosedResponse product={product} refused={reply?.reader ?? null} />
        )}
      </Stack>
    </section>
  );
}
