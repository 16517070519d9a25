import { Button } from "@ag.ds-next/react/button";
import { H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatRating } from "./score";
import type { ProductReviewSection } from "./review-view";
import { REVIEW_SORT_LABELS, REVIEW_SORTS, REVIEW_STATUS_LABELS, type ReviewStatus } from "./vocabulary";
import { RatingChart } from "./rating-chart";
import { ReviewCard } from "./review-card";

/** The product page's Reviews section (#reviews). Sorting and filtering are a GET form: state in the URL. */
export function ReviewSection({ section: s, productSlug }: { section: ProductReviewSection; productSlug: string }) {
  const loginHref = `/login?redirectTo=${encodeURIComponent(`${s.returnTo}#reviews`)}`;
  return (
    <section aria-labelledby="reviews">
      <Stack gap={1.5}>
        <H2 id="reviews">Reviews by agency staff</H2>
        {s.notice ? (
          <PageAlert tone={s.notice.tone} title={s.notice.text}>
            <Text as="p">
              <TextLink href={`${s.returnTo}#reviews`}>Back to the reviews</TextLink>
            </Text>
          </PageAlert>
        ) : null}
        <Text as="p">
          Every review is written by a member of agency staff with a verified government e-mail address and read by an administrator before
          it is published.
        </Text>
        {s.summary.count > 0 ? (
          <Stack gap={1}>
            <Text as="p" fontSize="lg" fontWeight="bold">
              {s.summary.weighted === null ? "No recent rating" : `${formatRating(s.summary.weighted)} out of 5`} from {s.summary.count}{" "}
              {s.summary.count === 1 ? "review" : "reviews"}
            </Text>
            <Text as="p">{s.summary.explanation}</Text>
            <RatingChart distribution={s.summary.distribution} average={s.summary.average} idPrefix={`ratings-${productSlug}`} />
          </Stack>
        ) : (
          <Text as="p">No published reviews yet.</Text>
        )}
        <WriteLink section={s} productSlug={productSlug} loginHref={loginHref} />
        {s.summary.count > 0 ? (
          <form method="get" action={`/products/${productSlug}#reviews`} aria-label="Sort and filter reviews">
            <input type="hidden" name="reviews" value="all" />
            <Stack gap={1}>
              <Select
                label="Sort reviews"
                hideOptionalLabel
                name="sort"
                options={REVIEW_SORTS.map((k) => ({ value: k, label: REVIEW_SORT_LABELS[k] }))}
                {...{ defaultValue: s.query.sort }}
              />
              <Select
                label="Classification of data used"
                hideOptionalLabel
                name="used"
                options={[{ value: "", label: "Any classification" }, ...s.classifications.map((c) => ({ value: c, label: c }))]}
                {...{ defaultValue: s.query.classification ?? "" }}
              />
              <div>
                <Button type="submit" variant="secondary">
                  Show reviews
                </Button>
              </div>
            </Stack>
          </form>
        ) : null}
        {s.summary.count > 0 ? (
          <Text as="p" id="reviews-shown">
            Showing {s.reviews.length} of {s.matching} {s.query.classification ? "matching " : ""}reviews,{" "}
            {REVIEW_SORT_LABELS[s.query.sort].toLowerCase()} first
            {s.query.classification ? `, used with ${s.query.classification} data` : ""}.
          </Text>
        ) : null}
        {s.reviews.map((r) => (
          <ReviewCard key={r.id} review={r} signedIn={s.signedIn} canReply={s.canReply} returnTo={s.returnTo} loginHref={loginHref} />
        ))}
        {s.reviews.length < s.matching ? (
          <Text as="p">
            <TextLink href={`${withParam(s.returnTo, "reviews", "all")}#reviews`}>Show all {s.matching} reviews</TextLink>
          </Text>
        ) : null}
      </Stack>
    </section>
  );
}

function WriteLink({ section: s, productSlug, loginHref }: { section: ProductReviewSection; productSlug: string; loginHref: string }) {
  const href = `/products/${productSlug}/review`;
  if (s.ownReviewStatus) {
    return (
      <Text as="p">
        Your review: {REVIEW_STATUS_LABELS[s.ownReviewStatus as ReviewStatus]}. <TextLink href={href}>Edit your review</TextLink>
      </Text>
    );
  }
  if (s.canWrite)
    return (
      <Text as="p">
        <TextLink href={href}>Write a review</TextLink>
      </Text>
    );
  if (!s.signedIn)
    return (
      <Text as="p">
        Agency staff: <TextLink href={loginHref}>sign in</TextLink> to write a review.
      </Text>
    );
  return null;
}

function withParam(path: string, name: string, value: string): string {
  const url = new URL(path, "http://x");
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}
