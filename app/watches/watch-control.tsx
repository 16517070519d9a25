import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Flex } from "@ag.ds-next/react/flex";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CsrfInput } from "~/ui/csrf-input";
import { DELIVERY_LABELS, type Delivery } from "./vocabulary";

export type WatchState = { id: number; delivery: string } | null;

const WHAT_YOU_HEAR = {
  product: "Hear when its badges fall due, lapse or are renewed, its listing changes, or it is reviewed.",
  provider: "Hear of every change to its products and its profile.",
  search: "Hear when a product starts or stops matching this search.",
};

/**
 * "Watch this product" (or provider, or search) for a signed-in person, and once watching, how
 * they hear of it and a way to stop. Plain POST forms to /watches: they work without JavaScript.
 */
export function WatchControl({
  target,
  value,
  noun,
  watch,
  signedIn,
  redirectTo,
}: {
  target: "product" | "provider" | "search";
  /** The product's or provider's slug, or the search's query string. */
  value: string;
  /** "this product", "this search"… */
  noun: string;
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
  if (watch) {
    return (
      <Form method="post" action="/watches" className="no-print">
        <CsrfInput />
        <input type="hidden" name="intent" value="unwatch" />
        <input type="hidden" name="watchId" value={watch.id} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Flex gap={1} flexWrap="wrap" alignItems="center">
          <Text as="p">
            You watch {noun}: {DELIVERY_LABELS[watch.delivery as Delivery].toLowerCase()}.{" "}
            <TextLink href="/account/notifications">Change how you hear</TextLink>
          </Text>
          <Button type="submit" variant="tertiary">
            Stop watching
          </Button>
        </Flex>
      </Form>
    );
  }
  return (
    <Form method="post" action="/watches" className="no-print">
      <CsrfInput />
      <input type="hidden" name="intent" value="watch" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name={target === "search" ? "search" : "slug"} value={value} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Flex gap={1} flexWrap="wrap" alignItems="center">
        <Button type="submit" variant="secondary">
          Watch {noun}
        </Button>
        <Text as="p" color="muted">
          {WHAT_YOU_HEAR[target]}
        </Text>
      </Flex>
    </Form>
  );
}
