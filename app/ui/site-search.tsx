import { SearchBoxButton, SearchBoxInput } from "@ag.ds-next/react/search-box";
import { Flex } from "@ag.ds-next/react/flex";

/** The header search: a plain GET form, so it works before (and without) JavaScript. */
export function SiteSearch({ defaultValue }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Sitewide">
      <Flex alignItems="flex-end">
        <SearchBoxInput name="q" label="Search Cloud Exchange" defaultValue={defaultValue} />
        <SearchBoxButton iconOnly={{ xs: true, md: false }}>Search</SearchBoxButton>
      </Flex>
    </form>
  );
}
