import { SearchBoxButton, SearchBoxInput } from "@ag.ds-next/react/search-box";
import { Flex } from "@ag.ds-next/react/flex";
import { useSearchSuggest } from "./search-suggest";

/**
 * The header search: a plain GET form, so it works before (and without) JavaScript; with it,
 * suggestions appear while typing (search-suggest.tsx).
 */
export function SiteSearch() {
  const suggest = useSearchSuggest();
  return (
    <form action="/search" method="get" role="search" aria-label="Sitewide">
      <Flex alignItems="flex-end">
        <div style={{ position: "relative", flexGrow: 1 }}>
          <SearchBoxInput name="q" label="Search Cloud Exchange" onChange={suggest.onChange} {...suggest.inputProps} />
          {suggest.popup}
        </div>
        <SearchBoxButton iconOnly={{ xs: true, md: false }}>Search</SearchBoxButton>
      </Flex>
    </form>
  );
}
