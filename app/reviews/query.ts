/** The product page's review controls live in the URL (?sort=&used=#reviews), so they survive reloads and links. */
import { REVIEW_SORTS, type ReviewSort } from "./vocabulary";

export interface ReviewQuery {
  sort: ReviewSort;
  /** Only reviews whose author used the product with data of this classification. */
  classification: string | null;
}

export function parseReviewQuery(params: URLSearchParams, known: readonly string[]): ReviewQuery {
  const sort = params.get("sort");
  const used = params.get("used");
  return {
    sort: REVIEW_SORTS.includes(sort as ReviewSort) ? (sort as ReviewSort) : "helpful",
    classification: used && known.includes(used) ? used : null,
  };
}

/** The page's own address without the one-off notice, for forms to come back to. */
export function returnPath(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete("notice");
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ""}`;
}
