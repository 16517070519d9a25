import { StatusBadge, type StatusBadgeTone } from "@ag.ds-next/react/status-badge";
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from "./workflow";

const TONES: Record<ArticleStatus, StatusBadgeTone> = {
  draft: "notStartedLow",
  in_review: "inProgressLow",
  published: "successMedium",
  archived: "pausedLow",
};

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  return <StatusBadge tone={TONES[status]} label={ARTICLE_STATUS_LABELS[status]} />;
}
