import { Form } from "@remix-run/react";
import { Button, ButtonGroup } from "@ag.ds-next/react/button";
import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { CsrfInput } from "~/ui/csrf-input";

/**
 * "Was this helpful?" as a plain POST form, so it works without JavaScript. Counts are shown only
 * to editors: public counts invite gaming and say little to a reader.
 */
export function ArticleHelpful({ voted, counts, error }: { voted: boolean; counts: { yes: number; no: number } | null; error?: string }) {
  return (
    <section aria-labelledby="helpful-heading" id="helpful">
      <Stack gap={1}>
        <H2 id="helpful-heading" fontSize="md">
          Was this helpful?
        </H2>
        {voted ? (
          <Text as="p" role="status">
            Thank you for your feedback.
          </Text>
        ) : (
          <Form method="post" preventScrollReset>
            <CsrfInput />
            <input type="hidden" name="intent" value="helpful" />
            <ButtonGroup>
              <Button type="submit" variant="secondary" {...{ name: "helpful", value: "yes" }}>
                Yes, this was helpful
              </Button>
              <Button type="submit" variant="secondary" {...{ name: "helpful", value: "no" }}>
                No, this was not helpful
              </Button>
            </ButtonGroup>
          </Form>
        )}
        {error ? (
          <Text as="p" color="error" role="alert">
            {error}
          </Text>
        ) : null}
        {counts ? (
          <Text as="p" fontSize="sm">
            Editors only: {counts.yes} found this helpful, {counts.no} did not.
          </Text>
        ) : null}
      </Stack>
    </section>
  );
}
