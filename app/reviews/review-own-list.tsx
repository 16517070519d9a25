import { Stack } from "@ag.ds-next/react/stack";
import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "./vocabulary";

const TONES = { pending: "infoLow", published: "successMedium", rejected: "errorMedium" } as const;

/** A person's own reviews with their moderation state and, when rejected, the reason. */
export function OwnReviewList({
  reviews,
}: {
  reviews: {
    id: number;
    status: string;
    rejectionReason: string | null;
    overall: number;
    title: string;
    updatedAt: string;
    productSlug: string;
    productName: string;
  }[];
}) {
  if (reviews.length === 0)
    return <Text as="p">You have not written any reviews yet. Agency staff can review a product from its page.</Text>;
  return (
    <Stack as="ul" gap={1} aria-label="Your reviews">
      {reviews.map((r) => {
        const status = (r.status in TONES ? r.status : "pending") as ReviewStatus;
        return (
          <li key={r.id} style={{ listStyle: "none" }}>
            <Stack gap={0.5}>
              <Text as="p" fontWeight="bold">
                <TextLink href={`/products/${r.productSlug}`}>{r.productName}</TextLink>: {r.title || `${r.overall} out of 5`}
              </Text>
              <div>
                <StatusBadge tone={TONES[status]} label={REVIEW_STATUS_LABELS[status]} />
              </div>
              {status === "rejected" && r.rejectionReason ? <Text as="p">Reason from the moderator: {r.rejectionReason}</Text> : null}
              <Text as="p" fontSize="sm">
                Last changed {formatDate(r.updatedAt.slice(0, 10))}.{" "}
                <TextLink href={`/products/${r.productSlug}/review`}>Edit this review</TextLink>
              </Text>
            </Stack>
          </li>
        );
      })}
    </Stack>
  );
}
