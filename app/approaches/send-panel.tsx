/**
 * What a draft's owner reads before sending it: the purchase's duties still open (the Fair
 * Criteria checklist, Consider First and the rest, whichever product wins) and, product by
 * product, the rules each invited product does not yet meet for the purchase stored with the draft.
 * Sending does not wait for them (a seller may answer what is missing), but nobody sends blind.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Flex } from "@ag.ds-next/react/flex";
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { RuleResult } from "~/procurement/results";
import { RuleResults } from "~/procurement/rule-results";
import { CsrfInput } from "~/ui/csrf-input";

export interface Checks {
  dutiesToDo: RuleResult[];
  dutiesDone: number;
  products: { productId: number; productName: string; providerName: string; summary: string; open: RuleResult[] }[];
}

export function SendPanel({ id, checks, problems }: { id: number; checks: Checks; problems: string[] }) {
  const { dutiesToDo, dutiesDone, products } = checks;
  return (
    <Stack gap={1.5}>
      <H3>What your purchase must still do</H3>
      <Text as="p">
        {dutiesToDo.length === 0
          ? `Nothing is outstanding for the purchase itself (${dutiesDone} ${dutiesDone === 1 ? "duty" : "duties"} done).`
          : `${dutiesToDo.length} ${dutiesToDo.length === 1 ? "duty is" : "duties are"} still to do, whichever seller you choose. Record them on your `}
        {dutiesToDo.length === 0 ? null : <TextLink href="/purchase">proposed purchase</TextLink>}
        {dutiesToDo.length === 0 ? null : " before you sign."}
      </Text>
      {dutiesToDo.length > 0 ? <RuleResults results={dutiesToDo} caption="Still to do for this purchase" /> : null}
      <H3>How each invited product fits the purchase</H3>
      {products.length === 0 ? <Text as="p">No product is invited yet.</Text> : null}
      {products.map((p) => (
        <details key={p.productId} open={p.open.length > 0 && products.length <= 3}>
          <summary>
            {p.productName}, by {p.providerName}:{" "}
            {p.open.length === 0 ? "meets every product rule" : `${p.open.length} not met or needing evidence`} ({p.summary})
          </summary>
          {p.open.length > 0 ? (
            <RuleResults results={p.open} caption={`Rules ${p.productName} does not yet meet`} />
          ) : (
            <Text as="p">Nothing is outstanding.</Text>
          )}
        </details>
      ))}
      <Text as="p">
        Sending e-mails every invited provider&apos;s representatives at once. After that the requirement, criteria and invitations cannot
        change; only the close can be extended.
      </Text>
      {problems.length > 0 ? (
        <ul aria-label="Why it was not sent">
          {problems.map((m) => (
            <li key={m}>
              <Text color="error">{m}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      <Flex gap={1} flexWrap="wrap" alignItems="center">
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="send" />
          <Button type="submit">Send to the invited sellers</Button>
        </Form>
        <TextLink href={`/approaches/${id}/edit`}>Edit the draft</TextLink>
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="delete" />
          <Button type="submit" variant="tertiary">
            Delete this draft
          </Button>
        </Form>
      </Flex>
    </Stack>
  );
}
