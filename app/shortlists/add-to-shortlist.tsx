import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Flex } from "@ag.ds-next/react/flex";
import { Select } from "@ag.ds-next/react/select";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CsrfInput } from "~/ui/csrf-input";

export type ShortlistOption = { id: number; name: string };

/**
 * Adds products to one of the buyer's shortlists, or to a new one, with a plain POST so that it
 * works without JavaScript. Anonymous visitors are offered sign-in instead: shortlists belong to
 * an account.
 */
export function AddToShortlist({
  slugs,
  shortlists,
  redirectTo,
  label = "Add to shortlist",
  idPrefix = "shortlist",
}: {
  slugs: string[];
  shortlists: ShortlistOption[] | null;
  redirectTo: string;
  label?: string;
  idPrefix?: string;
}) {
  if (!shortlists) {
    return (
      <Text as="p">
        <TextLink href={`/login?redirectTo=${encodeURIComponent(redirectTo)}`}>Sign in to add to a shortlist</TextLink>
      </Text>
    );
  }
  return (
    <Form method="post" action="/shortlists" aria-label={label} className="no-print">
      <CsrfInput />
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      {slugs.map((s) => (
        <input key={s} type="hidden" name="product" value={s} />
      ))}
      <Flex gap={1} flexWrap="wrap" alignItems="flex-end">
        <Select
          label="Shortlist"
          required
          name="shortlist"
          id={`${idPrefix}-select`}
          options={[...shortlists.map((s) => ({ value: String(s.id), label: s.name })), { value: "new", label: "A new shortlist" }]}
          {...{ defaultValue: shortlists[0] ? String(shortlists[0].id) : "new" }}
        />
        <TextInput label="Name for a new shortlist" name="newName" id={`${idPrefix}-new-name`} required={false} maxWidth="md" />
        <Button type="submit" variant="secondary">
          {label}
        </Button>
      </Flex>
    </Form>
  );
}
