import { Button } from "@ag.ds-next/react/button";
import { Flex } from "@ag.ds-next/react/flex";
import { H2 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { CsrfInput } from "~/ui/csrf-input";

export const PICK_FORM_ID = "catalogue-pick";

/**
 * The form the catalogue's "select" checkboxes belong to (they point at it with form=, because
 * they sit inside the filter form). It POSTs so the CSRF token never lands in a URL: "Compare"
 * goes to /compare, which redirects to the shareable GET address; "Add to shortlist" goes to
 * /shortlists through the button's formaction.
 */
export function CataloguePick({ shortlists, redirectTo }: { shortlists: { id: number; name: string }[] | null; redirectTo: string }) {
  return (
    <form id={PICK_FORM_ID} method="post" action="/compare" aria-labelledby="pick-heading" className="no-print">
      <CsrfInput />
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Stack gap={1}>
        <H2 id="pick-heading">Compare or shortlist the selected products</H2>
        <Text as="p">Tick up to 4 products above, then compare them side by side{shortlists ? " or add them to a shortlist" : ""}.</Text>
        <div>
          <Button type="submit" variant="secondary">
            Compare selected products
          </Button>
        </div>
        {shortlists ? (
          <Flex gap={1} flexWrap="wrap" alignItems="flex-end">
            <Select
              label="Shortlist"
              required
              name="shortlist"
              id="pick-shortlist"
              options={[...shortlists.map((s) => ({ value: String(s.id), label: s.name })), { value: "new", label: "A new shortlist" }]}
              {...{ defaultValue: shortlists[0] ? String(shortlists[0].id) : "new" }}
            />
            <TextInput label="Name for a new shortlist" name="newName" id="pick-new-name" required={false} />
            <Button type="submit" variant="secondary" {...{ formAction: "/shortlists" }}>
              Add selected to shortlist
            </Button>
          </Flex>
        ) : null}
      </Stack>
    </form>
  );
}
