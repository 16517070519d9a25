import { Prose } from "@ag.ds-next/react/prose";
import { toSearchParams, type CatalogueQuery } from "~/catalogue/facets";

const qs = (p: URLSearchParams) => (p.size > 0 ? `?${p}` : "");

/**
 * The current results as open data. Plain anchors, not the app's client-side links: these answer
 * a file download and JSON, which a client-side navigation would try to render as a page.
 */
export function OpenDataLinks({ query, total }: { query: CatalogueQuery; total: number }) {
  // The export holds every page; the public API cannot see the purchase behind "fits", nor the
  // requirements profile behind "profile".
  const csv = toSearchParams({ ...query, page: 1 });
  const api = toSearchParams({ ...query, page: 1, fits: false, profile: false });
  return (
    <Prose>
      <p style={{ fontSize: "0.875rem" }}>
        <a href={`/products/export.csv${qs(csv)}`} download>
          Download these results as CSV
        </a>{" "}
        ({total} {total === 1 ? "product" : "products"}, every page) ·{" "}
        <a href={`/api/products${qs(api)}`}>{query.fits || query.profile ? "the catalogue filters as JSON" : "the same results as JSON"}</a>{" "}
        · <a href="/data-dictionary">what the fields mean</a>
      </p>
    </Prose>
  );
}
