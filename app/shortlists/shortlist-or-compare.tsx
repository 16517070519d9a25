import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { WatchControl, type WatchState } from "~/watches/watch-control";
import { AddToShortlist, type ShortlistOption } from "./add-to-shortlist";

/** The product page's shortlist, compare and watch controls. */
export function ShortlistOrCompare({
  slug,
  name,
  shortlists,
  watch,
}: {
  slug: string;
  name: string;
  shortlists: ShortlistOption[] | null;
  watch: WatchState;
}) {
  return (
    <section aria-labelledby="shortlist-compare">
      <Stack gap={1}>
        <H2 id="shortlist-compare">Shortlist, compare or watch</H2>
        <AddToShortlist slugs={[slug]} shortlists={shortlists} redirectTo={`/products/${slug}`} />
        <Text as="p">
          <TextLink href={`/compare?products=${encodeURIComponent(slug)}`}>Compare {name} with other products</TextLink>
        </Text>
        <WatchControl
          target="product"
          value={slug}
          noun="this product"
          hint="Hear when its badges lapse or are renewed, its listing changes, or an agency reviews or assesses it."
          watch={watch}
          signedIn={shortlists !== null}
          redirectTo={`/products/${slug}#shortlist-compare`}
        />
      </Stack>
    </section>
  );
}
