import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { AddToShortlist, type ShortlistOption } from "./add-to-shortlist";

/** The product page's shortlist and compare controls. */
export function ShortlistOrCompare({ slug, name, shortlists }: { slug: string; name: string; shortlists: ShortlistOption[] | null }) {
  return (
    <section aria-labelledby="shortlist-compare">
      <Stack gap={1}>
        <H2 id="shortlist-compare">Shortlist or compare</H2>
        <AddToShortlist slugs={[slug]} shortlists={shortlists} redirectTo={`/products/${slug}`} />
        <Text as="p">
          <TextLink href={`/compare?products=${encodeURIComponent(slug)}`}>Compare {name} with other products</TextLink>
        </Text>
      </Stack>
    </section>
  );
}
