import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Flex } from "@ag.ds-next/react/flex";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CsrfInput } from "~/ui/csrf-input";

/** The person's watch, with how they hear of it in words (the loader says it: "an e-mail for each change"). */
export type WatchState = { id: number; how: string } | null;

/**
 * "Watch this product" (or provider, or search) for a signed-in person, and once watching, how
 * they hear of it and a way to stop. Plain POST forms to /watches: they work without JavaScript.
 * Kept small: it is on the product page, whose scripts are at the page-weight budget.
 */
export function WatchControl({
  target,
  value,
  noun,
  hint,
  watch,
  signedIn,
  redirectTo,
}: {
  target: "product" | "provider" | "search";
  /** The product's or provider's slug, or the search's query string. */
  value: string;
  /** "this product", "this search"… */
  noun: string;
  /** What watching brings, beside the button. */
  hint: string;
  watch: WatchState;
  signedIn: boolean;
  redirectTo: string;
}) {
  if (!signedIn) {
    return (
      <Text as="p">
        <TextLink href={`/login?redirectTo=${encodeURIComponent(redirectTo)}`}>Sign in to watch {noun}</TextLink>
      </Text>
    );
  }
  return (
    <Form method="post" action="/watches" className="no-print">
      <CsrfInput />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <input type="hidden" name="intent" value={watch ? "unwatch" : "watch"} />
      <Flex gap={1} flexWrap="wrap" alignItems="center">
        {watch ? (
          <>
            <input type="hidden" name="watchId" value={watch.id} />
            <Text as="p">
              You watch {noun}: {watch.how}. <TextLink href="/account/notifications">Change how you hear</TextLink>
            </Text>
            <Button type="submit" variant="tertiary">
              Stop watching
            </Button>
          </>
        ) : (
          <>
            <input type="hidden" name="target" value={target} />
            <input type="hidden" name={target === "search" ? "search" : "slug"} value={value} />
            <Button type="submit" variant="secondary">
              Watch {noun}
            </Button>
            <Text as="p" color="muted">
              {hint}
            </Text>
          </>
        )}
      </Flex>
    </Form>
  );
}
